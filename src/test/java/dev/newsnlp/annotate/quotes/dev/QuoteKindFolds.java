package dev.newsnlp.annotate.quotes.dev;

import static dev.newsnlp.annotate.quotes.dev.FoldDocs.load;
import static dev.newsnlp.annotate.quotes.dev.FoldDocs.writeGold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsnlp.annotate.quotes.NewsQuoteAttributor;
import dev.newsnlp.annotate.quotes.QuoteKindModel;
import dev.newsnlp.annotate.quotes.dev.FoldDocs.Doc;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * Development tool, not part of the product: trains and measures the quote-kind model ({@link QuoteKindModel})
 * on PolNeAR DEV with held-out document folds. Labels: a short quote the attributor finds is speech when it
 * matches a gold quote (shared characters / longer span ≥ 0.5, the scorer's rule), else a title, name, term or
 * scare quote (the gold leaves it out). DEV is split by document into {@value #FOLDS} folds (first byte of
 * SHA-256 of the id); for each fold a model trained on the other folds decides the kinds of the fold's quotes,
 * and the rules alone decide them too; both prediction files and the fold's gold are written for
 * score_quotes.py. The fixed training settings are not tuned on DEV. Last, the model trained on all of DEV is
 * written, and both deciders' predictions on a second gold file (QuoteLi3); candidates.tsv lists every short
 * quote with its fold, label and features, for reading the errors.
 *
 * <p>Usage: {@code QuoteKindFolds gold.jsonl cache.jsonl outDir [gold2.jsonl cache2.jsonl]}; caches from
 * {@link QuoteDevCache}. scripts/eval-quote-kinds.sh runs it and scores the folds.
 */
public final class QuoteKindFolds {
  static final int FOLDS = 5;
  static final double L2 = 0.001;
  static final int ITERATIONS = 3000;
  static final double RATE = 0.5;
  private static final ObjectMapper JSON = new ObjectMapper();


  public static void main(String[] args) throws Exception {
    List<Doc> docs = load(Path.of(args[0]), Path.of(args[1]));
    Path out = Path.of(args[2]);
    Files.createDirectories(out);
    List<List<double[]>> x = new ArrayList<>();
    List<List<Boolean>> y = new ArrayList<>();
    for (int k = 0; k < FOLDS; k++) {
      x.add(new ArrayList<>());
      y.add(new ArrayList<>());
    }
    try (PrintWriter dump = new PrintWriter(Files.newBufferedWriter(out.resolve("candidates.tsv")))) {
      for (Doc d : docs) {
        int k = fold(d.id());
        for (QuoteKindModel.Candidate c : QuoteKindModel.candidates(d.text(), d.tokens(), d.mentions())) {
          if (c.features() != null) {
            boolean speech = matchesGold(c.start(), c.end(), d.gold());
            x.get(k).add(c.features());
            y.get(k).add(speech);
            int from = Math.max(0, c.start() - 40);
            int to = Math.min(d.text().length(), c.end() + 25);
            dump.println(k + "\t" + speech + "\t" + java.util.Arrays.toString(c.features()) + "\t"
                + d.text().substring(from, to).replace('\n', ' ').replace('\t', ' '));
          }
        }
      }
    }
    for (int k = 0; k < FOLDS; k++) {
      List<double[]> trainX = new ArrayList<>();
      List<Boolean> trainY = new ArrayList<>();
      for (int j = 0; j < FOLDS; j++) {
        if (j != k) {
          trainX.addAll(x.get(j));
          trainY.addAll(y.get(j));
        }
      }
      QuoteKindModel model = QuoteKindModel.train(trainX, trainY, L2, ITERATIONS, RATE);
      long speech = y.get(k).stream().filter(b -> b).count();
      int right = 0;
      for (int i = 0; i < x.get(k).size(); i++) {
        right += (model.speech(x.get(k).get(i)) >= 0.5) == y.get(k).get(i) ? 1 : 0;
      }
      System.out.printf("fold %d: %d short quotes (%d speech), model right on %d%n", k, x.get(k).size(), speech, right);
      int fk = k;
      List<Doc> held = docs.stream().filter(d -> fold(d.id()) == fk).toList();
      writeGold(held, out.resolve("gold-" + k + ".jsonl"));
      writePredictions(held, null, out.resolve("rules-" + k + ".jsonl"));
      writePredictions(held, model, out.resolve("model-" + k + ".jsonl"));
    }
    List<double[]> allX = new ArrayList<>();
    List<Boolean> allY = new ArrayList<>();
    for (int k = 0; k < FOLDS; k++) {
      allX.addAll(x.get(k));
      allY.addAll(y.get(k));
    }
    QuoteKindModel all = QuoteKindModel.train(allX, allY, L2, ITERATIONS, RATE);
    Files.writeString(out.resolve("quote-kinds.tsv"), all.toTsv());
    if (args.length > 4) {
      List<Doc> other = load(Path.of(args[3]), Path.of(args[4]));
      writePredictions(other, null, out.resolve("other-rules.jsonl"));
      writePredictions(other, all, out.resolve("other-model.jsonl"));
    }
  }

  static int fold(String id) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
      return (h[0] & 0xff) % FOLDS;
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean matchesGold(int start, int end, JsonNode gold) {
    for (JsonNode g : gold) {
      int gs = g.get("start").asInt();
      int ge = g.get("end").asInt();
      int overlap = Math.min(end, ge) - Math.max(start, gs);
      if (overlap > 0 && overlap / (double) Math.max(end - start, ge - gs) >= 0.5) {
        return true;
      }
    }
    return false;
  }

  private static void writePredictions(List<Doc> docs, QuoteKindModel model, Path file) throws IOException {
    FoldDocs.writeSpeechRows(docs, d -> NewsQuoteAttributor.attribute(d.text(), d.tokens(), d.mentions(), model),
        file);
  }
}
