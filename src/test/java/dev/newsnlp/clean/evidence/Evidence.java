package dev.newsnlp.clean.evidence;

import dev.newsnlp.clean.ArticleExtractor;
import dev.newsnlp.clean.render.DumpParser;
import dev.newsnlp.clean.render.Line;
import java.util.List;

/** Test helper: the lines of a dump text with the rule detectors' evidence on them. */
final class Evidence {
  private Evidence() {}

  /** Parses {@code dump} and runs {@link ArticleExtractor#evidence} (no HTML meta). */
  static List<Line> of(String dump) {
    List<Line> lines = DumpParser.parse(dump);
    ArticleExtractor.evidence(lines, null);
    return lines;
  }

  /** The first line whose text contains {@code part}. */
  static Line line(List<Line> lines, String part) {
    for (Line l : lines) {
      if (l.text.contains(part)) {
        return l;
      }
    }
    throw new AssertionError("no line with: " + part);
  }

  /** One line alone, with its text features and class. */
  static Line single(String text) {
    return line(of(text), text.strip());
  }
}
