package dev.newsnlp.annotate.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.newsnlp.annotate.AnnotationConverter;
import dev.newsnlp.annotate.CoreNlpHolder;
import dev.newsnlp.annotate.NlpConfig;
import dev.newsnlp.annotate.quotes.sieves.Sieve;
import edu.stanford.nlp.pipeline.Annotation;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Documents for sieve tests: annotated by the news chain with the default NER (the pipeline is built once per
 * JVM by {@link CoreNlpHolder} and shared by every test class), quotes looked up by their first words, and
 * speakers set by hand where a sieve builds on what earlier sieves found.
 */
public final class QuoteFixtures {
  private static final NlpConfig NEWS = new NlpConfig(NlpConfig.QuoteMode.news, NlpConfig.NerMode.accurate);

  public static QuoteDocument doc(String text) {
    Annotation a = new Annotation(text);
    try (CoreNlpHolder.Lease lease = CoreNlpHolder.lease(NEWS)) {
      lease.pipeline().annotate(a);
    }
    return new QuoteDocument(text, QuoteToken.of(a), AnnotationConverter.mentions(a, text));
  }

  /** The index of the quote whose text starts with {@code startsWith} (marks included). */
  public static int quote(QuoteDocument doc, String startsWith) {
    for (int q = 0; q < doc.quotes().size(); q++) {
      QuoteFinder.Segment s = doc.quotes().get(q);
      if (doc.text().substring(s.start(), s.end()).startsWith(startsWith)) {
        return q;
      }
    }
    throw new AssertionError("no quote starting with " + startsWith + " in " + doc.text());
  }

  /** What the sieve finds for the quote starting with {@code quoteStart}, with no speakers found before it. */
  public static @Nullable Speaker find(Sieve sieve, QuoteDocument doc, String quoteStart) {
    return sieve.find(doc, none(doc), quote(doc, quoteStart));
  }

  /** The speaker's words as written, or null. */
  public static @Nullable String written(QuoteDocument doc, @Nullable Speaker s) {
    return s == null ? null : doc.text().substring(doc.token(s.start()).begin(), doc.token(s.end() - 1).end());
  }

  /** Asserts that a sieve found {@code written} (as written in the text) and named itself {@code sieve}. */
  public static void assertFound(QuoteDocument doc, @Nullable Speaker s, String written, String sieve) {
    assertNotNull(s, "no speaker found, expected " + written);
    assertEquals(written, written(doc, s));
    assertEquals(sieve, s.sieve());
  }

  /** No speakers found yet. */
  public static Speakers none(QuoteDocument doc) {
    return new Speakers(doc.quotes().size());
  }

  /** Speakers where quote q has the one-word speaker {@code word} (its first occurrence), found by {@code sieve}. */
  public static Speakers with(QuoteDocument doc, Speakers found, int q, String word, String sieve) {
    for (int i = 0; i < doc.size(); i++) {
      if (doc.token(i).word().equals(word)) {
        found.set(q, new Speaker(i, i + 1, i, sieve));
        return found;
      }
    }
    throw new AssertionError("no token " + word);
  }

  private QuoteFixtures() {}
}
