package dev.newsnlp.clean.evidence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsnlp.clean.Fixtures;
import dev.newsnlp.clean.render.Line;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Photo captions, credits, repeated lines and echoes of the article. */
class CaptionsAndEchoesTest {

  @Test
  void creditedCaptionsAndCreditPrefixes() {
    assertTrue(Evidence.single("Fishing boats in the harbor at dawn (Photo: Ana Pires/PMD)").caption);
    assertTrue(Evidence.single("Photo: Ana Pires").caption);
    assertTrue(Evidence.single("Ana Pires / Port Maren Daily").caption);
    assertFalse(Evidence.single("The fishermen met in the harbor at dawn to protest against the plan.").caption);
  }

  @Test
  void captionSentenceWithItsCreditGluedBelow() {
    List<Line> lines = Evidence.of(Fixtures.P1 + "\n\nWorkers test the first gate of the barrier in May.\n"
        + "Ana Pires\n\n" + Fixtures.P2 + "\n");
    assertTrue(Evidence.line(lines, "first gate").caption);
    assertTrue(Evidence.line(lines, "Ana Pires").caption);
    assertFalse(Evidence.line(lines, Fixtures.P2.substring(0, 30)).caption);
  }

  @Test
  void laterCopiesOfALineAreDuplicates() {
    List<Line> lines = Evidence.of(Fixtures.P1 + "\n\n" + Fixtures.P2 + "\n\n" + Fixtures.P1 + "\n");
    assertFalse(lines.get(0).duplicate);
    assertTrue(lines.get(2).duplicate);
  }

  @Test
  void tightBlockRepeatingTheArticleIsAnEcho() {
    String copy = Fixtures.P3.substring(0, Fixtures.P3.length() - 1) + " as planned";
    List<Line> lines = Evidence.of(Fixtures.P3 + "\n\n" + Fixtures.P4 + "\n\n" + copy + "\n" + Fixtures.P5 + "\n");
    assertFalse(lines.get(0).duplicate);
    assertTrue(Evidence.line(lines, "as planned").duplicate);
    assertFalse(Evidence.line(lines, Fixtures.P5.substring(0, 30)).duplicate);
  }

  @Test
  void doubledText() {
    assertTrue(CaptionsAndEchoes.doubled("Ana PiresAna Pires"));
    assertFalse(CaptionsAndEchoes.doubled("Ana Pires"));
  }
}
