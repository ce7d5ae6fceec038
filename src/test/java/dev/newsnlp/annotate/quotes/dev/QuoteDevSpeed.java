package dev.newsnlp.annotate.quotes.dev;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsnlp.annotate.NlpConfig;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Development tool, not part of the product: single-thread annotation speed of quote chains on the same
 * documents, in one JVM, one chain after the other (models loaded before timing), with the pipeline's own
 * CoreNLP properties. Usage: {@code QuoteDevSpeed docs.jsonl quoteMode:nerMode...}, e.g.
 * {@code news:accurate corenlp:accurate news:standard corenlp:standard}.
 */
public final class QuoteDevSpeed {
  public static void main(String[] args) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<String> texts = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[0]))) {
      texts.add(json.readTree(line).get("text").asText());
    }
    for (int a = 1; a < args.length; a++) {
      String[] modes = args[a].split(":");
      NlpConfig config = new NlpConfig(NlpConfig.QuoteMode.valueOf(modes[0]), NlpConfig.NerMode.valueOf(modes[1]));
      StanfordCoreNLP p = new StanfordCoreNLP(config.coreNlpProperties());
      p.annotate(new Annotation("Warm-up: “We are ready,” Ann Lee said."));
      long tokens = 0;
      long t0 = System.nanoTime();
      for (String text : texts) {
        Annotation doc = new Annotation(text);
        p.annotate(doc);
        tokens += doc.get(CoreAnnotations.TokensAnnotation.class).size();
      }
      double s = (System.nanoTime() - t0) / 1e9;
      System.out.printf("%-18s %d docs %d tokens %.1f s  %.3f docs/s  %.0f tokens/s%n", args[a], texts.size(), tokens,
          s, texts.size() / s, tokens / s);
    }
  }
}
