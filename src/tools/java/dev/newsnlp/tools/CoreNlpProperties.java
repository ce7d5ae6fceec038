package dev.newsnlp.tools;

import dev.newsnlp.annotate.NlpConfig;
import java.util.TreeMap;

/**
 * Prints the CoreNLP properties the pipeline uses for an NER mode (and quote mode), as a properties file for
 * CoreNLP's own command line, so both run exactly the same annotators and settings (scripts/bench-ner.sh).
 *
 * <pre>java -cp 'target/classes:target/test-classes:target/lib/*' dev.newsnlp.tools.CoreNlpProperties accurate [none|corenlp]</pre>
 */
public final class CoreNlpProperties {
  public static void main(String[] args) {
    NlpConfig.NerMode ner = NlpConfig.NerMode.valueOf(args.length > 0 ? args[0] : "accurate");
    NlpConfig.QuoteMode quotes = NlpConfig.QuoteMode.valueOf(args.length > 1 ? args[1] : "none");
    new TreeMap<>(new NlpConfig(quotes, ner).coreNlpProperties())
        .forEach((k, v) -> System.out.println(k + " = " + v));
  }

  private CoreNlpProperties() {}
}
