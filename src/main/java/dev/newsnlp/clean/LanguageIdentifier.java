package dev.newsnlp.clean;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import dev.newsnlp.clean.evidence.LineEvidence;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Language of a text as an ISO 639-1 code, or {@code "und"} when unsure or the text is too short.
 *
 * <p>Uses lingua with a dozen common languages in low-accuracy mode (trigram models only; enough for
 * article-length text and much lighter on memory). The detector is built once per JVM on first use (lazy
 * holder) and is thread-safe. Only the first {@value #MAX_CHARS} characters are looked at: a paragraph or two of
 * article text is plenty for a dozen languages, and detection is linear in the sample (at 3,000 characters it
 * was a tenth of a NER-only run's CPU).
 */
public final class LanguageIdentifier {
  /** Characters of input considered. */
  public static final int MAX_CHARS = 1200;
  /** Fewer letters than this gives "und". */
  static final int MIN_LETTERS = 20;
  public static final String UNDETERMINED = "und";

  private LanguageIdentifier() {}

  private static final class Holder {
    static final LanguageDetector DETECTOR = LanguageDetectorBuilder.fromLanguages(
            Language.ENGLISH, Language.GERMAN, Language.FRENCH, Language.SPANISH, Language.ITALIAN,
            Language.PORTUGUESE, Language.DUTCH, Language.RUSSIAN, Language.ARABIC, Language.CHINESE,
            Language.JAPANESE, Language.TURKISH)
        .withLowAccuracyMode()
        .withMinimumRelativeDistance(0.05)
        .build();
  }

  /** ISO 639-1 code ("en", "de", ...) of the text, or "und". */
  public static String detect(@Nullable String text) {
    if (text == null) {
      return UNDETERMINED;
    }
    String sample = sample(text);
    int letters = 0;
    for (int i = 0; i < sample.length() && letters < MIN_LETTERS; i++) {
      if (Character.isLetter(sample.charAt(i))) {
        letters++;
      }
    }
    if (letters < MIN_LETTERS) {
      return UNDETERMINED;
    }
    if (StopWordVote.of(sample).clearlyEnglish()) {
      return "en";
    }
    return lingua(sample);
  }

  /**
   * Stop-word evidence of a sample, the cheap first look: most pages are plainly English, and for them the
   * share of English function words settles it without the trigram model (which cost about a tenth of a
   * NER-only run). Only a clear case is decided here; every other sample goes to lingua, which stays the
   * judge of short, mixed, non-Latin and non-English text.
   *
   * <p>The thresholds were set so that the vote agrees with lingua on every text it decides, on the
   * training pages' cleaned texts, and checked on the other sets (docs/PERFORMANCE.md, "Language
   * identification").
   */
  public static final class StopWordVote {
    /** Fewer words than this are left to lingua. */
    static final int MIN_WORDS = 40;
    /** English function words make a quarter or more of English prose. */
    static final double MIN_ENGLISH_SHARE = 0.22;
    /** Another language's own stop words (not also English ones) at most this share of the words. */
    static final double MAX_OTHER_SHARE = 0.02;
    /** Letters of a script other than Latin at most this share of the letters. */
    static final double MAX_NON_LATIN_SHARE = 0.01;

    private static final Set<String> ENGLISH = LineEvidence.stopWords("en");
    private static final List<Set<String>> OTHERS = LineEvidence.stopWordLanguages().stream()
        .filter(l -> !l.equals("en"))
        .map(LineEvidence::stopWords)
        .toList();

    public final int words;
    public final double english;
    public final double other;
    public final double nonLatin;

    private StopWordVote(int words, double english, double other, double nonLatin) {
      this.words = words;
      this.english = english;
      this.other = other;
      this.nonLatin = nonLatin;
    }

    static StopWordVote of(String sample) {
      int words = 0;
      int english = 0;
      int[] others = new int[OTHERS.size()];
      int letters = 0;
      int nonLatin = 0;
      int n = sample.length();
      int i = 0;
      while (i < n) {
        char c = sample.charAt(i);
        if (!Character.isLetter(c)) {
          i++;
          continue;
        }
        int a = i;
        while (i < n && (Character.isLetter(sample.charAt(i)) || sample.charAt(i) == '\'')) {
          char d = sample.charAt(i);
          if (Character.isLetter(d)) {
            letters++;
            if (d >= 0x250 && Character.UnicodeScript.of(d) != Character.UnicodeScript.LATIN) {
              nonLatin++;
            }
          }
          i++;
        }
        String w = sample.substring(a, i).toLowerCase(Locale.ROOT);
        words++;
        if (ENGLISH.contains(w)) {
          english++;
        } else {
          for (int k = 0; k < others.length; k++) {
            others[k] += OTHERS.get(k).contains(w) ? 1 : 0;
          }
        }
      }
      int other = 0;
      for (int o : others) {
        other = Math.max(other, o);
      }
      return words == 0 ? new StopWordVote(0, 0, 0, 0)
          : new StopWordVote(words, (double) english / words, (double) other / words,
              letters == 0 ? 0 : (double) nonLatin / letters);
    }

    public boolean clearlyEnglish() {
      return words >= MIN_WORDS && english >= MIN_ENGLISH_SHARE && other <= MAX_OTHER_SHARE
          && nonLatin <= MAX_NON_LATIN_SHARE;
    }
  }

  /** The stop-word vote on the sample {@link #detect} reads (for the agreement check). */
  public static StopWordVote vote(String text) {
    return StopWordVote.of(sample(text));
  }

  /** What lingua alone says of the sample {@link #detect} reads (the judge the vote is checked against). */
  public static String detectWithLingua(String text) {
    return lingua(sample(text));
  }

  private static String lingua(String sample) {
    Language lang = Holder.DETECTOR.detectLanguageOf(sample);
    return lang == Language.UNKNOWN ? UNDETERMINED : lang.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
  }

  private static String sample(String text) {
    if (text.length() <= MAX_CHARS) {
      return text;
    }
    int cut = MAX_CHARS;
    while (cut > MAX_CHARS - 200 && !Character.isWhitespace(text.charAt(cut))) {
      cut--;
    }
    return text.substring(0, cut);
  }
}
