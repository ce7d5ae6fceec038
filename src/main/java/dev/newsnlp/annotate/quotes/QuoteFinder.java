package dev.newsnlp.annotate.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds top-level quotations in news text from the characters alone.
 *
 * <ul>
 *   <li>Curly (“ ”, „), straight (") and angle (« ») double marks; a straight mark opens or closes by state,
 *       a misused curly mark by its context (“ right after a word and before a space closes).
 *   <li>Inch marks are not quotes: a straight mark right after a digit outside a quote, or in {@code 5'11"}.
 *   <li>Single marks inside a double quote are nested quotes or apostrophes: they stay inside.
 *   <li>A document with no double marks at all uses curly single marks (‘ ’) as its quotation marks, British
 *       style, with apostrophes ("don’t", "’90s") told apart by context. Straight single marks are never
 *       quotation marks (nor is the doubled '' of news-archive text).
 *   <li>Paragraphs (blank lines; single line breaks when the text has no blank line) end a quote. An opening
 *       mark with no closing mark at the end of its paragraph continues when the next paragraph opens with a
 *       quotation mark (the news convention for multi-paragraph quotes): each paragraph's part is its own
 *       segment, and the segments of one quotation share a {@code group}. An unclosed quote whose next
 *       paragraph does not open with a mark ends at its paragraph's end.
 * </ul>
 */
public final class QuoteFinder {

  /**
   * One quoted segment: offsets with the marks included (an unclosed segment ends at its paragraph's last
   * visible character), its paragraph index, and the id shared by the segments of one multi-paragraph quote.
   */
  public record Segment(int start, int end, boolean closed, int paragraph, int group) {}

  /** A paragraph: offsets of its visible text. */
  public record Paragraph(int start, int end) {}

  private enum Kind { OPEN, CLOSE, AMBIGUOUS, NONE }

  /**
   * Paragraphs of the text. Every line break ends a paragraph, except in hard-wrapped text (most single line
   * breaks fall inside a sentence), where only blank lines do, and except before a line that starts in lower
   * case (a wrapped sentence).
   */
  public static List<Paragraph> paragraphs(String text) {
    boolean blankLines = isHardWrapped(text);
    List<Paragraph> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i >= n) {
        break;
      }
      int start = i;
      int end = i;
      while (i < n) {
        char c = text.charAt(i);
        if (c == '\n') {
          int next = i + 1;
          while (next < n && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
            next++;
          }
          boolean lowerNext = next < n && Character.isLowerCase(text.charAt(next));
          if (!blankLines && !lowerNext) {
            break;
          }
          int j = i + 1;
          while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r' || text.charAt(j) == '\u00a0')) {
            j++;
          }
          if (j >= n || text.charAt(j) == '\n') {
            break;
          }
        }
        if (!Character.isWhitespace(c)) {
          end = i + 1;
        }
        i++;
      }
      out.add(new Paragraph(start, end));
    }
    return out;
  }

  /** Whether most single line breaks fall inside sentences (w3m-style dumps wrapped at a fixed width). */
  static boolean isHardWrapped(String text) {
    int single = 0;
    int inside = 0;
    for (int i = 1; i + 1 < text.length(); i++) {
      if (text.charAt(i) == '\n' && text.charAt(i - 1) != '\n' && text.charAt(i + 1) != '\n') {
        single++;
        char prev = text.charAt(i - 1);
        if (Character.isLetterOrDigit(prev) || prev == ',' || prev == '-' || prev == ' ') {
          inside++;
        }
      }
    }
    return single >= 4 && inside * 2 > single;
  }

  /**
   * An unclosed quote that does not go on into the next paragraph ends at its paragraph's end, unless that is
   * further than this: then at the last sentence end within it. A news paragraph is rarely longer, so a longer
   * one is a stray mark in a page whose paragraph breaks were lost, not a quotation.
   */
  static final int MAX_UNCLOSED_CHARS = 600;

  public static List<Segment> find(String text) {
    List<Segment> marks = findMarks(text);
    List<Segment> out = new ArrayList<>();
    for (int k = 0; k < marks.size(); k++) {
      Segment s = marks.get(k);
      boolean continues = k + 1 < marks.size() && marks.get(k + 1).group() == s.group();
      if (!s.closed() && !continues) {
        s = capUnclosed(text, s);
      }
      // A lone mark with no word inside, or an attribute value in markup (id="123"), is no quotation.
      if (hasWord(text, s) && !(s.start() > 0 && text.charAt(s.start() - 1) == '=')) {
        out.add(s);
      }
    }
    return out;
  }

  private static Segment capUnclosed(String text, Segment s) {
    if (s.end() - s.start() <= MAX_UNCLOSED_CHARS) {
      return s;
    }
    int limit = s.start() + MAX_UNCLOSED_CHARS;
    for (int i = limit - 1; i > s.start() + 1; i--) {
      char c = text.charAt(i);
      if ((c == '.' || c == '?' || c == '!') && Character.isWhitespace(text.charAt(i + 1))) {
        return new Segment(s.start(), i + 1, false, s.paragraph(), s.group());
      }
    }
    return new Segment(s.start(), trimEnd(text, s.start(), limit), false, s.paragraph(), s.group());
  }

  private static boolean hasWord(String text, Segment s) {
    for (int i = s.start(); i < s.end(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static List<Segment> findMarks(String text) {
    List<Paragraph> paragraphs = paragraphs(text);
    boolean singleMode = !hasDoubleMarks(text);
    List<Segment> out = new ArrayList<>();
    int group = -1;
    boolean carry = false; // previous paragraph ended inside a quote
    for (int p = 0; p < paragraphs.size(); p++) {
      Paragraph par = paragraphs.get(p);
      int open = -1;
      boolean continuing = false;
      if (carry) {
        Kind k = kind(text, par.start(), par, singleMode);
        continuing = k == Kind.OPEN || k == Kind.AMBIGUOUS;
        carry = false;
      }
      for (int i = par.start(); i < par.end(); i++) {
        Kind k = kind(text, i, par, singleMode);
        if (k == Kind.NONE) {
          continue;
        }
        boolean before = i == par.start() || isSpaceOrOpener(text.charAt(i - 1));
        boolean after = i + 1 >= par.end() || isSpaceOrCloser(text.charAt(i + 1));
        if (open < 0) {
          boolean opens =
              switch (k) {
                case OPEN -> !after || before;
                case AMBIGUOUS -> !(after && !before);
                case CLOSE -> before && !after;
                default -> false;
              };
          if (opens) {
            open = i;
          }
        } else {
          boolean closes =
              switch (k) {
                case CLOSE, AMBIGUOUS -> true;
                case OPEN -> !before && after;
                default -> false;
              };
          if (closes) {
            if (!(continuing && open == par.start())) {
              group++;
            }
            out.add(new Segment(open, i + 1, true, p, group));
            open = -1;
            continuing = false;
          } else if (k == Kind.OPEN && before) {
            // A new opening mark inside a quote: the previous quote lost its closing mark.
            if (!(continuing && open == par.start())) {
              group++;
            }
            out.add(new Segment(open, trimEnd(text, open, i), false, p, group));
            open = i;
            continuing = false;
          }
        }
      }
      if (open >= 0) {
        if (!(continuing && open == par.start())) {
          group++;
        }
        out.add(new Segment(open, par.end(), false, p, group));
        carry = true;
      }
    }
    return out;
  }

  private static int trimEnd(String text, int from, int to) {
    int e = to;
    while (e > from + 1 && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  private static boolean hasDoubleMarks(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '“' || c == '”' || c == '„' || c == '«' || c == '»') {
        return true;
      }
      if (c == '"' && !(i > 0 && Character.isDigit(text.charAt(i - 1)))) {
        return true;
      }
    }
    return false;
  }

  private static Kind kind(String text, int i, Paragraph par, boolean singleMode) {
    char c = text.charAt(i);
    if (!singleMode) {
      switch (c) {
        case '“', '„', '«':
          return Kind.OPEN;
        case '”', '»':
          return Kind.CLOSE;
        case '"':
          return isInchMark(text, i, par) ? Kind.NONE : Kind.AMBIGUOUS;
        default:
          return Kind.NONE;
      }
    }
    // Straight single marks stay apostrophes: as quotation marks they are too rare on the web to be worth
    // the confusion (and the doubled '' of news-archive text is not a quotation mark here).
    if (c != '‘' && c != '’') {
      return Kind.NONE;
    }
    char prev = i > par.start() ? text.charAt(i - 1) : ' ';
    char next = i + 1 < par.end() ? text.charAt(i + 1) : ' ';
    boolean before = i == par.start() || isSpaceOrOpener(prev);
    boolean after = i + 1 >= par.end() || isSpaceOrCloser(next);
    if (Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next)) {
      return Kind.NONE; // don’t, it's
    }
    if (before && !after) {
      // ’90s, 'em, 'til are elisions, not quotes.
      return Character.isDigit(next) || startsElision(text, i + 1) ? Kind.NONE : Kind.OPEN;
    }
    if (!before && after) {
      return Kind.CLOSE;
    }
    return Kind.NONE;
  }

  /**
   * What follows a single mark used as an apostrophe rather than an opening mark: elided words ('em, 'til,
   * rock 'n' roll) and contraction endings after a mark typed as ‘ or set off by a stray space ("isn ‘t",
   * "it ‘s"): no quotation starts with them.
   */
  private static final String[] ELISIONS = {
    "em ", "til ", "cause ", "n ", "n’", "n'", "tis ", "t ", "s ", "re ", "ll ", "ve ", "d ", "m "
  };

  private static boolean startsElision(String text, int i) {
    for (String e : ELISIONS) {
      if (text.regionMatches(true, i, e, 0, e.length())) {
        return true;
      }
    }
    return false;
  }

  /** 12" or 5'11": a straight mark right after a digit that cannot be closing a quote. */
  private static boolean isInchMark(String text, int i, Paragraph par) {
    if (i == par.start() || !Character.isDigit(text.charAt(i - 1))) {
      return false;
    }
    int j = i - 1;
    while (j > par.start() && Character.isDigit(text.charAt(j - 1))) {
      j--;
    }
    if (j > par.start() && (text.charAt(j - 1) == '\'' || text.charAt(j - 1) == '’')) {
      return true; // 5'11"
    }
    // An inch mark needs an unclosed-looking context: a word or space right after (12" pipe), and no open
    // straight quote before it in the paragraph (counting straight marks up to here).
    int count = 0;
    for (int k = par.start(); k < i; k++) {
      if (text.charAt(k) == '"') {
        count++;
      }
    }
    return count % 2 == 0;
  }

  private static boolean isSpaceOrOpener(char c) {
    return Character.isWhitespace(c) || "([{—–-/‘'“\"".indexOf(c) >= 0;
  }

  private static boolean isSpaceOrCloser(char c) {
    return Character.isWhitespace(c) || ".,;:!?)]}—–-/…’'”\"".indexOf(c) >= 0;
  }

  private QuoteFinder() {}
}
