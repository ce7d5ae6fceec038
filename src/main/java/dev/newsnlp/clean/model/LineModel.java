package dev.newsnlp.clean.model;

import dev.newsnlp.clean.PageCleaner;
import dev.newsnlp.clean.decode.SequenceDecoder;
import dev.newsnlp.clean.headline.HeadlineModel;
import dev.newsnlp.clean.render.Line;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The trained line classifier: gradient-boosted trees (XGBoost) over {@link LineFeatures}, giving each line
 * the log-odds that it is article text, with the two models that read those log-odds: the body's
 * {@link SequenceDecoder} and the {@link HeadlineModel}. Two sets ship in the jar, one for text dumps and one
 * for HTML blocks (their DOM evidence differs); {@code scripts/train-cleaner.sh} rebuilds both.
 *
 * <p>Loaded once per JVM ({@link #forInput}) and shared by all threads: XGBoost's in-place prediction is
 * thread-safe.
 */
public final class LineModel {
  /** Resource folder of the shipped models. */
  static final String RESOURCE_DIR = "/dev/newsnlp/clean/model/";

  private static final ConcurrentHashMap<Boolean, LineModel> SHIPPED = new ConcurrentHashMap<>();

  private final Booster trees;
  private final WordEvidence words;
  private final HeadlineModel headline;
  private final SequenceDecoder decoder;
  private final String version;
  /** Reads HTML blocks (and the HTML-only feature columns). */
  private final boolean html;

  private LineModel(Booster trees, WordEvidence words, HeadlineModel headline, SequenceDecoder decoder,
      String version, boolean html) {
    this.html = html;
    this.trees = trees;
    this.words = words;
    this.headline = headline;
    this.decoder = decoder;
    this.version = version;
  }

  /** The shipped model for text dumps ({@code html=false}) or HTML blocks, loaded on first use. */
  public static LineModel forInput(boolean html) {
    return SHIPPED.computeIfAbsent(html, h -> fromBytes(shippedFiles(h ? "html" : "dump"), h));
  }

  /**
   * "dump:1a2b3c4d/html:5e6f7a8b": the first 8 hex digits of the SHA-256 of each model's files. Read from the
   * files, so a launcher that only records the version (its workers clean the pages) loads no trees.
   */
  public static String shippedVersion() {
    return "dump:" + versionOf(shippedFiles("dump")) + "/html:" + versionOf(shippedFiles("html"));
  }

  /** The files of the model of one input kind ("dump" or "html"), in a fixed order. */
  public static List<String> files(String kind) {
    return List.of("lines-" + kind + ".ubj", "words-" + kind + ".tsv", "title-" + kind + ".ubj",
        "decode-" + kind + ".tsv");
  }

  private static List<byte[]> shippedFiles(String kind) {
    List<byte[]> parts = new ArrayList<>();
    for (String name : files(kind)) {
      try (InputStream in = LineModel.class.getResourceAsStream(RESOURCE_DIR + name)) {
        if (in == null) {
          throw new IllegalStateException("cleaner model file " + RESOURCE_DIR + name + " is not on the classpath");
        }
        parts.add(in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return parts;
  }

  private static String versionOf(List<byte[]> parts) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      for (byte[] p : parts) {
        d.update(p);
      }
      return HexFormat.of().formatHex(d.digest(), 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** From the bytes of {@link #files}, in that order; {@code html}: the model of HTML blocks. */
  public static LineModel fromBytes(List<byte[]> parts, boolean html) {
    try {
      Booster trees = XGBoost.loadModel(parts.get(0));
      // one page is a few hundred rows: prediction stays on the calling thread (runners already run one
      // worker thread per core; OpenMP threads on top would only contend with them)
      trees.setParam("nthread", "1");
      Booster titles = XGBoost.loadModel(parts.get(2));
      titles.setParam("nthread", "1");
      return new LineModel(trees, WordEvidence.fromTsv(new ByteArrayInputStream(parts.get(1))),
          new HeadlineModel(titles), SequenceDecoder.fromTsv(new String(parts.get(3), StandardCharsets.UTF_8)),
          versionOf(parts), html);
    } catch (XGBoostError | IOException e) {
      throw new IllegalStateException("cannot load the cleaner model", e);
    }
  }

  String version() {
    return version;
  }

  WordEvidence words() {
    return words;
  }

  public HeadlineModel headline() {
    return headline;
  }

  public SequenceDecoder decoder() {
    return decoder;
  }

  /** Log-odds of "article text" for each line (the lines carry the rule evidence). */
  public float[] logOdds(List<Line> lines, int @Nullable [] ruleRegion) {
    int n = lines.size();
    if (n == 0) {
      return new float[0];
    }
    return predict(trees, LineFeatures.matrix(lines, ruleRegion, words, html), n, LineFeatures.width(html));
  }

  /**
   * For {@link PageCleaner#explain}: per line, the log-odds and the features that moved it most
   * (their SHAP contributions, from XGBoost), e.g. {@code "+2.3 cls_good+1.1 p1_region+0.6 words_mean+0.4"}.
   */
  public String[] explain(List<Line> lines, int @Nullable [] ruleRegion, int top) {
    int n = lines.size();
    if (n == 0) {
      return new String[0];
    }
    return explain(trees, LineFeatures.matrix(lines, ruleRegion, words, html), n, LineFeatures.names(html), top,
        true);
  }

  /**
   * Per row of a row-major feature matrix, the {@code top} features that moved the trees' score most (their
   * SHAP contributions, from XGBoost), e.g. {@code " cls_good+1.1 p1_region+0.6"}, after the row's total
   * margin ({@code "+2.3"}) when {@code withTotal}.
   */
  public static String[] explain(Booster trees, float[] matrix, int rows, String[] names, int top, boolean withTotal) {
    String[] out = new String[rows];
    try {
      DMatrix d = new DMatrix(matrix, rows, names.length, Float.NaN);
      try {
        float[][] contrib = trees.predictContrib(d, 0);
        for (int i = 0; i < rows; i++) {
          float[] c = contrib[i];
          double total = 0;
          for (float v : c) {
            total += v; // the last column is the bias
          }
          Integer[] order = new Integer[names.length];
          for (int k = 0; k < order.length; k++) {
            order[k] = k;
          }
          java.util.Arrays.sort(order, (x, y) -> Float.compare(Math.abs(c[y]), Math.abs(c[x])));
          StringBuilder sb = new StringBuilder(withTotal ? String.format(java.util.Locale.ROOT, "%+5.1f", total) : "");
          for (int k = 0; k < top; k++) {
            sb.append(' ').append(names[order[k]]).append(String.format(java.util.Locale.ROOT, "%+.1f", c[order[k]]));
          }
          out[i] = sb.toString();
        }
      } finally {
        d.dispose();
      }
    } catch (XGBoostError e) {
      throw new IllegalStateException("cleaner model explanation failed", e);
    }
    return out;
  }


  /** Log-odds of each of {@code rows} rows of a row-major matrix {@code width} wide. */
  public static float[] predict(Booster trees, float[] matrix, int rows, int width) {
    try {
      float[][] p = trees.inplace_predict(matrix, rows, width, Float.NaN, new int[] {0, 0},
          Booster.PredictionType.kMargin, null);
      float[] out = new float[rows];
      for (int i = 0; i < rows; i++) {
        out[i] = p[i][0];
      }
      return out;
    } catch (XGBoostError e) {
      throw new IllegalStateException("cleaner model prediction failed", e);
    }
  }
}
