package dev.newsnlp.annotate.quotes.dev;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsnlp.annotate.MentionSpan;
import dev.newsnlp.annotate.QuoteSpan;
import dev.newsnlp.annotate.quotes.QuoteToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The documents of a quote set with their cached annotations (QuoteDevCache), and the gold and prediction files
 * score_quotes.py reads: shared by the fold experiments (QuoteKindFolds, SpeakerRankFolds).
 */
final class FoldDocs {
  private FoldDocs() {}

  private static final ObjectMapper JSON = new ObjectMapper();

  record Doc(String id, String text, JsonNode gold, List<QuoteToken> tokens, List<MentionSpan> mentions) {}

  /** The gold file's documents, in the cache file's order, with the cached tokens and mentions. */
  static List<Doc> load(Path goldFile, Path cacheFile) throws IOException {
    Map<String, JsonNode> gold = new LinkedHashMap<>();
    try (BufferedReader in = Files.newBufferedReader(goldFile)) {
      String line;
      while ((line = in.readLine()) != null) {
        JsonNode d = JSON.readTree(line);
        gold.put(d.get("id").asText(), d);
      }
    }
    List<Doc> docs = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(cacheFile)) {
      String line;
      while ((line = in.readLine()) != null) {
        JsonNode c = JSON.readTree(line);
        JsonNode g = gold.get(c.get("id").asText());
        String text = g.get("text").asText();
        docs.add(new Doc(g.get("id").asText(), text, g.get("quotes"), QuoteDevCache.tokens(c),
            QuoteDevCache.mentions(c, text)));
      }
    }
    return docs;
  }

  static void writeGold(List<Doc> docs, Path file) throws IOException {
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file))) {
      for (Doc d : docs) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", d.id());
        o.put("text", d.text());
        o.set("quotes", d.gold());
        w.println(JSON.writeValueAsString(o));
      }
    }
  }

  /** A quote as a speaker_quotes-like row: the columns score_quotes.py reads, and the sieve that chose. */
  static ObjectNode quoteRow(String docId, QuoteSpan q) {
    ObjectNode o = JSON.createObjectNode();
    o.put("doc_id", docId);
    o.put("start", q.start());
    o.put("end", q.end());
    o.put("text", q.text());
    o.put("speaker", q.speaker());
    o.put("canonical_speaker", q.canonicalSpeaker());
    o.put("attribution", q.attribution());
    return o;
  }

  /** Speech rows only, as scripts/eval-quotes.sh scores them, of the quotes {@code attribute} finds. */
  static void writeSpeechRows(List<Doc> docs, Function<Doc, List<QuoteSpan>> attribute, Path file)
      throws IOException {
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file))) {
      for (Doc d : docs) {
        for (QuoteSpan q : attribute.apply(d)) {
          if (!QuoteSpan.SPEECH.equals(q.kind())) {
            continue;
          }
          w.println(JSON.writeValueAsString(quoteRow(d.id(), q)));
        }
      }
    }
  }
}
