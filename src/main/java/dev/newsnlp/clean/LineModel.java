package dev.newsnlp.clean;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * The trained line classifier: gradient-boosted trees (XGBoost) over {@link LineFeatures}, giving each line
 * the log-odds that it is article text. Two models ship in the jar, one for text dumps and one for HTML
 * blocks (their DOM evidence differs); {@code scripts/train-cleaner.sh} rebuilds both.
 *
 * <p>Loaded once per JVM ({@link #forInput}) and shared by all threads: XGBoost's in-place prediction is
 * thread-safe.
 */
public final class LineModel {
  /** Resource folder of the shipped models. */
  static final String RESOURCE_DIR = "/dev/newsnlp/clean/model/";

  private static final ConcurrentHashMap<Boolean, LineModel> SHIPPED = new ConcurrentHashMap<>();

  private final Booster booster;
  private final WordEvidence words;
  private final String version;

  private LineModel(Booster booster, WordEvidence words, String version) {
    this.booster = booster;
    this.words = words;
    this.version = version;
  }

  /** The shipped model for text dumps ({@code html=false}) or HTML blocks, loaded on first use. */
  static LineModel forInput(boolean html) {
    return SHIPPED.computeIfAbsent(html, h -> load(h ? "html" : "dump"));
  }

  /** "dump:1a2b3c4d/html:5e6f7a8b": the first 8 hex digits of each model file's SHA-256. */
  public static String shippedVersion() {
    return "dump:" + forInput(false).version + "/html:" + forInput(true).version;
  }

  /** The file names of a model of one input kind ("dump" or "html"): trees and word weights. */
  static String treesFile(String kind) {
    return "lines-" + kind + ".ubj";
  }

  static String wordsFile(String kind) {
    return "words-" + kind + ".tsv";
  }

  private static LineModel load(String kind) {
    return fromBytes(resource(treesFile(kind)), resource(wordsFile(kind)));
  }

  private static byte[] resource(String name) {
    try (InputStream in = LineModel.class.getResourceAsStream(RESOURCE_DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("cleaner model file " + RESOURCE_DIR + name + " is not on the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static LineModel fromBytes(byte[] trees, byte[] words) {
    try {
      byte[] both = new byte[trees.length + words.length];
      System.arraycopy(trees, 0, both, 0, trees.length);
      System.arraycopy(words, 0, both, trees.length, words.length);
      return new LineModel(XGBoost.loadModel(trees), WordEvidence.fromTsv(new java.io.ByteArrayInputStream(words)),
          shortHash(both));
    } catch (XGBoostError | IOException e) {
      throw new IllegalStateException("cannot load the cleaner model", e);
    }
  }

  WordEvidence words() {
    return words;
  }

  String version() {
    return version;
  }

  /** Log-odds of "article text" for each line (the lines carry the rule evidence). */
  float[] logOdds(java.util.List<Line> lines, int @org.checkerframework.checker.nullness.qual.Nullable [] ruleRegion) {
    return logOdds(LineFeatures.matrix(lines, ruleRegion, words), lines.size());
  }

  /** Log-odds of "article text" for each of {@code rows} rows of {@link LineFeatures#matrix}. */
  float[] logOdds(float[] matrix, int rows) {
    if (rows == 0) {
      return new float[0];
    }
    try {
      float[][] p = booster.inplace_predict(matrix, rows, LineFeatures.width(), Float.NaN, new int[] {0, 0},
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

  private static String shortHash(byte[] bytes) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(bytes);
      return HexFormat.of().formatHex(d, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
