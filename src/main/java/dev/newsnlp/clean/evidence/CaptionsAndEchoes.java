package dev.newsnlp.clean.evidence;

import dev.newsnlp.clean.render.Line;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Photo captions and credits, and echoes: lines that repeat text the page already showed.
 */
public final class CaptionsAndEchoes {
  private CaptionsAndEchoes() {}

  private static final int MAX_CAPTION_WORDS = 40; // a caption is a sentence or two
  /** A longer prose line ending in a source is a paragraph citing it */
  private static final int MAX_SOURCED_PARAGRAPH_WORDS = 25;
  private static final int MIN_CAPTION_COPY_WORDS = 4; // the caption shown once more without its credit, just above
  private static final int MAX_CAPTION_SENTENCE_WORDS = 30; // the caption sentence under an image credit
  private static final int GLUED_CAPTION_REACH_UP = 4; // caption lines glued above a credit line
  private static final int MAX_GLUED_CAPTION_WORDS = 60; // longer glued lines are paragraphs, not caption parts
  private static final int GLUED_CAPTION_REACH_DOWN = 2; // caption lines glued below a credit line
  private static final int MIN_CAPTION_BLOCK = 2; // a caption block: a caption and its credit ...
  private static final int MAX_CAPTION_BLOCK = 4; // ... a few lines without blank lines between them
  private static final int MAX_CREDIT_WORDS = 6; // "Jane Doe, AP", "NASA Worldview"
  private static final int MAX_BLOCK_LINE_WORDS = 100; // a caption block holds no long paragraph
  /** A caption block has a sentence (a headline with its author has none) */
  private static final int MIN_CAPTION_SENTENCE_WORDS = 5;
  private static final int MAX_SLIDE_COUNTER_WORDS = 5; // "Image 2 of 5"
  private static final int MAX_SLIDE_CAPTION_WORDS = 60; // the caption of a slide
  private static final int MIN_REPEAT_WORDS = 4; // shorter repeats ("Share", "Read more") are labels, handled as noise
  /** A headline-like line shown several times is a teaser or video title */
  private static final int MAX_REPEATED_HEADLINE_WORDS = 15;
  private static final int MIN_ECHO_WORDS = 10; // echoes are judged on lines long enough for word 5-grams to tell
  private static final int SHINGLE_WORDS = 5; // word 5-grams: long enough to be rare outside a copy of the same text
  private static final int MIN_ECHO_TENTHS = 6; // at least 6 in 10 of the line's 5-grams seen before: an echo
  private static final int MIN_DOUBLED_CHARS = 16; // "Shy owlShy owl": short doubles are words ("couscous")
  /** A caption with a credit glued to it is at most a short paragraph */
  private static final int MAX_CREDITED_LINE_WORDS = 60;
  /** "... by state. Statista": the source after the last period is short */
  private static final int MAX_TRAILING_SOURCE_CHARS = 45;
  private static final int MAX_SLASH_CREDIT_WORDS = 20; // "Jane Doe / Reuters": a short line

  private static final Pattern SLASH_CREDIT = Pattern.compile(
      "(?:\\p{Lu}[\\p{L}.'\\-]*\\s+){1,3}\\p{Lu}[\\p{L}.'\\-]*\\s*/\\s*(?:\\p{Lu}[\\p{L}.'\\-]*\\s*){1,3}$",
      Pattern.UNICODE_CHARACTER_CLASS);

  public static void markCaptions(List<Line> lines) {
    int n = lines.size();
    for (int i = 0; i < n; i++) {
      Line l = lines.get(i);
      if (l.words > MAX_CAPTION_WORDS || l.words == 0) {
        continue;
      }
      boolean credit = isCredit(l);
      if (!credit) {
        continue;
      }
      if (!l.noise && l.cls == Line.Cls.GOOD && l.words > MAX_SOURCED_PARAGRAPH_WORDS && !PHOTO_CREDIT_END.matcher(l.text).find()) {
        continue; // a paragraph ending with a source, unless the source is a photographer's
      }
      l.caption = true;
      // The same caption shown once without its credit just before it
      if (i > 0 && lines.get(i - 1).words >= MIN_CAPTION_COPY_WORDS && l.text.startsWith(lines.get(i - 1).text)) {
        lines.get(i - 1).caption = true;
      }
      // The caption sentence after an image credit ("Tahir Della (dpa)" then "Tahir Della helped ...").
      if (i + 1 < n && !l.endsSentence) {
        Line next = lines.get(i + 1);
        if (!next.noise && !next.bullet && next.words <= MAX_CAPTION_SENTENCE_WORDS && next.cls != Line.Cls.GOOD) {
          next.caption = true;
        }
      }
      // Caption lines glued to the credit line (no blank line between them).
      for (int k = i - 1; k >= 0 && k >= i - GLUED_CAPTION_REACH_UP && !lines.get(k + 1).gapBefore; k--) {
        Line c = lines.get(k);
        if (c.words > MAX_GLUED_CAPTION_WORDS || c.bullet != l.bullet && c.words > 0 && !c.bullet) {
          break;
        }
        c.caption = true;
      }
      for (int k = i + 1; k < n && k <= i + GLUED_CAPTION_REACH_DOWN && !lines.get(k).gapBefore; k++) {
        Line c = lines.get(k);
        if (c.words > MAX_GLUED_CAPTION_WORDS) {
          break;
        }
        c.caption = true;
      }
    }
    // Caption blocks: a caption sentence with its credit glued below it ("Jane Doe, AP", "NASA Worldview")
    // and a blank line after. A headline with its author has no sentence, so it is not taken for one.
    int a = 0;
    while (a < n) {
      int b = a;
      while (b + 1 < n && !lines.get(b + 1).gapBefore) {
        b++;
      }
      int size = b - a + 1;
      if (size >= MIN_CAPTION_BLOCK && size <= MAX_CAPTION_BLOCK && (lines.get(b).linkDensity < 0)) {
        Line credit = lines.get(b);
        boolean sentence = false;
        boolean fits = credit.words <= MAX_CREDIT_WORDS && (LineEvidence.nameLike(credit) || isCredit(credit)) && !credit.bullet;
        for (int k = a; k < b && fits; k++) {
          Line c = lines.get(k);
          if (c.words > MAX_BLOCK_LINE_WORDS || c.bullet || c.dateLine || c.bylineLine || c.noise) {
            fits = false;
          }
          if (c.words >= MIN_CAPTION_SENTENCE_WORDS && (c.text.endsWith(".") || Lexicon.CAPTION_CREDIT.matcher(c.text).find())) {
            sentence = true;
          }
        }
        if (fits && sentence) {
          for (int k = a; k <= b; k++) {
            lines.get(k).caption = true;
          }
        }
      }
      a = b + 1;
    }
    // Gallery slides: "Image 2 of 5" then the slide's caption
    for (int i = 0; i + 1 < n; i++) {
      Line l = lines.get(i);
      if (l.noise && l.words <= MAX_SLIDE_COUNTER_WORDS && NoiseLines.GALLERY_COUNTER.matcher(l.label).matches()) {
        Line c = lines.get(i + 1);
        if (!c.noise && c.words <= MAX_SLIDE_CAPTION_WORDS && !c.bullet) {
          c.caption = true;
        }
      }
    }
    // Repeated lines (gallery captions, teasers shown twice): later copies are dropped.
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Line l = lines.get(i);
      if (l.words < MIN_REPEAT_WORDS) {
        continue;
      }
      Integer first = seen.putIfAbsent(l.text, i);
      if (first != null) {
        l.duplicate = true;
        // a headline-like line shown several times is a teaser / video title: no copy is article text
        Line f = lines.get(first);
        if (l.words <= MAX_REPEATED_HEADLINE_WORDS && !l.endsSentence && !l.dateLine) {
          f.duplicate = true;
        }
      }
    }
  }

  /**
   * Text dumps sometimes repeat the article further down in other chunks (AMP or structured-data copies,
   * "print" versions cut at fixed lengths). A line of a tight block whose word 5-grams mostly occurred
   * earlier on the page is such an echo; exact repeats are handled as duplicates.
   */
  public static void markEchoes(List<Line> lines) {
    int n = lines.size();
    int expected = 0; // about one 5-gram per word: sized once, the set does not rehash as it fills
    for (Line l : lines) {
      expected += l.words >= MIN_ECHO_WORDS && !l.noise ? l.words : 0;
    }
    LongOpenHashSet seen = new LongOpenHashSet(expected);
    long[] buf = new long[64];
    for (int i = 0; i < n; i++) {
      Line l = lines.get(i);
      if (l.words < MIN_ECHO_WORDS || l.noise) {
        continue;
      }
      int k = wordShingles(l.lower, buf.length < l.words ? (buf = new long[l.words * 2]) : buf);
      if (k == 0) {
        continue;
      }
      boolean tight = l.linkDensity < 0 && (!l.gapBefore || (i + 1 < n && !lines.get(i + 1).gapBefore));
      if (tight && !l.duplicate) {
        int hit = 0;
        for (int j = 0; j < k; j++) {
          if (seen.contains(buf[j])) {
            hit++;
          }
        }
        if (hit * 10 >= k * MIN_ECHO_TENTHS) {
          l.duplicate = true;
        }
      }
      for (int j = 0; j < k; j++) {
        seen.add(buf[j]);
      }
    }
  }

  /** Hashes of the word 5-grams of a lower-cased line into {@code out}; returns their number. */
  private static int wordShingles(String low, long[] out) {
    long[] w = new long[SHINGLE_WORDS];
    int words = 0;
    int k = 0;
    int len = low.length();
    int i = 0;
    while (i < len && k < out.length) {
      if (!Character.isLetterOrDigit(low.charAt(i))) {
        i++;
        continue;
      }
      int h = 0;
      while (i < len && Character.isLetterOrDigit(low.charAt(i))) {
        h = 31 * h + low.charAt(i);
        i++;
      }
      w[words % SHINGLE_WORDS] = h;
      words++;
      if (words >= SHINGLE_WORDS) {
        long x = 1125899906842597L;
        for (int j = words - SHINGLE_WORDS; j < words; j++) {
          x = 31 * x + w[j % SHINGLE_WORDS];
        }
        out[k++] = x;
      }
    }
    return k;
  }

  private static final Pattern GLUED_CREDIT = Pattern.compile(
      "(?:\\p{Ll}|[.)])(?:Credit|Credits|Photo|Image|Picture|Source)\\s?:\\s?\\S.{0,80}$|"
          + "[.!?]\\s+(?:Credit|Photo|Image|Picture|Foto|Bild)\\s?:\\s?\\S.{0,80}$",
      Pattern.UNICODE_CHARACTER_CLASS);

  /** The words {@link #GLUED_CREDIT} needs, one of them as written: a cheap test before the regex. */
  private static final String[] GLUED_CREDIT_WORDS = {"Credit", "Photo", "Image", "Picture", "Source", "Foto", "Bild"};

  private static boolean containsAny(String t, String[] words) {
    for (String w : words) {
      if (t.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Ends with ")" before trailing white space and line ends (as "\\)\\s*$" needs). */
  private static boolean endsWithParenthesis(String t) {
    int i = t.length() - 1;
    while (i >= 0 && (Character.isWhitespace(t.charAt(i)) || t.charAt(i) == '\u0085' || t.charAt(i) == '\u2028'
        || t.charAt(i) == '\u2029')) {
      i--;
    }
    return i >= 0 && t.charAt(i) == ')';
  }

  /** "Shy owlShy owl": an image's alt text rendered next to the same caption. */
  static boolean doubled(String t) {
    int n = t.length();
    if (n < MIN_DOUBLED_CHARS) {
      return false;
    }
    int h = n / 2;
    if (n % 2 == 0 && t.regionMatches(0, t, h, h)) {
      return true;
    }
    // "X X" with one separating space
    return n % 2 == 1 && t.charAt(h) == ' ' && t.regionMatches(0, t, h + 1, h);
  }

  /** "... holding a joint. Getty", "... by state. Statista": a caption with its source after the last period. */
  private static final Pattern TRAILING_SOURCE = Pattern.compile(
      "\\p{Ll}{2}[.!?]\\s+\\p{Lu}[\\p{L}&'’\\-]*(?:\\s\\p{Lu}[\\p{L}&'’\\-]*){0,2}$",
      Pattern.UNICODE_CHARACTER_CLASS);

  private static boolean isCredit(Line l) {
    String low = l.lower;
    String text = l.text;
    if (l.words <= MAX_CREDITED_LINE_WORDS && !l.endsSentence) {
      int d = Math.max(text.lastIndexOf(". "), Math.max(text.lastIndexOf("! "), text.lastIndexOf("? ")));
      if (d >= 2 && text.length() - d <= MAX_TRAILING_SOURCE_CHARS && TRAILING_SOURCE.matcher(text).region(d - 2, text.length()).find()) {
        return true;
      }
    }
    if (l.words <= MAX_CREDITED_LINE_WORDS && text.indexOf(':') > 0 && containsAny(text, GLUED_CREDIT_WORDS)
        && GLUED_CREDIT.matcher(text).find()) {
      return true;
    }
    if (l.words <= MAX_CREDITED_LINE_WORDS && doubled(l.text)) {
      return true;
    }
    for (String p : Lexicon.CREDIT_PREFIXES) {
      if (low.startsWith(p)) {
        return true;
      }
    }
    String t = l.text;
    boolean slash = t.indexOf('/') >= 0;
    boolean paren = t.indexOf('(') >= 0;
    boolean named = low.contains("photo") || low.contains("image") || low.contains("getty") || low.contains("picture")
        || low.contains("shutterstock");
    // the regex needs a closing parenthesis at the end or one of its phrases (which it matches in ASCII case)
    if ((paren || slash || named) && ((paren && endsWithParenthesis(t)) || named || low.contains("reuters/")
        || low.contains("epa-efe")) && Lexicon.CAPTION_CREDIT.matcher(t).find()) {
      return true;
    }
    return slash && !l.endsSentence && l.words <= MAX_SLASH_CREDIT_WORDS && SLASH_CREDIT.matcher(t).find();
  }

  /** "... in Montecito, California. (Photo by Jane Doe/Getty Images)": a long caption ends like this. */
  private static final Pattern PHOTO_CREDIT_END = Pattern.compile(
      "\\((?i:photo|photograph|image|picture|credit)s?(?: by|:|\\s*credit:?)\\s[^()]{2,80}\\)\\s*$");
}
