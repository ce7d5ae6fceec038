package dev.newsnlp.clean.evidence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsnlp.clean.Fixtures;
import dev.newsnlp.clean.render.Line;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reader comment threads under an article. */
class CommentThreadsTest {

  private static final String ARTICLE = Fixtures.P1 + "\n\n" + Fixtures.P2 + "\n\n" + Fixtures.P3 + "\n\n"
      + Fixtures.P4 + "\n\n";

  @Test
  void saysHeadersAfterTheArticleStartAThread() {
    List<Line> lines = Evidence.of(ARTICLE
        + "  • Henk Vos says:\n\nThe barrier should have been built twenty years ago, frankly.\n\n"
        + "  • Lotte Maas says:\n\nI agree with the fishermen that the currents will change.\n");
    assertFalse(Evidence.line(lines, Fixtures.P4.substring(0, 30)).comment);
    Line header = Evidence.line(lines, "Henk Vos says:");
    assertTrue(header.comment);
    assertTrue(header.noise);
    assertTrue(Evidence.line(lines, "twenty years ago").comment);
    assertTrue(Evidence.line(lines, "currents will change").comment);
  }

  @Test
  void aSingleQuoteIntroIsNotAThread() {
    List<Line> lines = Evidence.of(ARTICLE + "Mayor Ilse Verhoeven said:\n\n"
        + "\"We will not let the old town flood again, whatever it costs this council.\"\n");
    for (Line l : lines) {
      assertFalse(l.comment, l.text);
    }
  }

  @Test
  void commentHeadings() {
    assertTrue(CommentThreads.isCommentHeading(Evidence.single("12 Comments")));
    assertTrue(CommentThreads.isCommentHeading(Evidence.single("Join the discussion")));
    assertFalse(CommentThreads.isCommentHeading(Evidence.single("Opposition from fishermen")));
  }
}
