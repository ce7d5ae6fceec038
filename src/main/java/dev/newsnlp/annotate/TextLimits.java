package dev.newsnlp.annotate;

/** Where to cut a text that is too long to annotate whole: at a sentence end, never inside a word. */
public final class TextLimits {

  /**
   * The end (exclusive) of the longest prefix of at most {@code maxChars} characters that ends a paragraph
   * or a sentence; failing that, a word; failing that, {@code maxChars}. The whole text when it fits.
   */
  public static int cut(String text, int maxChars) {
    if (text.length() <= maxChars) {
      return text.length();
    }
    int paragraph = text.lastIndexOf("\n\n", maxChars - 1);
    int sentence = -1;
    for (int i = Math.min(maxChars, text.length()) - 1; i > 0; i--) {
      char c = text.charAt(i - 1);
      if ((c == '.' || c == '!' || c == '?' || c == '\u201d' || c == '"') && Character.isWhitespace(text.charAt(i))) {
        sentence = i;
        break;
      }
    }
    int best = Math.max(paragraph, sentence);
    // A boundary in the second half of the budget: cutting far earlier to find a full stop loses more.
    if (best > maxChars / 2) {
      return best;
    }
    for (int i = maxChars; i > maxChars / 2; i--) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return Character.isLowSurrogate(text.charAt(maxChars)) ? maxChars - 1 : maxChars;
  }

  private TextLimits() {}
}
