package dev.newsnlp.annotate.quotes;

import dev.newsnlp.annotate.MentionSpan;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The learned half of {@link QuoteKinds}: a logistic regression over the features of a short quote and its
 * context ({@link QuoteKinds#features}) that gives the probability that the quote is speech; below 0.5 it is
 * a title_or_term. Long quotes, multi-paragraph quotes and quotes with a sentence inside never reach it (they
 * are speech). Plain code: weights in a two-column file (feature name, weight), trained by {@link #train}
 * with L2-regularised gradient descent.
 */
public final class QuoteKindModel {
  /** The shipped weights (a resource next to this class). */
  static final String RESOURCE = "quote-kinds.tsv";

  private final double[] weights;

  QuoteKindModel(double[] weights) {
    if (weights.length != QuoteKinds.FEATURES.size()) {
      throw new IllegalArgumentException("expected " + QuoteKinds.FEATURES.size() + " weights, got " + weights.length);
    }
    this.weights = weights.clone();
  }

  /** One quote of a document as the model sees it: its span and features (null: speech by the fixed rules). */
  public record Candidate(int start, int end, double @Nullable [] features) {}

  /** The quotes of a document and their features, in text order. */
  public static List<Candidate> candidates(String text, List<QuoteToken> tokens, List<MentionSpan> mentions) {
    QuoteDocument doc = new QuoteDocument(text, tokens, mentions);
    QuoteKinds kinds = new QuoteKinds(doc);
    List<Candidate> out = new ArrayList<>();
    for (int q = 0; q < doc.quotes().size(); q++) {
      QuoteFinder.Segment seg = doc.quotes().get(q);
      out.add(new Candidate(seg.start(), seg.end(), kinds.features(q)));
    }
    return out;
  }

  /** Probability that a quote with these features is speech. */
  public double speech(double[] f) {
    double z = 0;
    for (int i = 0; i < f.length; i++) {
      z += weights[i] * f[i];
    }
    return 1 / (1 + Math.exp(-z));
  }

  boolean isTitleOrTerm(double @Nullable [] f) {
    return f != null && speech(f) < 0.5;
  }

  /**
   * Fits the weights to quotes labelled speech (true) or not: batch gradient descent on the mean log loss plus
   * {@code l2} times the squared weights (the bias not penalised).
   */
  public static QuoteKindModel train(List<double[]> x, List<Boolean> speech, double l2, int iterations, double rate) {
    return new QuoteKindModel(LogisticRegression.fit(x, speech, QuoteKinds.FEATURES.size(), l2, iterations, rate));
  }

  /** The model as its file holds it: one "name TAB weight" line per feature. */
  public String toTsv() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < weights.length; i++) {
      b.append(QuoteKinds.FEATURES.get(i)).append('\t').append(String.format(Locale.ROOT, "%.6f", weights[i]))
          .append('\n');
    }
    return b.toString();
  }

  /** The shipped model, or null when none is shipped (the rules of {@link QuoteKinds} decide alone). */
  static @Nullable QuoteKindModel shipped() {
    return SHIPPED;
  }

  private static final @Nullable QuoteKindModel SHIPPED = load();

  private static @Nullable QuoteKindModel load() {
    try (InputStream in = QuoteKindModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return null;
      }
      double[] w = new double[QuoteKinds.FEATURES.size()];
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int i = 0;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t");
        if (!parts[0].equals(QuoteKinds.FEATURES.get(i))) {
          throw new IllegalStateException(RESOURCE + ": feature " + i + " is " + parts[0] + ", expected "
              + QuoteKinds.FEATURES.get(i));
        }
        w[i++] = Double.parseDouble(parts[1]);
      }
      return new QuoteKindModel(w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
