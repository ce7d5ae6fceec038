package dev.newsnlp.annotate.quotes.dev;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsnlp.annotate.MentionSpan;
import dev.newsnlp.annotate.quotes.NewsQuoteAttributor;
import dev.newsnlp.annotate.quotes.QuoteToken;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Development tool, not part of the product: the attributor's own time, JIT warm. Loads the tokens cached by
 * {@link QuoteDevCache} once and runs {@link NewsQuoteAttributor} over all documents {@code passes} times,
 * printing each pass in ms (compare the last passes of old and new code, run alternately). Usage:
 * {@code QuoteDevBench texts.jsonl cache.jsonl [passes]}.
 */
public final class QuoteDevBench {
  public static void main(String[] args) throws Exception {
    ObjectMapper json = new ObjectMapper();
    Map<String, String> texts = new HashMap<>();
    for (String line : Files.readAllLines(Path.of(args[0]))) {
      JsonNode d = json.readTree(line);
      texts.put(d.get("id").asText(), d.get("text").asText());
    }
    List<String> docTexts = new ArrayList<>();
    List<List<QuoteToken>> docTokens = new ArrayList<>();
    List<List<MentionSpan>> docMentions = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[1]))) {
      JsonNode d = json.readTree(line);
      String text = texts.get(d.get("id").asText());
      List<QuoteToken> toks = QuoteDevCache.tokens(d);
      List<MentionSpan> mentions = QuoteDevCache.mentions(d, text);
      docTexts.add(text);
      docTokens.add(toks);
      docMentions.add(mentions);
    }
    int passes = args.length > 2 ? Integer.parseInt(args[2]) : 16;
    StringBuilder out = new StringBuilder();
    for (int pass = 0; pass < passes; pass++) {
      long t0 = System.nanoTime();
      for (int i = 0; i < docTexts.size(); i++) {
        NewsQuoteAttributor.attribute(docTexts.get(i), docTokens.get(i), docMentions.get(i));
      }
      out.append(String.format("%.0f ", (System.nanoTime() - t0) / 1e6));
    }
    System.out.println(out.toString().strip());
  }

  private QuoteDevBench() {}
}
