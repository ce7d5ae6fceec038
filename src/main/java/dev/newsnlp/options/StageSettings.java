package dev.newsnlp.options;

import dev.newsnlp.annotate.NlpConfig;
import java.util.Set;

/** Turns flags into the settings the stages take, where one flag is shorthand for another. */
public final class StageSettings {

  /**
   * {@code --quoteAttribution} is the setting; {@code --quotes=false}, which scheduled jobs still pass, is
   * its synonym for {@code none} and wins over it.
   */
  public static NlpConfig.QuoteMode quoteMode(NlpPipelineOptions options) {
    return options.getQuotes() ? options.getQuoteAttribution() : NlpConfig.QuoteMode.none;
  }

  public static NlpConfig nlpConfig(NlpPipelineOptions options) {
    return new NlpConfig(quoteMode(options), options.getNer(), options.getMaxSentenceTokens());
  }

  /** The ISO 639-1 codes of {@code --languages}; empty for {@code any}, which keeps every page. */
  public static Set<String> languages(NlpPipelineOptions options) {
    String list = options.getLanguages();
    if (list == null || list.isBlank() || list.equalsIgnoreCase("any")) {
      return Set.of();
    }
    return Set.of(list.toLowerCase().split("\\s*,\\s*"));
  }

  private StageSettings() {}
}
