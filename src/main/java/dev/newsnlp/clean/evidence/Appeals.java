package dev.newsnlp.clean.evidence;

import dev.newsnlp.clean.render.Line;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Appeals to the reader: newsletter, donation, subscription, cookie, comment-policy and affiliate
 * notices, author bios and the sign-up headings that introduce them.
 */
public final class Appeals {
  private Appeals() {}

  private static final int MIN_APPEAL_WORDS = 3; // one or two words are a label ("Subscribe"), handled as UI noise
  private static final int MIN_APPEAL_HITS = 2; // two different appeal words in a line ...
  private static final int MAX_MEDIUM_APPEAL_WORDS = 50; // ... of medium length make it an appeal
  private static final int WORDS_PER_EXTRA_HIT = 50; // a longer line needs one more appeal word per 50 words
  private static final int MAX_STRONG_APPEAL_WORDS = 30; // one strong word ("newsletter") is enough in a short line
  /** The strong appeal words are all this long: shorter tokens are not looked up */
  private static final int MIN_STRONG_WORD_CHARS = 5;
  private static final int MIN_COUNTED_APPEAL_WORDS = 5; // too short a line to weigh appeal words in
  /** The appeal words are all this long: shorter tokens are not looked up */
  private static final int MIN_APPEAL_WORD_CHARS = 4;
  private static final int MAX_BIO_WORDS = 70; // an author bio is a short paragraph
  private static final int SIGN_UP_HEADING_REACH = 2; // the sign-up heading stands just above the form text
  private static final int MAX_SIGN_UP_HEADING_WORDS = 8; // "Sign up for our newsletter": a heading, not a paragraph

  /**
   * Newsletter, donation, subscription, cookie, comment-policy and affiliate notices: one strong word in a
   * short line, or several appeal words in a medium one.
   */
  private static final int MAX_SHORT_APPEAL_WORDS = 25; // a short appeal line goes whatever its hits ...
  private static final int MIN_LONG_APPEAL_HITS = 3; // ... a longer one needs several appeal words

  /** A sign-up, donation or subscription notice: never article text, wherever it stands. */
  public static boolean isNotice(Line l) {
    return isAppeal(l) && (l.words <= MAX_SHORT_APPEAL_WORDS || appealHits(l) >= MIN_LONG_APPEAL_HITS);
  }

  public static boolean isAppeal(Line l) {
    if (l.appeal == 0) {
      l.appeal = computeAppeal(l) ? 1 : 2;
    }
    return l.appeal == 1;
  }

  private static boolean computeAppeal(Line l) {
    if (l.words < MIN_APPEAL_WORDS) {
      return false;
    }
    int h = appealHits(l);
    if ((h >= MIN_APPEAL_HITS && l.words <= MAX_MEDIUM_APPEAL_WORDS)
        || (h >= MIN_APPEAL_HITS + l.words / WORDS_PER_EXTRA_HIT)) {
      return true;
    }
    return l.words <= MAX_STRONG_APPEAL_WORDS && strongAppealHits(l) >= 1;
  }

  private static int strongAppealHits(Line l) {
    int n = 0;
    String t = l.text;
    String low = l.lower;
    if (low.contains("sign up") || low.contains("signing up") || low.contains("sign-up")) {
      n++;
    }
    if (t.indexOf('@') >= 0 && EMAIL.matcher(t).find()) { // the '@' test spares the regex most lines
      n++;
    }
    if (low.contains(" commission") && AFFILIATE_COMMISSION.matcher(low).find()) {
      n++; // "we may receive a small commission", not "the health commission said"
    }
    int i = 0;
    int len = low.length();
    boolean firstToken = true;
    while (i < len) {
      if (!Character.isLetter(low.charAt(i))) {
        i++;
        continue;
      }
      int j = i;
      int hash = 0; // of the token, for the lookup
      for (char c; j < len && (Character.isLetter(c = low.charAt(j)) || c == '-'); j++) {
        hash = 31 * hash + c;
      }
      if (j - i >= MIN_STRONG_WORD_CHARS && STRONG_APPEAL_WORDS.get(low, i, j, hash, -1) >= 0) {
        // "Commission", "Newsletter Act" as proper nouns do not count; lower case, ALL CAPS or a sentence's
        // first word ("Need more news? Subscribe to ...") do
        String tok = low.substring(i, j);
        String orig = t.substring(i, j);
        boolean sentenceStart = firstToken || (i >= 2 && low.charAt(i - 1) == ' '
            && (low.charAt(i - 2) == '.' || low.charAt(i - 2) == '?' || low.charAt(i - 2) == '!'));
        if (sentenceStart || orig.equals(tok) || orig.equals(orig.toUpperCase(Locale.ROOT))) {
          n++;
        }
      }
      firstToken = false;
      i = j;
    }
    return n;
  }

  private static final Pattern AFFILIATE_COMMISSION =
      Pattern.compile("\\b(?:a|small|affiliate|earn|earns|receive|receives|get|make)(?: small)? commissions?\\b");

  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]{2,}");

  static int appealHits(Line l) {
    if (l.appealHits < 0) {
      l.appealHits = countAppealHits(l);
    }
    return l.appealHits;
  }

  private static int countAppealHits(Line l) {
    if (l.words < MIN_COUNTED_APPEAL_WORDS) {
      return 0;
    }
    BitSet seen = null; // the different appeal words, by their index in the list
    String low = l.lower;
    int len = low.length();
    int i = 0;
    while (i < len) {
      if (!Character.isLetter(low.charAt(i))) {
        i++;
        continue;
      }
      int j = i;
      int hash = 0; // of the token, for the lookup
      for (char c; j < len && (Character.isLetter(c = low.charAt(j)) || c == '-'); j++) {
        hash = 31 * hash + c;
      }
      int word = j - i >= MIN_APPEAL_WORD_CHARS ? APPEAL_WORDS.get(low, i, j, hash, -1) : -1;
      if (word >= 0) {
        if (seen == null) {
          seen = new BitSet();
        }
        seen.set(word);
      }
      i = j;
    }
    return seen == null ? 0 : seen.cardinality();
  }

  /** {@link Lexicon#APPEAL_WORDS} and {@link Lexicon#STRONG_APPEAL_WORDS}, looked up by token span. */
  private static final WordTable APPEAL_WORDS = indexed(Lexicon.APPEAL_WORDS);
  private static final WordTable STRONG_APPEAL_WORDS = indexed(Lexicon.STRONG_APPEAL_WORDS);

  private static WordTable indexed(Set<String> words) {
    Map<String, Integer> index = new HashMap<>();
    for (String w : words) {
      index.put(w, index.size());
    }
    return new WordTable(index);
  }

  private static final Pattern BIO = Pattern.compile(
      "^(?:\\p{Lu}[\\p{L}'’.\\-]+\\s){1,3}(?:is|was|has been|writes|covers|joined|is currently)\\b.{0,200}"
          + "\\b(?i:reporter|writer|editor|journalist|correspondent|author|contributor|columnist|founder|"
          + "consultant|producer|host|freelancer?|intern|analyst|blogger|photographer|fellow|professor)\\b.*",
      Pattern.UNICODE_CHARACTER_CLASS | Pattern.DOTALL);

  /** "Jane Doe is a reporter for ..." after the article. */
  public static boolean isAuthorBio(Line l) {
    return l.words <= MAX_BIO_WORDS && mayBeBio(l.text) && mayNameRole(l) && BIO.matcher(l.text).matches();
  }

  /** {@link #BIO}'s roles, "freelancer?" as "freelance". */
  private static final String[] BIO_ROLES = {"reporter", "writer", "editor", "journalist", "correspondent", "author",
    "contributor", "columnist", "founder", "consultant", "producer", "host", "freelance", "intern", "analyst",
    "blogger", "photographer", "fellow", "professor"};

  /**
   * One of BIO's roles in the lower-cased line, or a character that its case-insensitive match folds to an
   * ASCII letter (İ, ı, ſ, Kelvin K: the only ones), which lower-casing does not: "It is ..." and "He was ..."
   * pass {@link #mayBeBio}, and BIO would try every role at every position of them.
   */
  private static boolean mayNameRole(Line l) {
    for (String r : BIO_ROLES) {
      if (l.lower.contains(r)) {
        return true;
      }
    }
    String t = l.text;
    return t.indexOf('\u0130') >= 0 || t.indexOf('\u0131') >= 0 || t.indexOf('\u017f') >= 0 || t.indexOf('\u212a') >= 0;
  }

  private static final String[] BIO_VERBS = {"is", "was", "has been", "writes", "covers", "joined"};

  /**
   * What {@link #BIO} needs first, without a matcher: a capital letter, then one of its verbs after one of the
   * first three spaces (any white space counts, so no line that BIO matches fails here). Few lines pass.
   */
  private static boolean mayBeBio(String t) {
    if (t.isEmpty() || Character.getType(t.codePointAt(0)) != Character.UPPERCASE_LETTER) {
      return false;
    }
    int spaces = 0;
    for (int i = 0; i < t.length() && spaces < 3; i++) {
      char c = t.charAt(i);
      // printable ASCII other than ' ' is never white space: most characters need no lookup
      if (c == ' ' || ((c < '!' || c > '~') && (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085'))) {
        spaces++;
        for (String v : BIO_VERBS) {
          if (t.startsWith(v, i + 1)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** "A message from ...", "Dear readers": the start of a donation or subscription appeal. */
  public static boolean isAppealHeading(Line l) {
    String lb = l.label;
    return lb.startsWith("a message") || lb.startsWith("a note") || lb.startsWith("dear reader")
        || lb.startsWith("support") || lb.startsWith("before you go") || lb.startsWith("thank");
  }

  /**
   * The blurb of a sign-up box ("Get the latest news and updates on ... and more!") under its heading
   * ("Sign up for e-mail newsletters"), which the appeal words mark while the blurb has none.
   */
  static boolean underSignUpHeading(List<Line> lines, int i) {
    int k = NearbyLines.nearbyLine(lines, i, -1, SIGN_UP_HEADING_REACH);
    return k >= 0 && lines.get(k).noise && lines.get(k).words <= MAX_SIGN_UP_HEADING_WORDS && isAppeal(lines.get(k));
  }
}
