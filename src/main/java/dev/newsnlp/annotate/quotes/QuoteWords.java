package dev.newsnlp.annotate.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The attributor's word lists, read once per JVM from {@code src/main/resources/dev/newsnlp/annotate/quotes/words/}
 * (one word a line, {@code #} comments). Each list says in its own header what it is for.
 */
public final class QuoteWords {
  private static final String DIR = "dev/newsnlp/annotate/quotes/words/";

  /** Lemmas of verbs that report speech or writing. */
  public static final Set<String> SPEECH_LEMMAS = load("speech-lemmas");
  /** Inflected forms that count whatever the tagger said. */
  public static final Set<String> SPEECH_FORMS = load("speech-forms");
  /** Speech lemmas that need the quote right there to count. */
  public static final Set<String> WEAK_SPEECH_LEMMAS = load("weak-speech-lemmas");
  /** Reporting verbs proper, which govern a speech verb embedded after them. */
  public static final Set<String> CORE_SPEECH_LEMMAS = load("core-speech-lemmas");
  /** Verbs whose past participle names ("a group called …"), not speech. */
  public static final Set<String> NAMING_LEMMAS = load("naming-lemmas");
  public static final Set<String> PRONOUNS = load("pronouns");
  public static final Set<String> TEMPORAL_NOUNS = load("temporal-nouns");
  public static final Set<String> AUXILIARIES = load("auxiliaries");
  public static final Set<String> ORGANISATION_NOUNS = load("organisation-nouns");
  public static final Set<String> PERSON_NOUNS = load("person-nouns");
  /** Organisation nouns a definite description refers back with ("the company", "the website"). */
  public static final Set<String> INSTITUTION_NOUNS = load("institution-nouns");
  /** Nouns that introduce a quoted name or title ("the film", "the slogan"). */
  public static final Set<String> TITLE_NOUNS = load("title-nouns");
  /** Verbs whose object is a work or product ("watched “Frozen”", "listen to “Glasgow”"). */
  public static final Set<String> WORK_LEMMAS = load("work-lemmas");
  /** Things that carry words and say them themselves ("a sign saying …"). */
  public static final Set<String> TEXT_NOUNS = load("text-nouns");
  /** What someone said or wrote ("claim", "response"): its owner speaks ("Trump's claim that …"). */
  public static final Set<String> SPEECH_NOUNS = load("speech-nouns");

  static Set<String> load(String name) {
    String path = DIR + name + ".txt";
    try (InputStream in = QuoteWords.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing word list " + path);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word list " + path, e);
    }
  }

  /** Non-blank lines that are not comments, trimmed and lower-cased; a repeated word counts once. */
  static Set<String> parse(BufferedReader lines) throws IOException {
    Set<String> words = new LinkedHashSet<>();
    String line;
    while ((line = lines.readLine()) != null) {
      String w = line.strip();
      if (!w.isEmpty() && !w.startsWith("#")) {
        words.add(w.toLowerCase(Locale.ROOT));
      }
    }
    return Set.copyOf(words);
  }

  private QuoteWords() {}
}
