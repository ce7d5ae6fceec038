package dev.newsnlp.annotate;

import java.io.Serializable;
import java.util.Properties;

/**
 * What CoreNLP runs. Serializable and small, so a DoFn carries it and builds (or borrows) the heavy pipeline
 * from {@link CoreNlpHolder} on the worker.
 *
 * @param quotes run quote extraction and attribution (CoreNLP's quote annotator, which needs depparse and
 *     coref); false runs the cheap NER-only chain
 */
public record NlpConfig(boolean quotes) implements Serializable {

  /** The annotator chain, in CoreNLP's order. */
  public String annotators() {
    return quotes
        ? "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote"
        : "tokenize,ssplit,pos,lemma,ner";
  }

  /**
   * Whether one pipeline object can serve several threads at once. CoreNLP's quote attributor keeps
   * per-document state in a field (wrong speakers or an NPE under concurrency), so quote pipelines are
   * leased to one thread at a time.
   */
  boolean threadSafe() {
    return !quotes;
  }

  /** CoreNLP properties; {@code instanceId} separates quote annotators, which CoreNLP would otherwise share. */
  Properties toProperties(int instanceId) {
    Properties p = new Properties();
    p.setProperty("annotators", annotators());
    // Paragraphs (blank lines) end sentences: a title line never runs into the first body sentence.
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    if (quotes) {
      p.setProperty("coref.algorithm", "statistical");
      p.setProperty("quote.instanceId", "newsnlp-" + instanceId);
    }
    return p;
  }

  /** Identifies equal configurations in the holder. */
  String key() {
    return annotators() + "|" + toProperties(0);
  }
}
