package dev.newsnlp.clean.evidence;

import dev.newsnlp.clean.render.Extraction;
import dev.newsnlp.clean.render.Line;
import dev.newsnlp.clean.render.PageMeta;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The JSON-LD articleBody a page gives: lines whose text occurs in it are marked as body.
 */
public final class StructuredBody {
  private StructuredBody() {}

  private static final int MIN_BODY_CHARS = 500; // a shorter articleBody is a summary, not the body
  private static final int MIN_BODY_LINE_WORDS = 4; // short lines (labels, names) occur in any text
  private static final int MIN_MATCH_CHARS = 20; // a line long enough for its occurrence in the body to mean something
  private static final int MAX_MATCH_NEEDED = 2000; // matching this much of the body is enough, however long it is
  private static final int TAIL_CHARS = 40; // the body's last words, to find the line where it ends

  /**
   * HTML pages often carry the article text in JSON-LD ({@code articleBody}). When it is long enough, blocks
   * whose text occurs in it are article text, whatever their shape; prose blocks that do not occur in it are
   * probably not.
   */
  public static void markStructuredBody(List<Line> lines, @Nullable PageMeta meta) {
    if (meta == null || meta.articleBody == null || meta.articleBody.length() < MIN_BODY_CHARS) {
      return;
    }
    String body = letters(meta.articleBody);
    int matched = 0;
    int prose = 0;
    for (Line l : lines) {
      if (l.words < MIN_BODY_LINE_WORDS || l.barrier) {
        continue;
      }
      String t = letters(l.text);
      if (t.length() >= MIN_MATCH_CHARS && body.contains(t)) {
        l.ldBody = 1;
        matched += t.length();
      } else if (l.cls == Line.Cls.GOOD) {
        l.ldBody = -1;
      }
      if (l.cls == Line.Cls.GOOD) {
        prose += t.length();
      }
    }
    if (Extraction.DEBUG.get() != null) {
      Extraction.DEBUG.get().append("articleBody ").append(body.length()).append(" matched ").append(matched).append('\n');
    }
    // an articleBody that matches little of the page (a summary, another language) is no evidence
    if (matched < Math.min(body.length() / 2, MAX_MATCH_NEEDED)) {
      for (Line l : lines) {
        l.ldBody = 0;
      }
      return;
    }
    // when the block holding its last words is found, the article is complete: prose after it is not article
    String tail = body.substring(Math.max(0, body.length() - TAIL_CHARS));
    int last = -1;
    for (int i = lines.size() - 1; i >= 0; i--) {
      if (lines.get(i).ldBody > 0) {
        last = letters(lines.get(i).text).contains(tail) ? i : -1;
        break;
      }
    }
    for (int i = last + 1; last >= 0 && i < lines.size(); i++) {
      if (lines.get(i).ldBody < 0) {
        lines.get(i).ldBody = -2;
      }
    }
  }

  /** Lower-case letters and digits only: robust to entity, quote and whitespace differences. */
  static String letters(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.append(Character.toLowerCase(c));
      }
    }
    return sb.toString();
  }
}
