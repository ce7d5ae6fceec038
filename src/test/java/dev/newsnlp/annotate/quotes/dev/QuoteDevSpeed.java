package dev.newsnlp.annotate.quotes.dev;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Development tool, not part of the product: single-thread annotation speed of the quote chains on the same
 * documents, in one JVM, one chain after the other (models loaded before timing). Usage:
 * {@code QuoteDevSpeed docs.jsonl chain...} with chains news, news-fastner, corenlp, corenlp-fastner.
 * "fastner" is the cheaper NER of STACK.md (no SUTime, numeric classifiers or fine-grained regexner), which
 * is what a faster --ner mode would give; it is not a pipeline option on this branch.
 */
public final class QuoteDevSpeed {
  static final String NEWS = "tokenize,ssplit,pos,lemma,ner";
  static final String CORENLP = NEWS + ",depparse,coref,quote";

  static Properties props(String annotators, boolean fastNer) {
    Properties p = new Properties();
    p.setProperty("annotators", annotators);
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    if (fastNer) {
      p.setProperty("ner.useSUTime", "false");
      p.setProperty("ner.applyNumericClassifiers", "false");
      p.setProperty("ner.applyFineGrained", "false");
    }
    if (annotators.contains("coref")) {
      p.setProperty("coref.algorithm", "statistical");
    }
    return p;
  }

  public static void main(String[] args) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<String> texts = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[0]))) {
      texts.add(json.readTree(line).get("text").asText());
    }
    for (int a = 1; a < args.length; a++) {
      String chain = args[a];
      StanfordCoreNLP p = new StanfordCoreNLP(props(chain.startsWith("news") ? NEWS : CORENLP, chain.endsWith("fastner")));
      p.annotate(new Annotation("Warm-up: “We are ready,” Ann Lee said."));
      long tokens = 0;
      long t0 = System.nanoTime();
      for (String text : texts) {
        Annotation doc = new Annotation(text);
        p.annotate(doc);
        tokens += doc.get(CoreAnnotations.TokensAnnotation.class).size();
      }
      double s = (System.nanoTime() - t0) / 1e9;
      System.out.printf("%-16s %d docs %d tokens %.1f s  %.3f docs/s  %.0f tokens/s%n", chain, texts.size(), tokens, s,
          texts.size() / s, tokens / s);
    }
  }
}
