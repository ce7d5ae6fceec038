package dev.newsnlp.clean;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Per-line text features (words, letters, stop words of the page's language, sentence end) and the
 * line classes (GOOD, NEAR, SHORT, BAD) with byline and date flags; small shape helpers the detectors share.
 */
final class LineEvidence {
  private LineEvidence() {}

  private static final String[] LANGS = Lexicon.LANGUAGES.toArray(new String[0]);

  /** Stop word to bit mask of the languages (index in LANGS) it belongs to. */
  private static final Map<String, Integer> STOP_MASK = new HashMap<>();

  static {
    for (int k = 0; k < LANGS.length; k++) {
      for (String w : Lexicon.STOPWORDS.get(LANGS[k])) {
        STOP_MASK.merge(w, 1 << k, (a, b) -> a | b);
      }
    }
  }

  static void features(List<Line> lines) {
    int[] langHits = new int[LANGS.length];
    int[][] perLine = new int[lines.size()][];
    for (int li = 0; li < lines.size(); li++) {
      Line l = lines.get(li);
      String t = l.text;
      l.lower = Lexicon.lower(t);
      l.label = Lexicon.label(t);
      int[] hits = new int[LANGS.length];
      String s = l.lower;
      int n = s.length();
      int i = 0;
      int words = 0;
      int letters = 0;
      int upper = 0;
      while (i < n) {
        char c = s.charAt(i);
        if (!Character.isLetterOrDigit(c)) {
          i++;
          continue;
        }
        int j = i;
        boolean hasLetter = false;
        while (j < n) {
          char d = s.charAt(j);
          if (Character.isLetter(d)) {
            hasLetter = true;
            letters++;
          } else if (!(Character.isDigit(d) || ((d == '\'' || d == '’' || d == '-') && j + 1 < n
              && Character.isLetter(s.charAt(j + 1))))) {
            break;
          }
          j++;
        }
        if (hasLetter) {
          words++;
          if (Character.isUpperCase(t.charAt(i))) {
            upper++;
          }
          if (j - i <= 12) {
            String tok = s.substring(i, j);
            if (tok.indexOf('’') >= 0) {
              tok = tok.replace('’', '\'');
            }
            Integer mask = STOP_MASK.get(tok);
            if (mask != null) {
              for (int k = 0; k < LANGS.length; k++) {
                if ((mask & (1 << k)) != 0) {
                  hits[k]++;
                }
              }
            }
          }
        }
        i = j;
      }
      l.words = words;
      l.letters = letters;
      l.upperInitial = upper;
      l.endsSentence = endsSentence(t);
      perLine[li] = hits;
      if (words >= 5) {
        for (int k = 0; k < LANGS.length; k++) {
          langHits[k] += hits[k];
        }
      }
    }
    int best = 0;
    for (int k = 1; k < LANGS.length; k++) {
      if (langHits[k] > langHits[best]) {
        best = k;
      }
    }
    for (int li = 0; li < lines.size(); li++) {
      lines.get(li).stop = perLine[li][best];
    }
  }

  static boolean endsSentence(String t) {
    int i = t.length() - 1;
    while (i >= 0) {
      char c = t.charAt(i);
      if (c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == '»' || c == ']' || c == '*') {
        i--;
        continue;
      }
      return c == '.' || c == '!' || c == '?' || c == '…' || c == ':' || c == ';' || c == '。';
    }
    return false;
  }

  private static final Pattern AUTHOR_ROLE = Pattern.compile(
      "(?:\\p{Lu}[\\p{L}.'’\\-]*\\s){1,3}\\p{Lu}[\\p{L}.'’\\-]+,\\s+(?:[\\p{L}.&\\-]+\\s){0,5}"
          + "(?i:writer|reporter|correspondent|editor|columnist|contributor|staff|bureau chief)s?\\b.{0,30}",
      Pattern.UNICODE_CHARACTER_CLASS);

  /** A name followed by its social-media handle, as author lines under headlines render. */
  private static final Pattern AUTHOR_HANDLE = Pattern.compile(
      "(?:\\p{Lu}[\\p{L}.'’\\-]*\\s){1,3}?\\p{Lu}[\\p{L}.'’\\-]*\\s?@\\w{2,30}(?:\\s*[/|·•,\\-]\\s*.{0,30})?",
      Pattern.UNICODE_CHARACTER_CLASS);

  private static final Pattern DATE_LABEL = Pattern.compile(
      "^(?i:updated|posted|published|last updated|modified|first published)\\b:?\\s*(?:on\\s+)?"
          + "(?:\\d{1,2}[:/.]\\d{1,2}|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)"
          + "\\p{L}*[.,]?\\s+(?:\\d|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\p{L}*\\.?\\s+\\d)|\\d{1,2}\\s+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\\d+\\s+(?i:min|hour|day)s?)",
      Pattern.UNICODE_CHARACTER_CLASS);

  private static boolean dateLabelStart(String low) {
    return low.startsWith("updated") || low.startsWith("posted") || low.startsWith("published")
        || low.startsWith("last updated") || low.startsWith("modified") || low.startsWith("first published");
  }

  static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static void classify(List<Line> lines) {
    for (Line l : lines) {
      l.cls = Line.Cls.SHORT;
      if (l.letters == 0) {
        l.noise = true;
        l.cls = Line.Cls.BAD;
        continue;
      }
      double sd = l.stopDensity();
      String label = l.label;
      if (l.words <= 8 && Lexicon.isSectionEndHeading(label)) {
        l.barrier = true;
        l.noise = true;
        l.cls = Line.Cls.BAD;
        continue;
      }
      if (NoiseLines.isNoise(l)) {
        l.noise = true;
        l.cls = Line.Cls.BAD;
        continue;
      }
      if (l.words <= 14 && (Lexicon.BYLINE.matcher(l.text).matches()
          || Lexicon.AUTHOR_LABEL.matcher(l.text).matches())) {
        l.bylineLine = true;
      }
      if (l.words <= 14 && !l.bylineLine && l.text.indexOf(',') > 0 && AUTHOR_ROLE.matcher(l.text).matches()) {
        l.bylineLine = true; // "Jane Doe, AP National Security Writer"
      }
      if (l.words <= 10 && !l.bylineLine && l.text.indexOf('@') > 0 && AUTHOR_HANDLE.matcher(l.text).matches()) {
        l.bylineLine = true; // "Jane Doe @janedoe / 2 days", "Jane Doe@JaneDoe"
      }
      if ((l.words <= 8 || (l.words <= 12 && !l.text.endsWith("."))) && DateFinder.fromText(l.text) != null) {
        l.dateLine = true;
      } else if (l.words <= 14 && dateLabelStart(l.lower) && DATE_LABEL.matcher(l.text).find()) {
        l.dateLine = true; // "Updated Nov 19, 6:55 AM"
      }
      if (l.pre) {
        l.cls = l.words >= 3 ? Line.Cls.NEAR : Line.Cls.SHORT;
        continue;
      }
      if ((l.words >= 8 && sd >= 0.15 && (l.endsSentence || l.words >= 16))
          || (l.words >= 30 && sd >= 0.08)) {
        l.cls = Line.Cls.GOOD;
      } else if ((l.words >= 5 && sd >= 0.1) || (l.words >= 3 && l.endsSentence && sd > 0)) {
        l.cls = Line.Cls.NEAR;
      }
      if (l.cls != Line.Cls.SHORT && (Teasers.gluedTeaser(l.text) || Teasers.truncated(l))) {
        l.teaser = true;
      }
      if (l.dateLine || l.bylineLine) {
        l.cls = Line.Cls.SHORT;
        String low = l.lower;
        if (low.contains("comment") || low.contains("categor") || low.contains("share") || low.contains("tags")
            || low.contains("filed under")) {
          l.noise = true;
          l.cls = Line.Cls.BAD;
          l.dateLine = false;
          l.bylineLine = false;
        }
      }
    }
  }

  static boolean headlineLike(Line l) {
    return !l.noise && !l.barrier && !l.bullet && l.words >= 3 && l.words <= 25 && !l.endsSentence
        && (l.cls != Line.Cls.GOOD || l.words <= 16) && !l.dateLine && !l.bylineLine && l.text.length() <= 200;
  }

  static boolean isAllCaps(String t) {
    int upper = 0;
    int lower = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isUpperCase(c)) {
        upper++;
      } else if (Character.isLowerCase(c)) {
        lower++;
      }
    }
    return upper >= 10 && lower * 10 <= upper;
  }

  /** Most words (ignoring short lower-case function words) start with a capital or a digit. */
  static boolean titleCase(Line l) {
    int cap = 0;
    int counted = 0;
    for (String w : l.text.split("\\s+")) {
      if (w.isEmpty() || w.length() <= 3 && Character.isLowerCase(w.charAt(0))) {
        continue;
      }
      counted++;
      char c = w.charAt(0);
      if (Character.isUpperCase(c) || Character.isDigit(c) || !Character.isLetter(c)) {
        cap++;
      }
    }
    return counted >= 3 && cap * 10 >= counted * 8;
  }

  /** "Jane Doe": two to four capitalised words without stop words or digits (an author under a teaser). */
  static boolean nameLike(Line l) {
    if (l.words < 2 || l.words > 4 || l.stop > 0 || l.endsSentence || l.upperInitial < l.words) {
      return false;
    }
    String t = l.text;
    for (int i = 0; i < t.length(); i++) {
      if (Character.isDigit(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
