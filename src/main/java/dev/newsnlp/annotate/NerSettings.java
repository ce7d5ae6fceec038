package dev.newsnlp.annotate;

import java.util.Properties;

/** CoreNLP NER properties for each {@link NlpConfig.NerMode}. */
final class NerSettings {
  static void apply(Properties p, NlpConfig.NerMode mode) {
    switch (mode) {
      case standard -> {
        // CoreNLP's defaults: 3 CRF models, SUTime, numeric classifiers, fine-grained regexner.
      }
    }
  }

  private NerSettings() {}
}
