package dev.newsnlp.annotate.quotes;

import java.util.List;

/** The plain logistic regression the quote experiments fit (quote kind, speaker ranking). */
final class LogisticRegression {
  private LogisticRegression() {}

  /**
   * Weights for rows {@code x} (feature 0 the bias) labelled {@code y}: batch gradient descent on the mean log
   * loss plus {@code l2} times the squared weights (the bias not penalised).
   */
  static double[] fit(List<double[]> x, List<Boolean> y, int d, double l2, int iterations, double rate) {
    int n = x.size();
    double[] w = new double[d];
    for (int it = 0; it < iterations; it++) {
      double[] grad = new double[d];
      for (int k = 0; k < n; k++) {
        double[] f = x.get(k);
        double z = 0;
        for (int i = 0; i < d; i++) {
          z += w[i] * f[i];
        }
        double err = 1 / (1 + Math.exp(-z)) - (y.get(k) ? 1 : 0);
        for (int i = 0; i < d; i++) {
          grad[i] += err * f[i];
        }
      }
      for (int i = 0; i < d; i++) {
        w[i] -= rate * (grad[i] / Math.max(1, n) + (i == 0 ? 0 : 2 * l2 * w[i]));
      }
    }
    return w;
  }
}
