package dev.newsnlp.annotate.quotes.dev;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsnlp.annotate.AnnotationConverter;
import dev.newsnlp.annotate.CoreNlpHolder;
import dev.newsnlp.annotate.MentionSpan;
import dev.newsnlp.annotate.NlpConfig;
import dev.newsnlp.annotate.quotes.QuoteToken;
import edu.stanford.nlp.pipeline.Annotation;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Development tool, not part of the product: annotates a JSON Lines file ({@code id}, {@code text}) once with
 * the news chain (tokenize..ner) and stores tokens and mentions, so attributor rules can be re-scored in
 * seconds with {@link QuoteDevEval}. Usage: {@code QuoteDevCache in.jsonl cache.jsonl [nerMode]} (default: the
 * command line's default NER mode).
 */
public final class QuoteDevCache {
  public static void main(String[] args) throws Exception {
    ObjectMapper json = new ObjectMapper();
    NlpConfig config = new NlpConfig(NlpConfig.QuoteMode.news,
        args.length > 2 ? NlpConfig.NerMode.valueOf(args[2]) : NlpConfig.NerMode.accurate);
    long t0 = System.nanoTime();
    int docs = 0;
    long tokens = 0;
    try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]));
        PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1])))) {
      String line;
      while ((line = in.readLine()) != null) {
        JsonNode d = json.readTree(line);
        String text = d.get("text").asText();
        Annotation doc = new Annotation(text);
        try (CoreNlpHolder.Lease lease = CoreNlpHolder.lease(config)) {
          lease.pipeline().annotate(doc);
        }
        ObjectNode o = json.createObjectNode();
        o.put("id", d.get("id").asText());
        ArrayNode toks = o.putArray("tokens");
        for (QuoteToken t : QuoteToken.of(doc)) {
          toks.addArray().add(t.begin()).add(t.end()).add(t.word()).add(t.pos()).add(t.lemma()).add(t.ner()).add(t.sentence());
          tokens++;
        }
        ArrayNode ms = o.putArray("mentions");
        for (MentionSpan m : AnnotationConverter.mentions(doc, text)) {
          ms.addArray().add(m.start()).add(m.end()).add(m.type()).add(m.sentenceIndex());
        }
        out.println(json.writeValueAsString(o));
        docs++;
        if (docs % 20 == 0) {
          System.err.printf("%d docs, %d tokens, %.1f s%n", docs, tokens, (System.nanoTime() - t0) / 1e9);
        }
      }
    }
    System.err.printf("done: %d docs, %d tokens, %.1f s%n", docs, tokens, (System.nanoTime() - t0) / 1e9);
  }

  /** One cached document's tokens (as written by {@link #main}). */
  static List<QuoteToken> tokens(JsonNode doc) {
    List<QuoteToken> tokens = new ArrayList<>();
    for (JsonNode t : doc.get("tokens")) {
      tokens.add(new QuoteToken(t.get(0).asInt(), t.get(1).asInt(), t.get(2).asText(), t.get(3).asText(),
          t.get(4).asText(), t.get(5).asText(), t.get(6).asInt()));
    }
    return tokens;
  }

  /** One cached document's NER mentions over its {@code text}. */
  static List<MentionSpan> mentions(JsonNode doc, String text) {
    List<MentionSpan> mentions = new ArrayList<>();
    for (JsonNode m : doc.get("mentions")) {
      int s = m.get(0).asInt();
      int e = m.get(1).asInt();
      mentions.add(new MentionSpan(s, e, text.substring(s, e), m.get(2).asText(), null, m.get(3).asInt()));
    }
    return mentions;
  }
}
