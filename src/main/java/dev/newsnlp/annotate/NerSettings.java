package dev.newsnlp.annotate;

import dev.newsnlp.annotate.ner.NameConsistencyAnnotator;
import java.util.Properties;

/**
 * CoreNLP NER annotators and properties for each {@link NlpConfig.NerMode}. Measured on CoNLL-2003 DEV
 * (exact-span F1) with tokens/s, in docs/NER.md.
 */
final class NerSettings {
  /** CoreNLP's CoNLL-2003 4-class CRF (PERSON, LOCATION, ORGANIZATION, MISC), trained on CoNLL train only. */
  static final String CONLL_MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  /**
   * The annotators up to and including NER mentions. {@code withPos}: a later annotator (dependency parse,
   * quotes) needs POS tags and lemmas, which the accurate and fast modes do not need for themselves.
   */
  static String annotators(NlpConfig.NerMode mode, boolean withPos) {
    String front = withPos || mode == NlpConfig.NerMode.standard ? "tokenize,ssplit,pos,lemma" : "tokenize,ssplit";
    return switch (mode) {
      case standard, fast -> front + ",ner";
      case accurate -> front + ",ner," + NameConsistencyAnnotator.NAME;
    };
  }

  static void apply(Properties p, NlpConfig.NerMode mode) {
    // The CRF otherwise adds every lower-case word it sees to its known-word set, so a document's labels
    // depend on which documents the JVM annotated before (CoreNLP issues #83, #669). 0 keeps runs repeatable.
    p.setProperty("maxAdditionalKnownLCWords", "0");
    switch (mode) {
      case standard -> {
        // CoreNLP's defaults: 3 CRF models, SUTime, numeric classifiers, fine-grained regexner.
      }
      case fast, accurate -> {
        p.setProperty("ner.model", CONLL_MODEL);
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.applyFineGrained", "false");
        if (mode == NlpConfig.NerMode.accurate) {
          // The name rules fix token tags, then build the mentions themselves (instead of ner).
          p.setProperty("ner.buildEntityMentions", "false");
          p.setProperty("customAnnotatorClass." + NameConsistencyAnnotator.NAME,
              NameConsistencyAnnotator.class.getName());
        }
      }
    }
  }

  private NerSettings() {}
}
