package dev.newsnlp.clean;

import java.util.List;

/**
 * The second pass's view of the page: each line's first-pass log-odds next to its neighbours' and the
 * page's, so the second model learns the shape of an article (content comes in runs; a short line between two
 * paragraphs is usually text, the same line after the comments header is not) instead of a hand-set rule.
 */
final class ContextFeatures {
  private ContextFeatures() {}

  private static final int[] OFFSETS = {-3, -2, -1, 1, 2, 3};
  /** Distances to the nearest likely-article line are counted up to this many lines. */
  private static final int DISTANCE_CAP = 20;

  static final String[] NAMES = {
    "p1", "p1_prev3", "p1_prev2", "p1_prev1", "p1_next1", "p1_next2", "p1_next3", "p1_mean_5", "p1_mean_10",
    "p1_region", "p1_share_above", "p1_share_below", "p1_text_above", "p1_text_below", "p1_rank"
  };

  static int width() {
    return LineFeatures.width() + NAMES.length;
  }

  /** The first-pass rows ({@link LineFeatures#matrix}) with the context columns appended. */
  static float[] extend(float[] first, List<Line> lines, float[] p1) {
    int n = p1.length;
    int w1 = LineFeatures.width();
    int w = width();
    float[] out = new float[n * w];
    int positives = 0;
    for (float v : p1) {
      positives += v > 0 ? 1 : 0;
    }
    int[] region = RegionSelector.select(lines, p1);
    float[] sorted = p1.clone();
    java.util.Arrays.sort(sorted);
    int[] textAbove = new int[n];
    int last = -DISTANCE_CAP - 1;
    for (int i = 0; i < n; i++) {
      textAbove[i] = Math.min(i - last, DISTANCE_CAP);
      if (p1[i] > 0) {
        last = i;
      }
    }
    int[] textBelow = new int[n];
    last = n + DISTANCE_CAP + 1;
    for (int i = n - 1; i >= 0; i--) {
      textBelow[i] = Math.min(last - i, DISTANCE_CAP);
      if (p1[i] > 0) {
        last = i;
      }
    }
    int positivesAbove = 0;
    for (int i = 0; i < n; i++) {
      System.arraycopy(first, i * w1, out, i * w, w1);
      int c = i * w + w1;
      out[c++] = p1[i];
      for (int off : OFFSETS) {
        int j = i + off;
        out[c++] = j >= 0 && j < n ? p1[j] : Float.NaN;
      }
      out[c++] = mean(p1, i, 5);
      out[c++] = mean(p1, i, 10);
      out[c++] = region != null && i >= region[0] && i <= region[1] ? 1 : 0;
      int positivesBelow = positives - positivesAbove - (p1[i] > 0 ? 1 : 0);
      out[c++] = positives == 0 ? 0 : (float) positivesAbove / positives;
      out[c++] = positives == 0 ? 0 : (float) positivesBelow / positives;
      out[c++] = textAbove[i];
      out[c++] = textBelow[i];
      out[c++] = n <= 1 ? 0 : (float) lowerCount(sorted, p1[i]) / (n - 1);
      positivesAbove += p1[i] > 0 ? 1 : 0;
    }
    return out;
  }

  private static float mean(float[] v, int i, int r) {
    double sum = 0;
    int seen = 0;
    for (int j = Math.max(0, i - r); j <= Math.min(v.length - 1, i + r); j++) {
      sum += v[j];
      seen++;
    }
    return (float) (sum / seen);
  }

  /** Values in the sorted array strictly below {@code x}. */
  private static int lowerCount(float[] sorted, float x) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
