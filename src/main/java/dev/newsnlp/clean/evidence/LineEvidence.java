package dev.newsnlp.clean.evidence;

import dev.newsnlp.clean.render.DateFinder;
import dev.newsnlp.clean.render.Line;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Per-line text features (words, letters, stop words of the page's language, sentence end) and the
 * line classes (GOOD, NEAR, SHORT, BAD) with byline and date flags; small shape helpers the detectors share.
 */
public final class LineEvidence {
  private LineEvidence() {}

  /** The stop words of LANG, one of {@link #stopWordLanguages()} (lower case). */
  public static Set<String> stopWords(String lang) {
    return Lexicon.STOPWORDS.get(lang);
  }

  /** The languages whose stop words the cleaner knows. */
  public static List<String> stopWordLanguages() {
    return Lexicon.LANGUAGES;
  }

  /** More than half of a line's characters in links: a link, not text (HTML). */
  public static final double MAX_TEXT_LINK_DENSITY = 0.5;
  private static final int MAX_STOP_WORD_CHARS = 12; // stop words are short: longer tokens are not looked up
  /** Only lines of some length vote on the page language (labels are often English) */
  private static final int MIN_VOTING_WORDS = 5;
  private static final int MAX_SECTION_HEADING_WORDS = 8; // a section heading ("More from Sport") is a few words
  private static final int MAX_BYLINE_WORDS = 14; // a byline is names and a role, rarely longer
  /** "Jane Doe @janedoe / 2 days": a name, a handle and a little more */
  private static final int MAX_HANDLE_BYLINE_WORDS = 10;
  private static final int MAX_DATE_WORDS = 8; // a date line is the date and a word or two
  /** A little longer when it is no sentence ("Published 5 March 2024, 14:20 CET") */
  private static final int MAX_DATE_WORDS_NO_PERIOD = 12;
  private static final int MAX_DATE_LABEL_WORDS = 14; // "Updated Nov 19, 6:55 AM ET | Originally published ..."
  private static final int MIN_PRE_NEAR_WORDS = 3; // a code line with a few words may belong to the article
  private static final int MIN_GOOD_WORDS = 8; // prose: a sentence of some length ...
  private static final double MIN_GOOD_STOP_DENSITY = 0.15; // ... with the function words of running text
  private static final int MIN_GOOD_WORDS_UNENDED = 16; // without a sentence end only a longer line counts as prose
  private static final int MIN_LONG_GOOD_WORDS = 30; // a long line is prose with fewer stop words (names, numbers)
  private static final double MIN_LONG_GOOD_STOP_DENSITY = 0.08; // the stop-word share a long prose line still has
  private static final int MIN_NEAR_WORDS = 5; // near-prose: shorter lines with some function words
  private static final double MIN_NEAR_STOP_DENSITY = 0.1; // the stop-word share of near-prose
  private static final int MIN_NEAR_SENTENCE_WORDS = 3; // a short complete sentence ("He resigned.") is near-prose
  private static final int MIN_HEADLINE_WORDS = 3; // a headline has a few words ...
  private static final int MAX_HEADLINE_WORDS = 25; // ... and is not a paragraph
  private static final int MAX_GOOD_HEADLINE_WORDS = 16; // a line classed as prose is a headline only when short
  private static final int MAX_HEADLINE_CHARS = 200; // longer is a paragraph whatever its punctuation
  private static final int MIN_CAPS_LETTERS = 10; // shouting needs a few capitals: "USA" or "AP" is no ALL CAPS line
  private static final int CAPITALS_PER_LOWER = 10; // at most one lower-case letter per ten capitals ("McDONALD'S")
  static final int MAX_SMALL_WORD_CHARS = 3; // "of", "in", "the": short lower-case words are not counted in Title Case
  private static final int MIN_TITLE_CASE_WORDS = 3; // Title Case needs a few counted words to tell
  /** Title Case: at least 8 in 10 counted words start with a capital or digit */
  static final int MIN_CAPITALISED_TENTHS = 8;
  private static final int MIN_NAME_WORDS = 2; // a name: first and last name ...
  private static final int MAX_NAME_WORDS = 4; // ... with a middle name or two at most

  private static final String[] LANGS = Lexicon.LANGUAGES.toArray(new String[0]);

  /** Stop word to bit mask of the languages (index in LANGS) it belongs to. */
  private static final WordTable STOP_MASK = stopMasks();

  private static WordTable stopMasks() {
    Map<String, Integer> masks = new HashMap<>();
    for (int k = 0; k < LANGS.length; k++) {
      for (String w : Lexicon.STOPWORDS.get(LANGS[k])) {
        masks.merge(w, 1 << k, (a, b) -> a | b);
      }
    }
    return new WordTable(masks);
  }

  /** Counts words, letters and stop words per line; returns the page's language by its stop words. */
  public static String features(List<Line> lines) {
    int[] langHits = new int[LANGS.length];
    int[][] perLine = new int[lines.size()][];
    for (int li = 0; li < lines.size(); li++) {
      Line l = lines.get(li);
      String t = l.text;
      l.lower = Lexicon.lower(t);
      l.label = Lexicon.labelOfLower(l.lower);
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
        boolean curly = false; // a ’ in the word: looked up with ' instead
        int hash = 0; // of the word, for the stop-word lookup
        while (j < n) {
          char d = s.charAt(j);
          if (Character.isLetter(d)) {
            hasLetter = true;
            letters++;
          } else if (!(Character.isDigit(d) || ((d == '\'' || d == '’' || d == '-') && j + 1 < n
              && Character.isLetter(s.charAt(j + 1))))) {
            break;
          }
          curly |= d == '’';
          hash = 31 * hash + d;
          j++;
        }
        if (hasLetter) {
          words++;
          if (Character.isUpperCase(t.charAt(i))) {
            upper++;
          }
          if (j - i <= MAX_STOP_WORD_CHARS) {
            int mask;
            if (curly) {
              String tok = s.substring(i, j).replace('’', '\'');
              mask = STOP_MASK.get(tok, 0, tok.length(), tok.hashCode(), 0);
            } else {
              mask = STOP_MASK.get(s, i, j, hash, 0);
            }
            if (mask != 0) {
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
      if (words >= MIN_VOTING_WORDS) {
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
    return LANGS[best];
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

  public static void classify(List<Line> lines) {
    for (Line l : lines) {
      l.cls = Line.Cls.SHORT;
      if (l.letters == 0) {
        l.noise = true;
        l.cls = Line.Cls.BAD;
        continue;
      }
      double sd = l.stopDensity();
      String label = l.label;
      if (l.words <= MAX_SECTION_HEADING_WORDS && Lexicon.isSectionEndHeading(label)) {
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
      if (l.words <= MAX_BYLINE_WORDS && ((Lexicon.mayStartWith(l.text, Lexicon.BYLINE_FIRST_LETTERS)
          && Lexicon.BYLINE.matcher(l.text).matches()) || (Lexicon.mayStartWith(l.text, Lexicon.AUTHOR_LABEL_FIRST_LETTERS)
          && Lexicon.AUTHOR_LABEL.matcher(l.text).matches()))) {
        l.bylineLine = true;
      }
      if (l.words <= MAX_BYLINE_WORDS && !l.bylineLine && l.text.indexOf(',') > 0 && AUTHOR_ROLE.matcher(l.text).matches()) {
        l.bylineLine = true; // "Jane Doe, AP National Security Writer"
      }
      if (l.words <= MAX_HANDLE_BYLINE_WORDS && !l.bylineLine && l.text.indexOf('@') > 0 && AUTHOR_HANDLE.matcher(l.text).matches()) {
        l.bylineLine = true; // "Jane Doe @janedoe / 2 days", "Jane Doe@JaneDoe"
      }
      if ((l.words <= MAX_DATE_WORDS || (l.words <= MAX_DATE_WORDS_NO_PERIOD && !l.text.endsWith("."))) && DateFinder.fromText(l.text) != null) {
        l.dateLine = true;
      } else if (l.words <= MAX_DATE_LABEL_WORDS && dateLabelStart(l.lower) && DATE_LABEL.matcher(l.text).find()) {
        l.dateLine = true; // "Updated Nov 19, 6:55 AM"
      }
      if (l.pre) {
        l.cls = l.words >= MIN_PRE_NEAR_WORDS ? Line.Cls.NEAR : Line.Cls.SHORT;
        continue;
      }
      if ((l.words >= MIN_GOOD_WORDS && sd >= MIN_GOOD_STOP_DENSITY && (l.endsSentence || l.words >= MIN_GOOD_WORDS_UNENDED))
          || (l.words >= MIN_LONG_GOOD_WORDS && sd >= MIN_LONG_GOOD_STOP_DENSITY)) {
        l.cls = Line.Cls.GOOD;
      } else if ((l.words >= MIN_NEAR_WORDS && sd >= MIN_NEAR_STOP_DENSITY)
          || (l.words >= MIN_NEAR_SENTENCE_WORDS && l.endsSentence && sd > 0)) {
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
    return !l.noise && !l.barrier && !l.bullet && l.words >= MIN_HEADLINE_WORDS && l.words <= MAX_HEADLINE_WORDS
        && !l.endsSentence && (l.cls != Line.Cls.GOOD || l.words <= MAX_GOOD_HEADLINE_WORDS) && !l.dateLine
        && !l.bylineLine && l.text.length() <= MAX_HEADLINE_CHARS;
  }

  public static boolean isAllCaps(String t) {
    int upper = 0;
    int lower = 0;
    int n = t.length();
    for (int i = 0; i < n; i++) {
      char c = t.charAt(i);
      if (Character.isUpperCase(c)) {
        upper++;
      } else if (Character.isLowerCase(c)) {
        lower++;
        if (lower * CAPITALS_PER_LOWER > upper + n - 1 - i) {
          return false; // the rest of the line cannot bring enough capitals: prose stops here early
        }
      }
    }
    return upper >= MIN_CAPS_LETTERS && lower * CAPITALS_PER_LOWER <= upper;
  }

  /** Most words (ignoring short lower-case function words) start with a capital or a digit. */
  public static boolean titleCase(Line l) {
    int cap = 0;
    int counted = 0;
    for (String w : l.text.split("\\s+")) {
      if (w.isEmpty() || w.length() <= MAX_SMALL_WORD_CHARS && Character.isLowerCase(w.charAt(0))) {
        continue;
      }
      counted++;
      char c = w.charAt(0);
      if (Character.isUpperCase(c) || Character.isDigit(c) || !Character.isLetter(c)) {
        cap++;
      }
    }
    return counted >= MIN_TITLE_CASE_WORDS && cap * 10 >= counted * MIN_CAPITALISED_TENTHS;
  }

  /** "Jane Doe": two to four capitalised words without stop words or digits (an author under a teaser). */
  public static boolean nameLike(Line l) {
    if (l.words < MIN_NAME_WORDS || l.words > MAX_NAME_WORDS || l.stop > 0 || l.endsSentence || l.upperInitial < l.words) {
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
