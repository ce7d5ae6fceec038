package dev.newsnlp.clean;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CleanerTrainerTest {
  private static final String BODY = String.join("\n", Fixtures.P1, Fixtures.P2, Fixtures.P3, Fixtures.SUBHEAD,
      Fixtures.P4, Fixtures.P5, Fixtures.LAST);

  /** Pages made from the test fixture with their gold body; ids differ so the halves split them. */
  private static List<CleanerTrainer.Page> pages(int n) {
    List<CleanerTrainer.Page> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new CleanerTrainer.Page("page-" + i, "test", null, Fixtures.articleDump(), BODY, Fixtures.TITLE,
          List.of(), List.of()));
    }
    return out;
  }

  @Test
  void theSamePagesGiveTheSameModelBytes() throws Exception {
    CleanerTrainer.Trained a = CleanerTrainer.train(pages(24), false);
    CleanerTrainer.Trained b = CleanerTrainer.train(pages(24), false);
    assertEquals(LineModel.files("dump").size(), a.files().size());
    for (int i = 0; i < a.files().size(); i++) {
      assertArrayEquals(a.files().get(i), b.files().get(i), LineModel.files("dump").get(i));
    }
  }

  @Test
  void aModelTrainedOnLabelledPagesKeepsTheirBodyAndDropsTheirMenus() throws Exception {
    LineModel model = CleanerTrainer.train(pages(24), false).model();
    CleanResult r = new PageCleaner(true, model, null).cleanText(Fixtures.articleDump(), null);
    assertTrue(r.text().contains(Fixtures.P3), r.text());
    assertTrue(!r.text().contains("Privacy Policy"), r.text());
  }
}
