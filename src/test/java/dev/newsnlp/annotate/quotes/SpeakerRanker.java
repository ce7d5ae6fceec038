package dev.newsnlp.annotate.quotes;

import java.util.List;
import java.util.Locale;

/**
 * A pointwise ranker of the speakers the sieves propose for a quote ({@link SpeakerCandidates}): a logistic
 * regression giving the probability that a candidate is the quote's speaker; the attributor takes the
 * candidate with the highest score. Plain code: weights in a two-column file (feature name, weight), trained by
 * {@link #train} (pointwise) or {@link #trainListwise} (a softmax per quote), L2-regularised batch gradient
 * descent. An experiment (issue 27), measured by {@code SpeakerRankFolds} and not shipped: docs/QUOTES.md,
 * "Speaker choice: a learned ranker, measured and not kept".
 */
public final class SpeakerRanker {
  private final double[] weights;

  SpeakerRanker(double[] weights) {
    if (weights.length != SpeakerCandidates.FEATURES.size()) {
      throw new IllegalArgumentException(
          "expected " + SpeakerCandidates.FEATURES.size() + " weights, got " + weights.length);
    }
    this.weights = weights.clone();
  }

  /** The score of a candidate with these features: the probability it is the speaker. */
  public double score(double[] f) {
    double z = 0;
    for (int i = 0; i < f.length; i++) {
      z += weights[i] * f[i];
    }
    return 1 / (1 + Math.exp(-z));
  }

  /**
   * Fits the weights to candidates labelled right (true) or wrong: batch gradient descent on the mean log loss
   * plus {@code l2} times the squared weights (the bias not penalised).
   */
  public static SpeakerRanker train(List<double[]> x, List<Boolean> right, double l2, int iterations, double rate) {
    return new SpeakerRanker(LogisticRegression.fit(x, right, SpeakerCandidates.FEATURES.size(), l2, iterations, rate));
  }

  /**
   * Fits the weights listwise (a conditional logit): each group is one quote's candidates, scored by a softmax
   * over the group; the loss is minus the log of the probability given to the right candidates, plus {@code l2}
   * times the squared weights. Groups with no right candidate carry no signal and are skipped. Same batch
   * gradient descent as {@link #train}.
   */
  public static SpeakerRanker trainListwise(List<List<double[]>> groups, List<List<Boolean>> right, double l2,
      int iterations, double rate) {
    int d = SpeakerCandidates.FEATURES.size();
    double[] w = new double[d];
    int n = 0;
    for (List<Boolean> g : right) {
      n += g.contains(true) ? 1 : 0;
    }
    for (int it = 0; it < iterations; it++) {
      double[] grad = new double[d];
      for (int g = 0; g < groups.size(); g++) {
        List<double[]> fs = groups.get(g);
        List<Boolean> ys = right.get(g);
        if (!ys.contains(true)) {
          continue;
        }
        double[] z = new double[fs.size()];
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < fs.size(); c++) {
          for (int i = 0; i < d; i++) {
            z[c] += w[i] * fs.get(c)[i];
          }
          max = Math.max(max, z[c]);
        }
        double all = 0;
        double good = 0;
        for (int c = 0; c < fs.size(); c++) {
          z[c] = Math.exp(z[c] - max);
          all += z[c];
          good += ys.get(c) ? z[c] : 0;
        }
        for (int c = 0; c < fs.size(); c++) {
          double err = z[c] / all - (ys.get(c) ? z[c] / good : 0);
          for (int i = 0; i < d; i++) {
            grad[i] += err * fs.get(c)[i];
          }
        }
      }
      for (int i = 0; i < d; i++) {
        w[i] -= rate * (grad[i] / Math.max(1, n) + (i == 0 ? 0 : 2 * l2 * w[i]));
      }
    }
    return new SpeakerRanker(w);
  }

  /** The model as its file holds it: one "name TAB weight" line per feature. */
  public String toTsv() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < weights.length; i++) {
      b.append(SpeakerCandidates.FEATURES.get(i)).append('\t')
          .append(String.format(Locale.ROOT, "%.6f", weights[i])).append('\n');
    }
    return b.toString();
  }
}
