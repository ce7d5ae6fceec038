package dev.newsnlp.annotate.quotes.dev;

import static dev.newsnlp.annotate.quotes.dev.FoldDocs.load;
import static dev.newsnlp.annotate.quotes.dev.FoldDocs.writeGold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsnlp.annotate.quotes.SpeakerRanker;
import dev.newsnlp.annotate.quotes.SpeakerRankerExperiment;
import dev.newsnlp.annotate.quotes.dev.FoldDocs.Doc;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Development tool, not part of the product: measures a learned choice among the speakers the sieves propose
 * ({@link SpeakerRanker}, issue 27) on PolNeAR DEV with held-out document folds (the folds of
 * {@link QuoteKindFolds}). Two steps, with the labelling between them done by the scorer's own matching
 * (scripts/eval-speaker-ranker.sh):
 *
 * <ol>
 *   <li>{@code dump gold.jsonl cache.jsonl outDir}: the sieves' predictions (speech rows, no ranker) as
 *       {@code sieves.jsonl} and every quote's candidate speakers with their sieves and features as
 *       {@code candidates.jsonl} (one line per candidate: doc_id, fold, quote span, speaker, canonical,
 *       chosen, sieves, features).
 *   <li>{@code folds gold.jsonl cache.jsonl outDir [gold2.jsonl cache2.jsonl]}: reads {@code labels.txt} (one
 *       line per candidate: 1 right, 0 wrong, - not scorable); for each fold trains a ranker on the labelled
 *       candidates of the other folds' quotes that have at least two, and writes the held-out fold's gold, the
 *       sieves' predictions and the ranker's ({@code gold-k}, {@code sieves-k}, {@code ranker-k}); then the
 *       ranker trained on all of DEV ({@code speaker-ranker.tsv}) and both predictions on the second set.
 * </ol>
 *
 * Training settings are fixed (the same as the quote-kind experiment's), not tuned on DEV.
 */
public final class SpeakerRankFolds {
  static final double L2 = 0.001;
  static final int ITERATIONS = 3000;
  static final double RATE = 0.5;
  /** {@code pointwise} (a logistic regression over candidates) or {@code listwise} (a softmax per quote). */
  static final String RANKER = System.getProperty("ranker", "pointwise");
  private static final ObjectMapper JSON = new ObjectMapper();


  public static void main(String[] args) throws Exception {
    String mode = args[0];
    List<Doc> docs = load(Path.of(args[1]), Path.of(args[2]));
    Path out = Path.of(args[3]);
    Files.createDirectories(out);
    if (mode.equals("dump")) {
      dump(docs, out);
    } else {
      folds(docs, out);
      if (args.length > 5) {
        List<Doc> other = load(Path.of(args[4]), Path.of(args[5]));
        SpeakerRanker all = train(out, f -> true);
        Files.writeString(out.resolve("speaker-ranker.tsv"), all.toTsv());
        writePredictions(other, null, out.resolve("other-sieves.jsonl"));
        writePredictions(other, all, out.resolve("other-ranker.jsonl"));
      }
    }
  }

  private static void dump(List<Doc> docs, Path out) throws IOException {
    writePredictions(docs, null, out.resolve("sieves.jsonl"));
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("candidates.jsonl")))) {
      for (Doc d : docs) {
        for (SpeakerRankerExperiment.CandidateRow c : SpeakerRankerExperiment.candidates(d.text(), d.tokens(), d.mentions())) {
          ObjectNode o = JSON.createObjectNode();
          o.put("doc_id", d.id());
          o.put("fold", QuoteKindFolds.fold(d.id()));
          o.put("start", c.quoteStart());
          o.put("end", c.quoteEnd());
          o.put("speaker", c.speaker());
          o.put("canonical", c.canonical());
          o.put("chosen", c.chosen());
          ArrayNode s = o.putArray("sieves");
          c.sieves().forEach(s::add);
          ArrayNode f = o.putArray("features");
          for (double v : c.features()) {
            f.add(v);
          }
          w.println(JSON.writeValueAsString(o));
        }
      }
    }
  }

  record Row(int fold, String quote, double[] features, String label) {}

  private static List<Row> rows(Path out) throws IOException {
    List<String> labels = Files.readAllLines(out.resolve("labels.txt"));
    List<Row> rows = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(out.resolve("candidates.jsonl"))) {
      String line;
      int i = 0;
      while ((line = in.readLine()) != null) {
        JsonNode c = JSON.readTree(line);
        double[] f = new double[c.get("features").size()];
        for (int k = 0; k < f.length; k++) {
          f[k] = c.get("features").get(k).asDouble();
        }
        rows.add(new Row(c.get("fold").asInt(), c.get("doc_id").asText() + ":" + c.get("start").asInt(), f,
            labels.get(i++).trim()));
      }
    }
    return rows;
  }

  /** A ranker trained on the labelled candidates of the chosen folds' quotes that have at least two. */
  private static SpeakerRanker train(Path out, java.util.function.IntPredicate folds) throws IOException {
    List<Row> rows = rows(out);
    Map<String, Integer> perQuote = new HashMap<>();
    for (Row r : rows) {
      perQuote.merge(r.quote(), 1, Integer::sum);
    }
    List<double[]> x = new ArrayList<>();
    List<Boolean> y = new ArrayList<>();
    Map<String, List<double[]>> groupX = new LinkedHashMap<>();
    Map<String, List<Boolean>> groupY = new LinkedHashMap<>();
    for (Row r : rows) {
      if (folds.test(r.fold()) && !r.label().equals("-") && perQuote.get(r.quote()) >= 2) {
        x.add(r.features());
        y.add(r.label().equals("1"));
        groupX.computeIfAbsent(r.quote(), q -> new ArrayList<>()).add(r.features());
        groupY.computeIfAbsent(r.quote(), q -> new ArrayList<>()).add(r.label().equals("1"));
      }
    }
    System.out.printf("%s training on %d candidates (%d right) of %d quotes%n", RANKER, x.size(),
        y.stream().filter(b -> b).count(), groupX.size());
    return RANKER.equals("listwise")
        ? SpeakerRanker.trainListwise(new ArrayList<>(groupX.values()), new ArrayList<>(groupY.values()), L2,
            ITERATIONS, RATE)
        : SpeakerRanker.train(x, y, L2, ITERATIONS, RATE);
  }

  private static void folds(List<Doc> docs, Path out) throws IOException {
    for (int k = 0; k < QuoteKindFolds.FOLDS; k++) {
      int fk = k;
      SpeakerRanker ranker = train(out, f -> f != fk);
      List<Doc> held = docs.stream().filter(d -> QuoteKindFolds.fold(d.id()) == fk).toList();
      writeGold(held, out.resolve("gold-" + k + ".jsonl"));
      writePredictions(held, null, out.resolve("sieves-" + k + ".jsonl"));
      writePredictions(held, ranker, out.resolve("ranker-" + k + ".jsonl"));
      Files.writeString(out.resolve("speaker-ranker-" + k + ".tsv"), ranker.toTsv());
    }
  }

  /** Kinds by the rules; speakers by the sieves, or by {@code ranker} among their candidates. */
  private static void writePredictions(List<Doc> docs, SpeakerRanker ranker, Path file) throws IOException {
    FoldDocs.writeSpeechRows(docs,
        d -> SpeakerRankerExperiment.attribute(d.text(), d.tokens(), d.mentions(), ranker), file);
  }
}
