package dev.newsnlp.clean.evidence;

import dev.newsnlp.clean.render.Line;
import java.util.ArrayList;
import java.util.List;

/**
 * Teasers: headlines glued to their summaries, summaries cut off mid-sentence, runs of headline +
 * summary units and excerpts that end in a read-more link.
 */
public final class Teasers {
  private Teasers() {}

  /** A headline and its one-sentence summary; longer is a paragraph */
  private static final int MAX_GLUED_TEASER_CHARS = 600;
  private static final int MIN_GLUE_POINT = 12; // the headline before the glue point has a few words
  /** "DetroitWondering": a real word before the capital, not "iPad" or "McKinley" */
  private static final int MIN_LOWER_RUN = 3;
  private static final int MIN_HEAD_WORDS = 3; // the glued headline has a few words ...
  private static final int MAX_HEAD_WORDS = 20; // ... and is no paragraph
  private static final int MIN_HEAD_COUNTED_WORDS = 3; // enough capitalisable words to call the head Title Case
  private static final int TAIL_REACH_CHARS = 120; // the text after a glue point that is checked for Title Case
  private static final int TAIL_WORDS = 8; // a few words after the glue point tell Title Case from a sentence
  private static final int MIN_TAIL_WORDS = 2; // two counted words are enough to call the tail Title Case
  private static final int MIN_TRUNCATED_WORDS = 6; // a cut-off summary has some words ("Wait..." is style, not a cut)
  private static final int MAX_TRUNCATED_WORDS = 45; // a summary is a sentence or two
  private static final int MAX_UNIT_GAP = 4; // teaser units of one grid follow each other within a few lines
  private static final int MAX_READ_MORE_WORDS = 4; // "Continue reading", "Read the full story"
  private static final int MIN_READ_MORE_LINKS = 2; // one excerpt with a read-more link may be the article's own cut
  private static final int MAX_EXCERPT_HEAD_WORDS = 25; // the headline above an excerpt
  private static final int MIN_TEASER_UNITS = 3; // three headline + summary units in a row are a grid of other stories
  /** A unit's byline, date and summary stand within a few lines of its headline */
  private static final int UNIT_LOOKAHEAD = 4;
  private static final int MIN_SUMMARY_WORDS = 6; // a summary is a sentence, not a label

  /**
   * A teaser as text dumps render it: a Title Case headline glued to its summary sentence without a space
   * ("Best Cheese Shops In DetroitWondering where to find ...").
   */
  public static boolean gluedTeaser(String t) {
    int n = t.length();
    if (n > MAX_GLUED_TEASER_CHARS) {
      return false;
    }
    for (int k = MIN_GLUE_POINT; k + 1 < n; k++) {
      char a = t.charAt(k - 1);
      char b = t.charAt(k);
      if (Character.isUpperCase(b) && Character.isLowerCase(t.charAt(k + 1))
          && (Character.isLowerCase(a) || a == '?' || a == '!')) {
        // the glued word has a lower-case run before the capital ("DetroitIn", not "iPad", "McKinley")
        int low = 0;
        while (low < k && Character.isLowerCase(t.charAt(k - 1 - low))) {
          low++;
        }
        if (low < MIN_LOWER_RUN && a != '?' && a != '!') {
          continue;
        }
        // the part before must look like a headline: several words, most of them capitalised
        String head = t.substring(0, k);
        int lastSpace = head.lastIndexOf(' ');
        if (lastSpace < 0) {
          continue;
        }
        String[] words = head.split("\\s+");
        if (words.length < MIN_HEAD_WORDS || words.length > MAX_HEAD_WORDS) {
          continue;
        }
        int cap = 0;
        int counted = 0;
        for (String w : words) {
          if (w.isEmpty()) {
            continue;
          }
          char c = w.charAt(0);
          if (w.length() <= LineEvidence.MAX_SMALL_WORD_CHARS && Character.isLowerCase(c)) {
            continue; // "of", "in", "to"
          }
          counted++;
          if (Character.isUpperCase(c) || Character.isDigit(c)) {
            cap++;
          }
        }
        if (counted >= MIN_HEAD_COUNTED_WORDS && cap * 10 >= counted * LineEvidence.MIN_CAPITALISED_TENTHS
            && !titleCaseTail(t, k)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The text after a glue point goes on in Title Case ("... PS4 DualShock Controller, Apple AirPods and More"):
   * a brand written in CamelCase inside a headline, not a headline glued to its sentence-case summary.
   */
  private static boolean titleCaseTail(String t, int k) {
    int end = Math.min(t.length(), k + TAIL_REACH_CHARS);
    String[] words = t.substring(k, end).split("\\s+");
    int counted = 0;
    int cap = 0;
    for (int i = 1; i < words.length && counted < TAIL_WORDS; i++) {
      String w = words[i];
      if (w.isEmpty() || (w.length() <= LineEvidence.MAX_SMALL_WORD_CHARS && Character.isLowerCase(w.charAt(0)))) {
        continue;
      }
      counted++;
      char c = w.charAt(0);
      if (Character.isUpperCase(c) || Character.isDigit(c)) {
        cap++;
      }
    }
    return counted >= MIN_TAIL_WORDS && cap * 10 >= counted * LineEvidence.MIN_CAPITALISED_TENTHS;
  }

  /** A summary cut off mid-sentence ("... for Windows 10 users with Realtek Bluetooth..."). */
  static boolean truncated(Line l) {
    if (l.words < MIN_TRUNCATED_WORDS || l.words > MAX_TRUNCATED_WORDS) {
      return false;
    }
    String t = l.text;
    int n = t.length();
    int cut;
    if (t.endsWith("...")) {
      cut = n - 3;
    } else if (t.endsWith("…")) {
      cut = n - 1;
    } else {
      return false;
    }
    return cut > 0 && Character.isLetterOrDigit(t.charAt(cut - 1));
  }

  /**
   * Teaser grids as dumps render them: a run of units, each a headline, then byline / date / author-name
   * lines or nothing, then a one-paragraph summary glued to them (no blank line). Three or more units in a
   * row are a grid of other stories, wherever they stand (after short articles they outweigh the text).
   * The article itself is at most one such unit: its body follows as more paragraphs, not another headline.
   */
  public static void markTeaserUnits(List<Line> lines) {
    int n = lines.size();
    int groupStart = -1;
    int groupEnd = -1;
    int units = 0;
    int i = 0;
    while (i < n) {
      int end = teaserUnitEnd(lines, i);
      if (end < 0) {
        i++;
        continue;
      }
      if (units > 0 && i - groupEnd <= MAX_UNIT_GAP && noProseBetween(lines, groupEnd + 1, i)) {
        units++;
        groupEnd = end;
      } else {
        closeTeaserGroup(lines, groupStart, groupEnd, units);
        groupStart = i;
        groupEnd = end;
        units = 1;
      }
      i = end + 1;
    }
    closeTeaserGroup(lines, groupStart, groupEnd, units);
  }

  /**
   * Blog fronts and "more posts" sections: a headline, an excerpt, then "Read the rest" / "Continue reading".
   * Two or more such units make them excerpts of other posts; one alone may be the article's own cut.
   */
  public static void markReadMoreTeasers(List<Line> lines) {
    List<Integer> links = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.words > 0 && l.words <= MAX_READ_MORE_WORDS && Lexicon.READ_MORE.contains(l.label)) {
        Line excerpt = lines.get(i - 1);
        if (excerpt.cls != Line.Cls.SHORT && !excerpt.noise) {
          links.add(i);
        }
      }
    }
    if (links.size() < MIN_READ_MORE_LINKS) {
      return;
    }
    for (int i : links) {
      lines.get(i).noise = true;
      lines.get(i - 1).teaser = true;
      if (i >= 2) {
        Line head = lines.get(i - 2);
        if (head.words > 0 && head.words <= MAX_EXCERPT_HEAD_WORDS && !head.text.endsWith(".") && !head.noise) {
          head.teaser = true;
        }
      }
    }
  }

  private static void closeTeaserGroup(List<Line> lines, int from, int to, int units) {
    if (units < MIN_TEASER_UNITS) {
      return;
    }
    for (int k = from; k <= to; k++) {
      Line l = lines.get(k);
      if (!l.noise) {
        l.teaser = true;
      }
    }
  }

  private static boolean noProseBetween(List<Line> lines, int from, int to) {
    for (int k = from; k < to; k++) {
      Line l = lines.get(k);
      if (!l.noise && l.cls == Line.Cls.GOOD) {
        return false;
      }
    }
    return true;
  }

  /** If a teaser unit starts at headline line {@code h}, the index of its summary line; else -1. */
  private static int teaserUnitEnd(List<Line> lines, int h) {
    Line head = lines.get(h);
    if (!LineEvidence.headlineLike(head)) {
      return -1;
    }
    int meta = 0;
    int prev = h;
    for (int k = h + 1, seen = 0; k < lines.size() && seen < UNIT_LOOKAHEAD; k++) {
      Line l = lines.get(k);
      if (l.noise || l.words == 0) {
        prev = -1;
        continue;
      }
      seen++;
      if (l.dateLine || l.bylineLine || LineEvidence.nameLike(l)) {
        meta++;
        prev = k;
        continue;
      }
      boolean prose = (l.cls == Line.Cls.GOOD || l.cls == Line.Cls.NEAR && l.endsSentence) && l.words >= MIN_SUMMARY_WORDS
          && !l.bullet;
      if (!prose) {
        return -1;
      }
      // the summary hangs on the headline or its meta lines without a blank line between, and starts a
      // sentence (hard-wrapped text continues in lower case); without meta lines the headline is in Title Case
      char c0 = l.text.charAt(0);
      boolean starts = Character.isUpperCase(c0) || Character.isDigit(c0) || c0 == '"' || c0 == '“' || c0 == '\'';
      return starts && !l.gapBefore && prev == k - 1 && (meta > 0 || k == h + 1 && LineEvidence.titleCase(head)) ? k : -1;
    }
    return -1;
  }
}
