package dev.newsnlp.clean;

import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Turns per-line log-odds into the article's region: the contiguous run of lines whose summed log-odds is
 * largest (the maximum-sum subarray). Content comes in runs, so a noise line between paragraphs costs little
 * and a lone prose-like line far from the article adds nothing; no threshold beyond the model's own zero.
 */
final class RegionSelector {
  private RegionSelector() {}

  /** [first, last] line of the region, or null when no line is more likely article than not. */
  static int @Nullable [] select(List<Line> lines, float[] logOdds) {
    double best = 0;
    int bestStart = -1;
    int bestEnd = -1;
    double run = 0;
    int runStart = 0;
    for (int i = 0; i < logOdds.length; i++) {
      // a line without words (an image, a rule) neither extends nor breaks a run
      double v = lines.get(i).words == 0 ? 0 : logOdds[i];
      if (run <= 0) {
        run = v;
        runStart = i;
      } else {
        run += v;
      }
      if (run > best) {
        best = run;
        bestStart = runStart;
        bestEnd = i;
      }
    }
    return bestStart < 0 ? null : new int[] {bestStart, bestEnd};
  }

  /**
   * Best path of a two-state model (noise, article) over the lines: each line's evidence is the model's
   * log-odds less the prior log-odds, and changing state costs {@code -log p(switch)}. Returns the lines on
   * the article path.
   */
  static boolean[] smooth(List<Line> lines, float[] logOdds, double priorLogOdds, double switchLogProb,
      double stayLogProb) {
    int n = logOdds.length;
    boolean[] keep = new boolean[n];
    if (n == 0) {
      return keep;
    }
    double[] noise = new double[n];
    double[] text = new double[n];
    boolean[] noiseFromText = new boolean[n];
    boolean[] textFromText = new boolean[n];
    double e0 = lines.get(0).words == 0 ? 0 : logOdds[0] - priorLogOdds;
    noise[0] = 0;
    text[0] = e0;
    for (int i = 1; i < n; i++) {
      double e = lines.get(i).words == 0 ? 0 : logOdds[i] - priorLogOdds;
      double nn = noise[i - 1] + stayLogProb;
      double tn = text[i - 1] + switchLogProb;
      noiseFromText[i] = tn > nn;
      noise[i] = Math.max(nn, tn);
      double tt = text[i - 1] + stayLogProb;
      double nt = noise[i - 1] + switchLogProb;
      textFromText[i] = tt >= nt;
      text[i] = Math.max(tt, nt) + e;
    }
    boolean inText = text[n - 1] > noise[n - 1];
    for (int i = n - 1; i >= 0; i--) {
      keep[i] = inText;
      if (i > 0) {
        inText = inText ? textFromText[i] : noiseFromText[i];
      }
    }
    return keep;
  }
}
