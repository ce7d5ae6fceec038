package dev.newsnlp.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GuardsTest {
  @Test
  void textThatFitsIsNotCut() {
    assertEquals(11, TextLimits.cut("Short text.", 100));
  }

  @Test
  void cutsAtTheLastSentenceEndBeforeTheLimit() {
    String text = "The council met on Monday. It voted to fund the bridge. Work starts in May and ends in 2027.";
    int end = TextLimits.cut(text, 70);
    assertEquals("The council met on Monday. It voted to fund the bridge.", text.substring(0, end));
  }

  @Test
  void withoutASentenceEndCutsAtAWord() {
    String text = "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25";
    int end = TextLimits.cut(text, 30);
    assertTrue(end <= 30 && Character.isWhitespace(text.charAt(end)), "cut before a space: " + end);
  }

  @Test
  void slowWorkTimesOutAndTheNextRunsOnAFreshThread() throws Exception {
    try (TimeLimit limit = new TimeLimit(200)) {
      assertThrows(TimeLimit.TimedOutException.class, () -> limit.call(() -> {
        Thread.sleep(10_000);
        return "never";
      }));
      assertEquals("done", limit.call(() -> "done"));
    }
  }
}
