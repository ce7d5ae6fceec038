package dev.newsnlp.clean.evidence;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Word lists used by the block classifier: stop words of a few languages (to tell prose from labels) and
 * generic boilerplate phrases (share bars, newsletter and donation appeals, comment sections, related-links
 * headings, photo credits, footers). Everything is lower case; lookups are by exact token or by prefix /
 * whole-line match on the lower-cased line.
 */
final class Lexicon {
  private Lexicon() {}

  /** "6 thoughts on “...”" quotes a whole headline, but no paragraph */
  private static final int MAX_COUNTED_HEADING_CHARS = 200;
  private static final int MAX_HEADING_CHARS = 40; // a section-end heading is a short label
  /** "more from the guardian", "related articles (4)": a short tail after the heading */
  private static final int MAX_HEADING_SUFFIX_CHARS = 28;

  // ---------------------------------------------------------------- stop words

  /** The languages whose stop words the cleaner knows (words/stopwords-LANG.txt). */
  static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "it", "pt", "nl");

  static final Map<String, Set<String>> STOPWORDS = new HashMap<>();

  static {
    for (String lang : LANGUAGES) {
      STOPWORDS.put(lang, WordLists.set("stopwords-" + lang));
    }
  }

  // ---------------------------------------------------------------- boilerplate

  /** Whole-line labels (after trimming punctuation, lower case) that are navigation / UI noise. */
  static final Set<String> UI_LABELS = WordLists.set("ui-labels");

  /**
   * Heading lines that open a section which is not the article (teasers, comments, footers). Matched on the
   * whole short line (lower case, trailing punctuation removed), or as its prefix when followed by little.
   */
  static final List<String> SECTION_END_HEADINGS = WordLists.list("section-end-headings");

  /** Prefixes of lines that are cross-links or credits, not article text. */
  static final List<String> NOISE_PREFIXES = WordLists.list("noise-prefixes");

  /** Links under an excerpt that lead to the whole post. */
  static final Set<String> READ_MORE = WordLists.set("read-more-links");

  /** {@link #NOISE_PREFIXES} by first character: the prefix check runs on every line of every page. */
  private static final Map<Character, String[]> NOISE_PREFIXES_BY_FIRST = NOISE_PREFIXES.stream()
      .collect(Collectors.groupingBy(p -> p.charAt(0),
          Collectors.collectingAndThen(Collectors.toList(), l -> l.toArray(new String[0]))));

  /** The lower-cased line starts with one of {@link #NOISE_PREFIXES}. */
  static boolean startsWithNoisePrefix(String low) {
    if (low.isEmpty()) {
      return false;
    }
    String[] candidates = NOISE_PREFIXES_BY_FIRST.get(low.charAt(0));
    if (candidates != null) {
      for (String p : candidates) {
        if (low.startsWith(p)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Words typical of appeals, sign-ups, cookie notices, comment forms and legal footers. A prose line with
   * several of them is probably not article text.
   */
  static final Set<String> APPEAL_WORDS = WordLists.set("appeal-words");

  /** Appeal words that are enough on their own in a short line. */
  static final Set<String> STRONG_APPEAL_WORDS = WordLists.set("strong-appeal-words");

  /** Short social-network / share words; a line made only of these is a share bar. */
  static final Set<String> SHARE_WORDS = WordLists.set("share-words");

  /** Prefixes of photo-credit and caption lines. */
  static final List<String> CREDIT_PREFIXES = WordLists.list("credit-prefixes");

  static final Pattern CAPTION_CREDIT = Pattern.compile(
      "(?i)(\\((?:[^()]*(?:/|photo|getty|afp|reuters|ap|epa|dpa|imago|shutterstock|alamy|courtesy|"
          + "credit|images|file)[^()]*)\\)\\s*$)"
          + "|(\\b(?:getty images|shutterstock|afp via getty|ap photo|reuters/|epa-efe|photo by|photograph by"
          + "|image by|image credit|photo credit|picture alliance|picture-alliance)\\b)");

  static final Pattern BYLINE = Pattern.compile(
      "^(?:(?:by|written by|words by|story by|text by|reporting by|von|par|por|di|door)\\s*[:\\-]?\\s+)"
          + "(?:\\p{Lu}|@)[\\p{L}.'’\\-]*(?:[\\s,]+(?:and|&|und|et|y|e|\\p{Lu}[\\p{L}.'’\\-]*|de|van|von|da|del|al|bin|la|le)){0,12}.{0,80}$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

  static final Pattern AUTHOR_LABEL = Pattern.compile(
      "^(?:author|authors|autor|auteur|written by|posted by|reporter|reported by)\\s*[:\\-]?\\s+\\p{Lu}.{1,80}$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

  /** The first letters of {@link #BYLINE}'s and {@link #AUTHOR_LABEL}'s words ("by", "written by", ...). */
  static final String BYLINE_FIRST_LETTERS = "bwstrvpd";
  static final String AUTHOR_LABEL_FIRST_LETTERS = "awpr";

  /**
   * Whether s can start with a word beginning with one of {@code letters} (lower case), compared as a
   * case-insensitive regex compares characters: a cheap test before an anchored regex, which most lines fail
   * at their first character.
   */
  static boolean mayStartWith(String s, String letters) {
    if (s.isEmpty()) {
      return false;
    }
    int c = s.codePointAt(0);
    return letters.indexOf(c) >= 0 || letters.indexOf(Character.toLowerCase(Character.toUpperCase(c))) >= 0;
  }

  /**
   * Lower case, one char for one char: callers index the original line with positions found in this one.
   * {@code toLowerCase} turns the Turkish 'İ' into two chars ("i" and a combining dot), so such a line is
   * lowered char by char instead (every other line: the same result).
   */
  static String lower(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.length() == s.length()) {
      return lower;
    }
    char[] chars = s.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = Character.toLowerCase(chars[i]);
    }
    return new String(chars);
  }

  /** Lower case, trailing/leading punctuation and arrows removed, inner whitespace collapsed. */
  static String label(String s) {
    return labelOfLower(lower(s));
  }

  /** {@link #label} of a line already in lower case ({@code lower(s)}): spares lower-casing it again. */
  static String labelOfLower(String lower) {
    String l = lower.strip();
    int a = 0;
    int b = l.length();
    while (a < b && isTrim(l.charAt(a))) {
      a++;
    }
    while (b > a && isTrim(l.charAt(b - 1))) {
      b--;
    }
    l = l.substring(a, b);
    if (l.indexOf("  ") >= 0) {
      l = l.replaceAll("\\s+", " ");
    }
    return l;
  }

  private static boolean isTrim(char c) {
    return c == ':' || c == '.' || c == ',' || c == '»' || c == '›' || c == '>' || c == '|' || c == '-' || c == '–'
        || c == '—' || c == '→' || c == '…' || c == '+' || c == '*' || c == '#' || c == '[' || c == ']'
        || c == '(' || c == ')' || c == '!' || c == '▶' || c == '►' || c == '•' || c == '·'
        || Character.isWhitespace(c);
  }

  private static final Set<String> SECTION_END_SET = new HashSet<>(SECTION_END_HEADINGS);
  private static final Pattern COUNTED_COMMENTS =
      Pattern.compile("\\d+\\s+(comments?|responses?|replies|thoughts on .*)");

  /** "More business news", "Latest sports stories", "Top world headlines". */
  private static final Pattern MORE_NEWS = Pattern.compile(
      "(?:more|latest|top|related|recent|popular|trending)(?: [\\p{L}&'’+-]+){0,3}"
          + " (?:news|stories|articles|videos|headlines|posts|coverage)",
      Pattern.UNICODE_CHARACTER_CLASS);

  static boolean isSectionEndHeading(String label) {
    if (label.isEmpty()) {
      return false;
    }
    char c0 = label.charAt(0);
    if (Character.isDigit(c0)) {
      // "12 comments", "6 thoughts on “How to ...”" (WordPress's heading quotes the whole headline)
      return label.length() <= MAX_COUNTED_HEADING_CHARS && COUNTED_COMMENTS.matcher(label).matches();
    }
    if (label.length() > MAX_HEADING_CHARS) {
      return false;
    }
    if (SECTION_END_SET.contains(label)) {
      return true;
    }
    if ("mltrp".indexOf(c0) >= 0 && MORE_NEWS.matcher(label).matches()) { // its first words' first letters
      return true;
    }
    if (c0 != 'r' && c0 != 'm' && c0 != 'l' && c0 != 'c' && c0 != 'p' && c0 != 't' && c0 != 'a') {
      return false;
    }
    for (String h : SECTION_END_PREFIXES) {
      if (label.startsWith(h) && label.length() > h.length()) {
        char c = label.charAt(h.length());
        // "more from the guardian", "related articles (4)", "comments (12)", "12 comments"
        if (c == ' ' || c == '(' || c == ':') {
          return label.length() - h.length() <= MAX_HEADING_SUFFIX_CHARS;
        }
      }
    }
    return false;
  }

  /**
   * The {@link #SECTION_END_HEADINGS} that also end a section as the start of a longer label, in list order
   * (chosen once here rather than for every line).
   */
  private static final List<String> SECTION_END_PREFIXES = SECTION_END_HEADINGS.stream()
      .filter(h -> h.startsWith("more ") || h.startsWith("related") || h.startsWith("most ") || h.startsWith("latest")
          || h.startsWith("comments") || h.startsWith("popular") || h.startsWith("recommended")
          || h.startsWith("top stor") || h.startsWith("a message from") || h.startsWith("a note to"))
      .collect(Collectors.toList());
}
