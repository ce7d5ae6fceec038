package dev.newsnlp.clean.evidence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsnlp.clean.Fixtures;
import dev.newsnlp.clean.render.Line;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Menus and link lists versus lists the article announces. */
class ListsAndBoxesTest {

  @Test
  void listAnnouncedByAProseLineIsContent() {
    List<Line> lines = Evidence.of(Fixtures.P1 + "\n\nThe council set three conditions for the builders:\n\n"
        + "  • the old fish market stays open during the works\n"
        + "  • no lorries in the old town before seven in the morning\n"
        + "  • a report on the currents every six months\n\n" + Fixtures.P2 + "\n");
    for (String item : new String[] {"fish market", "no lorries", "currents every"}) {
      Line l = Evidence.line(lines, item);
      assertTrue(l.announcedItem, item);
      assertFalse(l.menuRun, item);
    }
  }

  @Test
  void menuIsAMenuRun() {
    List<Line> lines = Evidence.of(Fixtures.MENU + "\n" + Fixtures.P1 + "\n\n" + Fixtures.P2 + "\n");
    Line politics = Evidence.line(lines, "Politics");
    assertTrue(politics.menuRun);
    assertFalse(politics.announcedItem);
  }
}
