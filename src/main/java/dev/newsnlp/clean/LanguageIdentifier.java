package dev.newsnlp.clean;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
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
    Language lang = Holder.DETECTOR.detectLanguageOf(sample);
    if (lang == Language.UNKNOWN) {
      return UNDETERMINED;
    }
    return lang.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
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
