package dev.newsnlp.options;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsnlp.annotate.NlpConfig.QuoteMode;
import java.util.Set;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;

/** --quotes=false is shorthand for --quoteAttribution=none; --languages=any keeps every language. */
class StageSettingsTest {
  private static NlpPipelineOptions parse(String... flags) {
    return PipelineOptionsFactory.fromArgs(flags).as(NlpPipelineOptions.class);
  }

  @Test
  void quoteAttributionDecidesUnlessQuotesIsFalse() {
    assertEquals(QuoteMode.news, StageSettings.quoteMode(parse()));
    assertEquals(QuoteMode.corenlp, StageSettings.quoteMode(parse("--quoteAttribution=corenlp")));
    assertEquals(QuoteMode.none, StageSettings.quoteMode(parse("--quoteAttribution=none")));
    assertEquals(QuoteMode.none, StageSettings.quoteMode(parse("--quotes=false")));
    assertEquals(QuoteMode.none, StageSettings.quoteMode(parse("--quotes=false", "--quoteAttribution=corenlp")));
    assertEquals(QuoteMode.corenlp, StageSettings.quoteMode(parse("--quotes=true", "--quoteAttribution=corenlp")));
  }

  @Test
  void theSynonymsGiveTheSameAnnotatorChain() {
    assertEquals(StageSettings.nlpConfig(parse("--quoteAttribution=none")).annotators(),
        StageSettings.nlpConfig(parse("--quotes=false")).annotators());
  }

  @Test
  void languagesAreCodesOrAny() {
    assertEquals(Set.of("en"), StageSettings.languages(parse()));
    assertEquals(Set.of("en", "de"), StageSettings.languages(parse("--languages=EN, de")));
    assertEquals(Set.of(), StageSettings.languages(parse("--languages=any")));
  }
}
