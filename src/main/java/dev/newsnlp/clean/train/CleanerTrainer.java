package dev.newsnlp.clean.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsnlp.clean.ArticleExtractor;
import dev.newsnlp.clean.CleanResult;
import dev.newsnlp.clean.PageCleaner;
import dev.newsnlp.clean.decode.SequenceDecoder;
import dev.newsnlp.clean.evidence.RuleScores;
import dev.newsnlp.clean.model.LineFeatures;
import dev.newsnlp.clean.model.LineModel;
import dev.newsnlp.clean.model.WordEvidence;
import dev.newsnlp.clean.render.DumpParser;
import dev.newsnlp.clean.render.HtmlBlocks;
import dev.newsnlp.clean.render.Line;
import dev.newsnlp.clean.render.PageMeta;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Trains the cleaner's line models from evaluation-style page sets (dumps/, html/, truth/, manifest.json),
 * and measures them leave-one-source-out. Run through {@code scripts/train-cleaner.sh}.
 *
 * <pre>
 * CleanerTrainer train OUT_DIR SET_DIR...            writes lines-dump.ubj and lines-html.ubj
 * CleanerTrainer loso WORK_DIR [--html] SET_DIR...   per source: train on the others, clean its pages into
 *                                                     WORK_DIR/SOURCE/ID.txt (score them with the scorer)
 * </pre>
 *
 * Deterministic: pages are read in a fixed order, XGBoost runs with fixed seeds and thread count, so the
 * same data gives the same model bytes.
 */
public final class CleanerTrainer {
  private CleanerTrainer() {}

  /**
   * XGBoost's seed (row and column sampling). -Dnewsnlp.seed=N retrains with another one, to see how far a
   * retraining alone moves the leave-one-source-out scores (the yardstick for a one-column ablation); the
   * shipped models use 7.
   */
  private static final int SEED = Integer.getInteger("newsnlp.seed", 7);

  /**
   * Boosting rounds, tree depth and learning rate: a middle setting, not tuned per source. The system
   * properties newsnlp.rounds, newsnlp.depth and newsnlp.eta override them for experiments (the shipped
   * models use the defaults).
   */
  private static final int ROUNDS = Integer.getInteger("newsnlp.rounds", 300);

  private static final Map<String, Object> PARAMS = treeParams(Integer.getInteger("newsnlp.depth", 6),
      Double.parseDouble(System.getProperty("newsnlp.eta", "0.1")), 5);

  /** XGBoost's settings for a binary classifier: fixed seed and thread count, so training is deterministic. */
  static Map<String, Object> treeParams(int depth, double eta, int minChildWeight) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("objective", "binary:logistic");
    p.put("eval_metric", "logloss");
    p.put("tree_method", "hist");
    p.put("max_depth", depth);
    p.put("eta", eta);
    p.put("subsample", 0.8);
    p.put("colsample_bytree", 0.8);
    p.put("min_child_weight", minChildWeight);
    p.put("seed", SEED);
    p.put("nthread", 2);
    p.put("verbosity", 0);
    return p;
  }

  /**
   * Whether the headline trees are trained as a ranker of each page's candidates (docs/CLEANER.md, "The
   * headline as a ranking"): {@code -Dnewsnlp.headlineObjective=rank|point} for both kinds, else the kind's
   * default, chosen held out: a ranker for dumps, trees that score each line alone for HTML.
   */
  static boolean rankedHeadline(boolean html) {
    String objective = System.getProperty("newsnlp.headlineObjective", html ? "point" : "rank");
    return switch (objective) {
      case "rank" -> true;
      case "point" -> false;
      default -> throw new IllegalArgumentException("newsnlp.headlineObjective: rank or point, not " + objective);
    };
  }

  /** One page of a training set: its text, gold and source. */
  record Page(String id, String source, @Nullable String url, String content, @Nullable String body,
      @Nullable String title, List<String> with, List<String> without, boolean derivedSnippets) {}

  /** One page rendered into lines with the rule evidence, and its labels. */
  record Prepared(Page page, List<Line> lines, int @Nullable [] ruleRegion, LineLabels.Labels labels,
      @Nullable PageMeta meta) {
    List<String> texts() {
      List<String> t = new ArrayList<>(lines.size());
      for (Line l : lines) {
        t.add(l.text);
      }
      return t;
    }
  }

  private static @Nullable Prepared prepare(Page p, boolean html) {
    HtmlBlocks.Page page = html ? HtmlBlocks.parse(p.content(), p.url()) : null;
    List<Line> lines = page != null ? page.lines : DumpParser.parse(p.content());
    if (lines.isEmpty()) {
      return null;
    }
    ArticleExtractor.evidence(lines, page != null ? page.meta : null);
    return new Prepared(p, lines, RuleScores.maxRegion(lines),
        LineLabels.of(lines, p.body(), p.title(), p.with(), p.without()), page != null ? page.meta : null);
  }

  /** A trained model: the files of {@link LineModel#files}, in that order; {@code html}: of HTML blocks. */
  record Trained(List<byte[]> files, boolean html) {
    LineModel model() {
      return LineModel.fromBytes(files, html);
    }

    String kind() {
      return html ? "html" : "dump";
    }

    void write(Path dir) throws IOException {
      List<String> names = LineModel.files(kind());
      for (int i = 0; i < names.size(); i++) {
        Files.write(dir.resolve(names.get(i)), files.get(i));
      }
    }

    static Trained read(Path dir, String kind) throws IOException {
      List<byte[]> files = new ArrayList<>();
      for (String name : LineModel.files(kind)) {
        files.add(Files.readAllBytes(dir.resolve(name)));
      }
      return new Trained(files, kind.equals("html"));
    }
  }

  /**
   * Trains the word weights and the trees. The trees learn from word evidence that did not see the page:
   * pages are split in two halves by id, and each half's lines get the weights counted on the other half
   * (otherwise the trees would learn to trust word weights that saw the very lines they score). The shipped
   * word weights are counted on all pages.
   */
  static Trained train(List<Page> pages, boolean html) throws XGBoostError {
    List<Prepared> prepared = new ArrayList<>();
    for (Page p : pages) {
      Prepared pr = prepare(p, html);
      if (pr != null) {
        prepared.add(pr);
      }
    }
    WordEvidence.Counter[] halves = {new WordEvidence.Counter(), new WordEvidence.Counter()};
    WordEvidence.Counter all = new WordEvidence.Counter();
    for (Prepared pr : prepared) {
      List<String> texts = pr.texts();
      halves[half(pr)].addPage(texts, pr.labels().label(), pr.labels().weight());
      all.addPage(texts, pr.labels().label(), pr.labels().weight());
    }
    WordEvidence[] other = {halves[1].build(), halves[0].build()};
    List<float[]> rows = new ArrayList<>();
    List<Integer> everyPage = new ArrayList<>();
    for (int k = 0; k < prepared.size(); k++) {
      Prepared pr = prepared.get(k);
      rows.add(LineFeatures.matrix(pr.lines(), pr.ruleRegion(), other[half(pr)], html));
      everyPage.add(k);
    }
    Booster trees = fit(prepared, everyPage, rows, LineFeatures.width(html));
    WordEvidence words = all.build();
    // the decoder and the headline model read log-odds the trees gave pages they did not see (cross-fitted
    // on the two halves), as the shipped trees' log-odds are on a user's pages
    float[][] heldOutLogOdds = crossFit(prepared, rows, LineFeatures.width(html));
    SequenceDecoder decoder = StackedModelsTrainer.trainDecoder(prepared, heldOutLogOdds);
    Booster titles = StackedModelsTrainer.trainHeadlines(prepared, heldOutLogOdds, decoder, rankedHeadline(html));
    System.out.printf("trained on %d pages: %d features, %d words%n", prepared.size(), LineFeatures.width(html),
        words.size());
    try {
      return new Trained(List.of(trees.toByteArray("ubj"), words.toTsv().getBytes(StandardCharsets.UTF_8),
          titles.toByteArray("ubj"), decoder.toTsv().getBytes(StandardCharsets.UTF_8)), html);
    } finally {
      trees.dispose();
      titles.dispose();
    }
  }

  /** Per page, the log-odds of trees trained on the other half of the pages. */
  private static float[][] crossFit(List<Prepared> prepared, List<float[]> rows, int width) throws XGBoostError {
    float[][] out = new float[prepared.size()][];
    for (int h = 0; h < 2; h++) {
      List<Integer> fitOn = new ArrayList<>();
      for (int k = 0; k < prepared.size(); k++) {
        if (half(prepared.get(k)) != h) {
          fitOn.add(k);
        }
      }
      Booster b = fit(prepared, fitOn, rows, width);
      try {
        for (int k = 0; k < prepared.size(); k++) {
          if (half(prepared.get(k)) == h) {
            out[k] = LineModel.predict(b, rows.get(k), prepared.get(k).lines().size(), width);
          }
        }
      } finally {
        b.dispose();
      }
    }
    return out;
  }

  /** Trees over the rows of the given pages (labels and weights from their alignment). */
  private static Booster fit(List<Prepared> prepared, List<Integer> pages, List<float[]> matrices, int w)
      throws XGBoostError {
    int rows = 0;
    for (int k : pages) {
      rows += prepared.get(k).lines().size();
    }
    float[] data = new float[rows * w];
    float[] label = new float[rows];
    float[] weight = new float[rows];
    int r = 0;
    for (int k : pages) {
      Prepared pr = prepared.get(k);
      int n = pr.lines().size();
      System.arraycopy(matrices.get(k), 0, data, r * w, n * w);
      System.arraycopy(pr.labels().label(), 0, label, r, n);
      float pageWeight = sourceWeight(pr.page().source());
      for (int i = 0; i < n; i++) {
        weight[r + i] = pr.labels().weight()[i] * pageWeight;
      }
      r += n;
    }
    DMatrix d = new DMatrix(data, rows, w, Float.NaN);
    try {
      d.setLabel(label);
      d.setWeight(weight);
      return XGBoost.train(d, PARAMS, ROUNDS, Map.of(), null, null);
    } finally {
      d.dispose();
    }
  }

  /**
   * DEV's lines weigh what every other page's lines weigh: a heavier DEV (5, chosen earlier by DEV's own
   * folds) fitted the model to DEV's two benchmarks and did not carry to their unseen pages. The property
   * newsnlp.devWeight overrides it for experiments.
   */
  static final float DEV_WEIGHT = Float.parseFloat(System.getProperty("newsnlp.devWeight", "1"));

  private static float sourceWeight(String source) {
    return source.equals("dev") ? DEV_WEIGHT : 1f;
  }

  private static int half(Prepared pr) {
    return (pr.page().id().hashCode() & 1);
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: CleanerTrainer train OUT_DIR SET_DIR... | loso WORK_DIR [--html] SET_DIR...");
      System.exit(2);
    }
    boolean html = false;
    List<Path> sets = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      if (args[i].equals("--html")) {
        html = true;
      } else {
        sets.add(Path.of(args[i]));
      }
    }
    Path out = Path.of(args[1]);
    Files.createDirectories(out);
    switch (args[0]) {
      case "train" -> {
        // newsnlp.kinds=dump (or html) trains one kind only, for experiments
        String kinds = System.getProperty("newsnlp.kinds", "dump,html");
        for (boolean h : new boolean[] {false, true}) {
          if (!kinds.contains(h ? "html" : "dump")) {
            continue;
          }
          long t0 = System.nanoTime();
          List<Page> pages = load(sets, h);
          Trained t = train(pages, h);
          String kind = t.kind();
          t.write(out);
          long bytes = 0;
          for (byte[] f : t.files()) {
            bytes += f.length;
          }
          System.out.printf("%s model: %d pages, %d bytes in %s, %.1f s%n", kind, pages.size(), bytes,
              LineModel.files(kind), (System.nanoTime() - t0) / 1e9);
        }
      }
      case "loso" -> loso(sets, out, html);
      case "cv-dev" -> crossValidateDev(sets, out, html);
      default -> {
        System.err.println("unknown mode " + args[0]);
        System.exit(2);
      }
    }
  }

  private static void loso(List<Path> sets, Path work, boolean html) throws Exception {
    List<Page> pages = load(sets, html);
    TreeSet<String> sources = new TreeSet<>();
    for (Page p : pages) {
      sources.add(p.source());
    }
    for (String held : sources) {
      long t0 = System.nanoTime();
      List<Page> train = new ArrayList<>();
      List<Page> test = new ArrayList<>();
      for (Page p : pages) {
        (p.source().equals(held) ? test : train).add(p);
      }
      // a model of an earlier run with the same held-out source is reused: region and title changes can be
      // measured without training again (delete WORK_DIR/models to retrain)
      Path saved = work.resolve("models/" + held);
      String kind = html ? "html" : "dump";
      LineModel model;
      if (Files.exists(saved.resolve(LineModel.files(kind).get(0)))) {
        model = Trained.read(saved, kind).model();
      } else {
        Trained t = train(train, html);
        Files.createDirectories(saved);
        t.write(saved);
        model = t.model();
      }
      PageCleaner cleaner = new PageCleaner(true, html ? null : model, html ? model : null);
      writePredictions(cleaner, test, html, work.resolve(held), work.resolve("documents/" + held));
      System.out.printf("held out %s: trained on %d pages, cleaned %d, %.1f s%n", held, train.size(), test.size(),
          (System.nanoTime() - t0) / 1e9);
    }
  }

  /**
   * Cleans held-out pages as a new user would (dumps without their URL) into DIR/ID.txt (the snippet scorer's
   * input) and DOCS/documents.jsonl (the documents table's columns that the title and body-shingle scorers
   * read: source, kept, title, byline, text).
   */
  private static void writePredictions(PageCleaner cleaner, List<Page> pages, boolean html, Path dir, Path docs)
      throws IOException {
    Files.createDirectories(dir);
    Files.createDirectories(docs);
    ObjectMapper json = new ObjectMapper();
    StringBuilder rows = new StringBuilder();
    for (Page p : pages) {
      CleanResult r = html ? cleaner.cleanHtml(p.content(), p.url()) : cleaner.cleanText(p.content(), null);
      Files.writeString(dir.resolve(p.id() + ".txt"), r.text(), StandardCharsets.UTF_8);
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("source", p.id() + (html ? ".html" : ".txt"));
      row.put("kept", r.kept());
      row.put("title", r.title());
      row.put("byline", r.byline());
      row.put("text", r.text());
      row.put("drop_reason", r.dropReason());
      rows.append(json.writeValueAsString(row)).append('\n');
    }
    Files.writeString(docs.resolve("documents.jsonl"), rows, StandardCharsets.UTF_8);
  }

  /** Folds of DEV for {@link #crossValidateDev}. */
  private static final int DEV_FOLDS = 3;

  /**
   * The estimate for unseen pages of DEV's own benchmarks: DEV is cut into folds; each fold is cleaned by a
   * model trained on the training set and the other folds. Predictions go to WORK_DIR/dev-cv/ID.txt.
   */
  private static void crossValidateDev(List<Path> sets, Path work, boolean html) throws Exception {
    List<Page> pages = load(sets, html);
    Path dir = work.resolve("dev-cv");
    Files.createDirectories(dir);
    for (int fold = 0; fold < DEV_FOLDS; fold++) {
      long t0 = System.nanoTime();
      List<Page> train = new ArrayList<>();
      List<Page> test = new ArrayList<>();
      for (Page p : pages) {
        boolean held = p.source().equals("dev") && Math.floorMod(p.id().hashCode(), DEV_FOLDS) == fold;
        (held ? test : train).add(p);
      }
      LineModel model = train(train, html).model();
      PageCleaner cleaner = new PageCleaner(true, html ? null : model, html ? model : null);
      writePredictions(cleaner, test, html, dir, work.resolve("documents/dev-cv-" + fold));
      System.out.printf("DEV fold %d: trained on %d pages, cleaned %d, %.1f s%n", fold, train.size(), test.size(),
          (System.nanoTime() - t0) / 1e9);
    }
  }

  /**
   * Pages of the given sets that have the input kind asked for, in a fixed order. DEV's two sources are one
   * group ("dev") for leave-one-source-out.
   */
  static List<Page> load(List<Path> sets, boolean html) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Page> out = new ArrayList<>();
    for (Path set : sets) {
      Map<String, String> urls = new TreeMap<>();
      JsonNode manifest = json.readTree(set.resolve("manifest.json").toFile());
      boolean train = manifest.has("by_source");
      for (JsonNode p : manifest.path("pages")) {
        urls.put(p.path("id").asText(), p.path("url").asText(null));
      }
      for (String id : urls.keySet()) {
        Path f = set.resolve(html ? "html/" + id + ".html" : "dumps/" + id + ".txt");
        if (!Files.exists(f)) {
          continue;
        }
        JsonNode t = json.readTree(set.resolve("truth/" + id + ".json").toFile());
        String url = urls.get(id);
        out.add(new Page(id, train ? t.path("source").asText() : "dev", url != null && url.contains("://") ? url : null,
            new String(Files.readAllBytes(f), StandardCharsets.UTF_8), t.path("article_body").asText(null),
            t.path("title").asText(null), strings(t.path("with")), strings(t.path("without")),
            "derived".equals(t.path("snippets").asText())));
      }
    }
    return out;
  }

  private static List<String> strings(JsonNode arr) {
    List<String> out = new ArrayList<>();
    for (JsonNode s : arr) {
      out.add(s.asText());
    }
    return out;
  }
}
