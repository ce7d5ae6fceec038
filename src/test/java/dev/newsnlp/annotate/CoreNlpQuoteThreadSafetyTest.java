package dev.newsnlp.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * CoreNLP's quote attributor keeps per-document state in a field and CoreNLP shares annotators JVM-wide by
 * their properties: used from several threads at once it silently gives wrong speakers or throws. The holder
 * lends each thread its own pipeline (own quote.instanceId). Different documents annotated in parallel must
 * give the same quotes and speakers as each annotated alone (a race between copies of one document would
 * not show: they would write the same state).
 */
class CoreNlpQuoteThreadSafetyTest {
  private static final String TEXT = "Port workers in Eastbay ended their strike on Tuesday.\n\n"
      + "\"We got the overtime deal we asked for,\" said union leader Maria Costa.\n\n"
      + "The port's director, Henrik Lund, said the deal was fair. \"Ships will be unloaded again tonight,\" "
      + "Lund told reporters.\n\n"
      + "Costa added that members would vote on the agreement next week. \"Nobody wanted this to last,\" she said.";

  /** Different speakers and lengths in each, so shared state would show in the results. */
  private static final String[] DOCS = {
    TEXT,
    "The museum will reopen in May, its director said on Monday.\n\n"
        + "\"The roof is finally fixed,\" said Agnes Moreau, who has run the museum since 2019.\n\n"
        + "City councillor Tomas Vik welcomed the news. \"Families have waited long enough,\" Vik said.",
    "\"Prices will keep rising this winter,\" warned economist Peter Okonkwo in an interview.\n\n"
        + "The central bank disagreed. Its governor, Lina Berg, said inflation would ease by spring. "
        + "\"We see the peak behind us,\" Berg said.\n\n\"I hope she is right,\" Okonkwo added.",
    "Farmers blocked the highway near Riverton for six hours on Sunday.\n\n"
        + "\"We cannot sell milk below what it costs us,\" said Jonas Feld, who keeps 90 cows.\n\n"
        + "Police chief Sara Lindqvist said nobody was hurt. \"The protest was peaceful,\" Lindqvist said."
  };

  private static String speakers(AnnotatedText a) {
    StringBuilder s = new StringBuilder();
    for (QuoteSpan q : a.quotes()) {
      s.append(q.start()).append('-').append(q.end()).append('=').append(q.speaker()).append('/')
          .append(q.canonicalSpeaker()).append(';');
    }
    return s.toString();
  }

  @Test
  void parallelAnnotationGivesTheSameSpeakers() throws Exception {
    TextAnnotator annotator = new TextAnnotator(new NlpConfig(NlpConfig.QuoteMode.corenlp, NlpConfig.NerMode.accurate));
    List<String> alone = new ArrayList<>();
    for (String doc : DOCS) {
      alone.add(speakers(annotator.annotate(doc)));
    }
    assertTrue(alone.get(0).contains("Costa") && alone.get(0).contains("Lund"), "CoreNLP attributes quotes: " + alone);

    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 24; i++) {
        String doc = DOCS[i % DOCS.length];
        results.add(pool.submit(() -> speakers(annotator.annotate(doc))));
      }
      for (int i = 0; i < results.size(); i++) {
        assertEquals(alone.get(i % DOCS.length), results.get(i).get(), "parallel run " + i + " differs from its lone run");
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
