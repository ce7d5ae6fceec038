package dev.newsnlp.clean.evidence;

import dev.newsnlp.clean.render.Line;
import dev.newsnlp.clean.render.PageMeta;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Marks the lines of an HTML page that Readability's article holds ({@link Line#rdBody}); the line model
 * weighs this against its other evidence, it decides nothing alone.
 */
public final class ReadabilityBody {
  private ReadabilityBody() {}

  /** A line this long is matched inside Readability's text; a shorter one ("Share", a name) only as a block. */
  private static final int MIN_CONTAINED_CHARS = 20;

  public static void markReadabilityBody(List<Line> lines, @Nullable PageMeta meta) {
    if (meta == null || meta.readabilityBlocks.isEmpty()) {
      return;
    }
    Set<String> blocks = new HashSet<>();
    StringBuilder all = new StringBuilder();
    for (String b : meta.readabilityBlocks) {
      String t = StructuredBody.letters(b);
      blocks.add(t);
      all.append(t).append('|');
    }
    String text = all.toString();
    for (Line l : lines) {
      String t = StructuredBody.letters(l.text);
      if (t.isEmpty()) {
        continue;
      }
      boolean kept = blocks.contains(t) || t.length() >= MIN_CONTAINED_CHARS && text.contains(t);
      l.rdBody = kept ? 1 : -1;
    }
  }
}
