package dev.newsnlp.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static dev.newsnlp.clean.RulesPages.*;

import org.junit.jupiter.api.Test;

/**
 * Reader comments against article text that looks like them, for the rules (--cleaner=rules): comment
 * threads without a heading, comments under name and time lines, paragraphs quoting a named person, live-blog
 * entries. All texts are written for the tests.
 */
class CommentKindsTest {
  private static final String POST = "Every spring the harbor trust opens its books to the town: this thread is the place to "
      + "ask about the barrier budget, the pumping contracts or anything else in our annual report, and to tell us where "
      + "the report was hard to follow. We read every question and answer as many as we can here, in public, so that "
      + "other readers can see the answers too. If you would rather write to us privately, the trust's office takes "
      + "letters and calls on weekdays.";

  @Test
  void readerCommentThreadWithoutAHeadingUnderAShortPostIsDropped() {
    String[][] comments = {
      {"Tomas Reyes on April 3, 2024 at 9:12 am said:",
        "Why did the pumping contract go to a firm from outside the region when two local firms bid lower? The report "
            + "gives the prices but not the reasons, and I could not find the minutes of the meeting where it was decided."},
      {"Harbor Trust (staff) on April 4, 2024 at 2:40 pm said:",
        "Thanks for asking, Tomas. The two local bids did not include maintenance after the first five years, so the "
            + "board compared them on a different basis. The minutes of the March meeting are on the trust's website "
            + "under Governance, and we will add a link to them in the report."},
      {"Inge on April 5, 2024 at 7:05 pm said:",
        "I would like to know how much of the budget went to the study of the northern gate that was later dropped, "
            + "because it seems to me that the town paid for two designs and built only one of them."},
      {"Harbor Trust (staff) on April 8, 2024 at 10:30 am said:",
        "The study of the northern gate cost about four percent of the design budget. It was needed to get the "
            + "permit for the southern gate, because the permit office asked for both options to be compared."},
      {"Pieter Lund on April 9, 2024 at 6:18 pm said:",
        "The report says that the barrier will be closed about twelve times a year, but the model in the appendix "
            + "assumes a sea level that is already out of date. Has the trust asked the engineers to run the model "
            + "again with the new figures from the national institute, and if so, when will the results be published?"},
      {"Harbor Trust (staff) on April 11, 2024 at 11:02 am said:",
        "Yes, the engineers are running the model again with the figures published last autumn. We expect the "
            + "results before the summer and will publish them with a short note on what changes for the closing "
            + "times, the pumping costs and the maintenance plan of both gates over the next thirty years."},
    };
    StringBuilder thread = new StringBuilder(); // no "Comments" heading: only the headers tell
    for (String[] c : comments) {
      thread.append("  • ").append(c[0]).append("\n\n    ").append(c[1]).append("\n\n");
    }
    String title = "Spring open thread: ask the harbor trust";
    String dump = HEAD + title + "\n\nApril 2, 2024 | by Mara Olsen\n\n" + POST
        + "\n\nPosted in Open thread | Permalink | 4 Comments\n\n" + thread + FOOT;
    CleanResult r = RULES.cleanText(dump, null);
    assertTrue(r.kept(), () -> "dropped: " + r.dropReason());
    assertEquals(title, r.title());
    assertKept(r.text(), POST);
    assertDropped(r.text(), "said:");
    assertDropped(r.text(), "pumping contract go to a firm");
    assertDropped(r.text(), "four percent of the design budget");
  }

  @Test
  void commentsUnderNameAndTimedDateLinesAreDropped() {
    String thread = "3 thoughts on \u201c" + Fixtures.TITLE + "\u201d\n\n"
        + " 1. Ana Pires\n    March 5, 2024 at 5:57 pm\n\n    It took ten years of floods to get here and I am glad the "
        + "council finally agreed on something that the whole harbor can support.\n\n"
        + " 2. Jon Berg\n    March 6, 2024 at 8:03 am\n\n    The fishermen still have a point about the closing times of the "
        + "gates during the herring season, and the article explains it well.\n\n"
        + " 3. Mara Olsen\n    March 6, 2024 at 9:41 am\n\n    Does anyone know whether the footpath on the old harbor "
        + "wall will stay open while the southern gate is being built next year?\n";
    String t = clean(HEAD + article() + "\n\n" + thread + FOOT);
    assertArticleKept(t);
    assertDropped(t, "thoughts on");
    assertDropped(t, "Jon Berg");
    assertDropped(t, "herring season");
    assertDropped(t, "footpath on the old harbor wall");
  }

  @Test
  void paragraphsIntroducingQuotesWithANameAndSaidAreNotReaderComments() {
    String q1 = "\u201cWe have waited ten years for this vote, and the town cannot wait another winter for the barrier"
        + " to be built,\u201d the mayor told the council before the vote on Tuesday evening.";
    String q2 = "\u201cThe fish do not read council minutes, and nobody has asked what the currents will do to the bay"
        + " once the gates are closed,\u201d he told reporters outside the town hall after the vote.";
    String t = cleanWithBlockBefore(Fixtures.P4, "Ilse Verhoeven said:\n\n" + q1 + "\n\nTomas Brink said:\n\n" + q2);
    assertArticleKept(t);
    assertKept(t, q1);
    assertKept(t, q2);
  }

  @Test
  void liveBlogEntriesWithAuthorAndTimeAreArticleTextNotComments() {
    String[] entries = {
      "The council chamber is full: about two hundred residents came to watch the vote, and more are following it on"
          + " the screens set up in the market square.",
      "Tomas Brink of the fishermen's association asks the council again to pay for an independent study of the"
          + " currents in the bay before the barrier is built.",
      "The mayor answers that the engineering reports will be published in full and that two public meetings will"
          + " be held in April, whatever the result of the vote.",
      "The vote is nine to six in favor of the barrier. Construction of the access roads should start in September,"
          + " the council says.",
    };
    StringBuilder blog = new StringBuilder();
    int minute = 10;
    for (String e : entries) {
      blog.append("Jane Doe\nMarch 5, 2024 at 7:").append(minute).append(" pm\n\n").append(e).append("\n\n");
      minute += 12;
    }
    String t = clean(HEAD + Fixtures.TITLE + "\n\n" + Fixtures.P1 + "\n\n" + Fixtures.P2 + "\n\n" + Fixtures.P3 + "\n\n"
        + blog + FOOT);
    for (String e : entries) {
      assertKept(t, e);
    }
  }
}
