package dev.newsnlp.annotate;

import java.io.Serializable;
import java.util.Properties;

/**
 * What CoreNLP runs. Serializable and small, so a DoFn carries it and builds (or borrows) the heavy pipeline
 * from {@link CoreNlpHolder} on the worker.
 *
 * @param quoteMode how quotations are found and attributed, or not at all
 * @param nerMode which NER configuration runs (see {@link NerSettings})
 * @param maxSentenceTokens sentences longer than this are skipped by the tagger, NER and parsers
 */
public record NlpConfig(QuoteMode quoteMode, NerMode nerMode, int maxSentenceTokens) implements Serializable {

  /** The defaults of the command line. */
  public NlpConfig(QuoteMode quoteMode, NerMode nerMode) {
    this(quoteMode, nerMode, 500);
  }

  /** Quote extraction and attribution. */
  public enum QuoteMode {
    /** No quotes: NER alone, the cheapest chain. */
    none,
    /** CoreNLP's own quote annotator (built for novels; needs dependency parse and coreference). */
    corenlp,
    /**
     * The news attributor ({@code annotate.quotes.NewsQuoteAttributor}): speech-verb, "according to" and
     * paragraph-continuation sieves over tokens, POS, lemmas and NER; no parse, no coreference.
     */
    news
  }

  /** NER configurations; see {@link NerSettings} for what each sets and docs/NER.md for how they measure. */
  public enum NerMode {
    /** CoreNLP's CoNLL 4-class CRF with document-level person-name consistency (the default). */
    accurate,
    /** CoreNLP's CoNLL 4-class CRF alone. */
    fast,
    /** CoreNLP's default English NER (3 CRFs, SUTime, numbers, fine-grained types): slowest, dates and numbers too. */
    standard
  }

  /** The annotator chain, in CoreNLP's order. */
  public String annotators() {
    String base = NerSettings.annotators(nerMode, quoteMode != QuoteMode.none);
    return switch (quoteMode) {
      case none, news -> base;
      case corenlp -> base + ",depparse,coref,quote";
    };
  }

  /**
   * Whether one pipeline object can serve several threads at once. CoreNLP's quote attributor keeps
   * per-document state in a field (wrong speakers or an NPE under concurrency), so quote pipelines are
   * leased to one thread at a time.
   */
  boolean threadSafe() {
    return quoteMode != QuoteMode.corenlp;
  }

  /** CoreNLP properties; {@code instanceId} separates quote annotators, which CoreNLP would otherwise share. */
  Properties toProperties(int instanceId) {
    Properties p = new Properties();
    p.setProperty("annotators", annotators());
    // Every line break ends a sentence: dump text is never hard-wrapped (a line is a paragraph, a title, a
    // byline or a list item), so a title or byline line never runs into the next line's sentence.
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    NerSettings.apply(p, nerMode);
    // A 20,000-token "sentence" (a table of numbers) would cost minutes and gigabytes; such sentences are
    // skipped by the sequence models and parsers instead.
    String maxLen = String.valueOf(maxSentenceTokens);
    p.setProperty("pos.maxlen", maxLen);
    p.setProperty("ner.maxlen", maxLen);
    p.setProperty("parse.maxlen", maxLen);
    if (quoteMode == QuoteMode.corenlp) {
      p.setProperty("coref.algorithm", "statistical");
      p.setProperty("quote.instanceId", "newsnlp-" + instanceId);
    }
    return p;
  }

  /** The CoreNLP properties of this configuration, e.g. for CoreNLP's command line (tools.CoreNlpProperties). */
  public Properties coreNlpProperties() {
    return toProperties(0);
  }

  /** Identifies equal configurations in the holder. */
  String key() {
    return toProperties(0).toString();
  }
}
