package dev.newsnlp.clean.headline;

import dev.newsnlp.clean.render.DateFinder;
import dev.newsnlp.clean.render.Extraction;
import dev.newsnlp.clean.render.Line;
import dev.newsnlp.clean.render.PageMeta;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Byline and publication date of the kept article, from its lines or the HTML meta.
 */
public final class Metadata {
  private Metadata() {}

  private static final int LINES_BELOW_TITLE = 12; // byline and date stand within a few lines under the title
  private static final int LINES_ABOVE_TITLE = 6; // some sites put them above the title

  public static void metadata(Extraction x, @Nullable PageMeta meta) {
    List<Line> lines = x.lines;
    int from = x.titleIndex >= 0 ? x.titleIndex : x.start;
    int to = Math.min(x.end, from + LINES_BELOW_TITLE);
    int lo = Math.max(0, from - LINES_ABOVE_TITLE);
    for (int i = lo; i <= to && i < lines.size(); i++) {
      Line l = lines.get(i);
      if (x.byline == null && l.bylineLine && (l.keep || i < from)) {
        x.byline = l.text;
        if (i > from) {
          l.keep = true;
        }
      }
    }
    if (meta != null && meta.published != null) {
      x.published = meta.published;
    }
    for (int i = from; i <= to && i < lines.size() && x.published == null; i++) {
      Line l = lines.get(i);
      if (l.dateLine && !l.noise) {
        x.published = DateFinder.fromText(l.text);
      }
    }
    for (int i = from - 1; i >= lo && x.published == null; i--) {
      Line l = lines.get(i);
      if (l.dateLine && !l.menuRun) {
        x.published = DateFinder.fromText(l.text);
      }
    }
    if (x.byline == null && meta != null && meta.byline != null) {
      x.byline = meta.byline;
    }
    // The date line above the body is in `published`; the text is title, byline and body.
    for (int i = Math.min(from, x.start); i <= x.end && x.published != null; i++) {
      Line l = lines.get(i);
      if (!l.keep || i == x.titleIndex || l.text.isEmpty()) {
        continue;
      }
      if (l.cls == Line.Cls.GOOD) {
        break;
      }
      if (l.dateLine && !l.bylineLine) {
        l.keep = false;
      }
    }
  }
}
