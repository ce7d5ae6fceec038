package dev.newsnlp.clean.decode;

import dev.newsnlp.clean.evidence.Appeals;
import dev.newsnlp.clean.render.Line;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Turns per-line log-odds into the article's region: the contiguous run of lines whose summed log-odds is
 * largest (the maximum-sum subarray). Content comes in runs, so a noise line between paragraphs costs little
 * and a lone prose-like line far from the article adds nothing; no threshold beyond the model's own zero.
 */
public final class RegionSelector {
  private RegionSelector() {}

  /** [first, last] line of the region, or null when no line is more likely article than not. */
  public static int @Nullable [] select(List<Line> lines, float[] logOdds) {
    double best = 0;
    int bestStart = -1;
    int bestEnd = -1;
    double run = 0;
    int runStart = 0;
    for (int i = 0; i < logOdds.length; i++) {
      Line l = lines.get(i);
      if (l.barrier && Appeals.isAppealHeading(l)) {
        // "A message from ...", "Dear reader", "Support us": the heading of a donation or subscription appeal
        // ends the article, however much the appeal's prose reads like it
        run = 0;
        runStart = i + 1;
        continue;
      }
      // a line without words (an image, a rule) neither extends nor breaks a run
      double v = l.words == 0 ? 0 : logOdds[i];
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
}
