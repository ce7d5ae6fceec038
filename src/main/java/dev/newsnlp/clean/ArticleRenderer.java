package dev.newsnlp.clean;

import dev.newsnlp.clean.render.Extraction;
import dev.newsnlp.clean.render.Line;
import java.util.List;

/**
 * Renders the kept lines of an extraction as the cleaned text.
 */
final class ArticleRenderer {
  private ArticleRenderer() {}

  /** Title first, then the kept lines in page order; list items of one list joined by a single newline. */
  static String render(Extraction x) {
    StringBuilder sb = new StringBuilder();
    List<Line> lines = x.lines;
    Line prev = null;
    if (x.titleIndex >= 0) {
      sb.append(lines.get(x.titleIndex).text);
      prev = lines.get(x.titleIndex);
    }
    int from = Math.max(0, x.titleIndex >= 0 ? Math.min(x.titleIndex, x.start) : x.start);
    int prevIdx = -2;
    for (int i = from; i <= x.end && i < lines.size(); i++) {
      Line l = lines.get(i);
      if (!l.keep || i == x.titleIndex || l.text.isEmpty()) {
        continue;
      }
      if (sb.length() > 0) {
        boolean sameList = prev != null && prev.bullet && l.bullet && !l.gapBefore && prevIdx == i - 1
            && !(prev.dateLine || prev.bylineLine || l.dateLine || l.bylineLine);
        sb.append(sameList ? "\n" : "\n\n");
      }
      sb.append(l.text);
      prev = l;
      prevIdx = i;
    }
    return sb.toString();
  }
}
