package dev.newsnlp.launch;

import dev.newsnlp.annotate.CoreNlpHolder;
import dev.newsnlp.annotate.NlpConfig;
import dev.newsnlp.clean.CleanerMode;
import dev.newsnlp.clean.LanguageIdentifier;
import dev.newsnlp.clean.PageCleaner;
import dev.newsnlp.options.NlpPipelineOptions;
import dev.newsnlp.options.StageSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the workers are this JVM, starts loading the models the options need (the cleaner's, the language
 * detector's, CoreNLP's, in the order pages need them) while Beam starts and the first files are read, rather
 * than when the first page needs them.
 */
final class ModelWarmUp {
  private static final Logger LOG = LoggerFactory.getLogger(ModelWarmUp.class);
  /** When the loading started and ended (epoch milliseconds; 0: not started, not ended or failed). */
  private static volatile long started;
  private static volatile long ready;

  /** Forgets an earlier run's loading (the launcher calls it as a run starts). */
  static void reset() {
    started = 0;
    ready = 0;
  }

  static long startedMillis() {
    return started;
  }

  static long readyMillis() {
    return ready;
  }

  static void start(NlpPipelineOptions options) {
    NlpConfig config = StageSettings.nlpConfig(options);
    boolean languages = !StageSettings.languages(options).isEmpty();
    boolean learnedCleaner = options.getClean() && options.getCleaner() == CleanerMode.learned;
    started = System.currentTimeMillis();
    Thread loader = new Thread(() -> {
      try {
        if (learnedCleaner) {
          PageCleaner.loadDumpModel();
        }
        if (languages) {
          LanguageIdentifier.detect("The models are loaded while the pipeline starts, not when the first page needs them.");
        }
        CoreNlpHolder.warmUp(config);
        ready = System.currentTimeMillis();
      } catch (RuntimeException e) {
        // The first page meets the same error and records it as a failure; nothing to do here.
        LOG.debug("Model warm-up failed: {}", e.toString());
      }
    }, "newsnlp-model-warmup");
    loader.setDaemon(true);
    loader.start();
  }

  private ModelWarmUp() {}
}
