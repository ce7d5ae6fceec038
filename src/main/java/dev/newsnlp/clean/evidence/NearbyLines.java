package dev.newsnlp.clean.evidence;

import dev.newsnlp.clean.render.Line;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Walks to the nearest content lines around a line.
 */
public final class NearbyLines {
  private NearbyLines() {}

  /**
   * Index of the first line with words {@code step} (+1 or -1) lines from {@code i} on, at most {@code reach}
   * lines away; -1 when there is none.
   */
  public static int nearbyLine(List<Line> lines, int i, int step, int reach) {
    for (int d = 1; d <= reach; d++) {
      int k = i + step * d;
      if (k < 0 || k >= lines.size()) {
        return -1;
      }
      if (lines.get(k).words > 0) {
        return k;
      }
    }
    return -1;
  }

  public static @Nullable Line nextContent(List<Line> lines, int i, int e) {
    for (int k = i + 1; k <= e && k < lines.size(); k++) {
      Line l = lines.get(k);
      if (!l.noise && !l.caption) {
        return l;
      }
    }
    return null;
  }

  public static @Nullable Line prevContent(List<Line> lines, int i, int s) {
    for (int k = i - 1; k >= s && k >= 0; k--) {
      Line l = lines.get(k);
      if (!l.noise && !l.caption) {
        return l;
      }
    }
    return null;
  }

  public static boolean proseBefore(List<Line> lines, int from, int i) {
    for (int k = i - 1; k >= from; k--) {
      Line l = lines.get(k);
      // a paragraph of the article (dumps: between blank lines), not a glued notice block
      if (l.keep && l.cls == Line.Cls.GOOD && !l.bullet && !l.duplicate && l.gapBefore) {
        return true;
      }
    }
    return false;
  }
}
