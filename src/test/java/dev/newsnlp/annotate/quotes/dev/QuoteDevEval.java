package dev.newsnlp.annotate.quotes.dev;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsnlp.annotate.MentionSpan;
import dev.newsnlp.annotate.QuoteSpan;
import dev.newsnlp.annotate.quotes.NewsQuoteAttributor;
import dev.newsnlp.annotate.quotes.QuoteToken;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Development tool, not part of the product: runs {@link NewsQuoteAttributor} over tokens cached by
 * {@link QuoteDevCache} and writes speaker_quotes-like JSON Lines for score_quotes.py. Usage:
 * {@code QuoteDevEval texts.jsonl cache.jsonl predictions.jsonl}.
 */
public final class QuoteDevEval {
  public static void main(String[] args) throws Exception {
    ObjectMapper json = new ObjectMapper();
    Map<String, String> texts = new HashMap<>();
    try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]))) {
      String line;
      while ((line = in.readLine()) != null) {
        JsonNode d = json.readTree(line);
        texts.put(d.get("id").asText(), d.get("text").asText());
      }
    }
    long nanos = 0;
    try (BufferedReader in = Files.newBufferedReader(Path.of(args[1]));
        PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[2])))) {
      String line;
      while ((line = in.readLine()) != null) {
        JsonNode d = json.readTree(line);
        String id = d.get("id").asText();
        String text = texts.get(id);
        List<QuoteToken> toks = QuoteDevCache.tokens(d);
        List<MentionSpan> mentions = QuoteDevCache.mentions(d, text);
        long t0 = System.nanoTime();
        List<QuoteSpan> quotes = NewsQuoteAttributor.attribute(text, toks, mentions);
        nanos += System.nanoTime() - t0;
        for (QuoteSpan q : quotes) {
          ObjectNode o = FoldDocs.quoteRow(id, q);
          o.put("speaker_type", q.speakerType());
          o.put("kind", q.kind());
          o.put("speaker_form", q.speakerForm());
          out.println(json.writeValueAsString(o));
        }
      }
    }
    System.err.printf("attributor time: %.1f ms%n", nanos / 1e6);
  }
}
