package dev.newsnlp.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * One test per noise kind handled by the block classifier beyond the basic page (see {@link
 * PageCleanerTextTest}): teaser grids, echoed copies of the article, caption blocks, inline link boxes,
 * shouted cross-links, author bios, headline choice. All texts are written for the tests.
 */
class NoiseKindsTest {
  // the rule detectors and the rules-only selection (--cleaner=rules); LearnedCleanerTest covers the model
  private final PageCleaner cleaner = new PageCleaner(false);

  private static final String HEAD = "Port Maren Daily\n\n  • News\n  • Politics\n  • Sport\n  • Culture\n\n";
  private static final String FOOT = "\n\n  • About us\n  • Contact\n  • Privacy Policy\n";

  /** The article of {@link Fixtures} (title, byline, date, paragraphs) as one block of dump text. */
  private static String article() {
    return Fixtures.TITLE + "\n\n" + Fixtures.BYLINE + "\n" + Fixtures.DATE + "\n\n" + Fixtures.P1 + "\n\n"
        + Fixtures.P2 + "\n\n" + Fixtures.P3 + "\n\n" + Fixtures.P4 + "\n\n" + Fixtures.P5 + "\n\n"
        + Fixtures.LAST;
  }

  /** The article between the header menu and the footer, with {@code block} as its own paragraphs before {@code paragraph}. */
  private String cleanWithBlockBefore(String paragraph, String block) {
    return clean(HEAD + article().replace(paragraph, block + "\n\n" + paragraph) + FOOT);
  }

  private String clean(String dump) {
    CleanResult r = cleaner.cleanText(dump, null);
    assertTrue(r.kept(), () -> "dropped: " + r.dropReason());
    return r.text();
  }

  private static void assertKept(String text, String line) {
    assertTrue(text.contains(line), () -> "missing: " + line + "\n---\n" + text);
  }

  private static void assertDropped(String text, String line) {
    assertFalse(text.contains(line), () -> "should be dropped: " + line + "\n---\n" + text);
  }

  private static void assertArticleKept(String text) {
    for (String p : new String[] {Fixtures.P1, Fixtures.P2, Fixtures.P3, Fixtures.P4, Fixtures.P5, Fixtures.LAST}) {
      assertKept(text, p);
    }
  }

  @Test
  void teaserGridAfterArticleIsDropped() {
    // headline, author, date and a summary glued to them: three or more such units are other stories
    StringBuilder grid = new StringBuilder();
    String[][] units = {
      {"Ferry operator adds a late boat to the islands", "Mara Olsen",
        "The new departure at eleven at night runs on Fridays and Saturdays until the end of the summer."},
      {"Old lighthouse reopens as a museum of the coast", "Pieter Lund",
        "Visitors can climb the tower again after six years of repairs paid for by a local foundation."},
      {"School board delays vote on the new timetable", "Ana Pires",
        "Parents asked for more time to comment on the plan, which moves the start of classes to nine."},
      {"Fishing quotas cut again for the northern bay", "Jon Berg",
        "The regional authority says the stocks have not recovered from the cold winter two years ago."},
    };
    for (String[] u : units) {
      grid.append("\n\n").append(u[0]).append("\n\n").append(u[1]).append("\nWednesday March 6, 2024\n")
          .append(u[2]);
    }
    String t = clean(HEAD + article() + "\n\nMore from Port Maren Daily" + grid + FOOT);
    assertArticleKept(t);
    for (String[] u : units) {
      assertDropped(t, u[0]);
      assertDropped(t, u[2]);
    }
  }

  @Test
  void echoedCopyOfTheArticleIsDropped() {
    // a structured-data copy of the article further down, cut into fixed-length chunks
    String all = Fixtures.P1 + " " + Fixtures.P2 + " " + Fixtures.P3 + " " + Fixtures.P4;
    StringBuilder chunks = new StringBuilder();
    for (int i = 0; i < all.length(); i += 150) {
      chunks.append(all, i, Math.min(all.length(), i + 150)).append('\n');
    }
    String t = clean(HEAD + article() + "\n\nPort Maren Daily\n" + chunks + FOOT);
    assertArticleKept(t);
    assertDropped(t, all.substring(150, 300));
  }

  @Test
  void captionBlockWithGluedCreditIsDropped() {
    String caption = "Workers inspect the old sea wall near the ferry terminal after the storm.";
    String t = clean(HEAD + Fixtures.TITLE + "\n\n" + Fixtures.BYLINE + "\n\n" + Fixtures.P1 + "\n\n"
        + Fixtures.P2 + "\n\n" + caption + "\nThe wall was built in 1932.\nHarbor Archive\n\n" + Fixtures.P3
        + "\n\n" + Fixtures.P4 + "\n\n" + Fixtures.P5 + "\n\n" + Fixtures.LAST + FOOT);
    assertArticleKept(t);
    assertDropped(t, caption);
    assertDropped(t, "Harbor Archive");
  }

  @Test
  void gluedCreditAndDoubledAltTextAreCaptions() {
    String caption = "The harbor at dawn on the first day of the works";
    String alt = "Cranes in the harbor";
    String t = cleanWithBlockBefore(Fixtures.P3, caption + "\n\n" + caption + "Credit: Ana Pires\n\n" + alt + alt);
    assertArticleKept(t);
    assertDropped(t, caption);
    assertDropped(t, alt);
  }

  @Test
  void captionsWithTrailingSourceAndGallerySlidesAreDropped() {
    String sourced = "Flood levels in the old town over the last ten winters. Harbor Board";
    String slide = "An artist's impression of the barrier seen from the northern pier.";
    String t = cleanWithBlockBefore(Fixtures.P3, sourced + "\n\nImage 1 of 4\n\n" + slide);
    assertArticleKept(t);
    assertDropped(t, sourced);
    assertDropped(t, slide);
  }

  @Test
  void newsletterBoxInsideArticleGoesWithItsHeading() {
    String heading = "Port Maren Daily Newsletter";
    String box = "Sign up to get the best stories of the week in your inbox, as picked by the editors.";
    String t = cleanWithBlockBefore(Fixtures.P3, heading + "\n\n" + box);
    assertArticleKept(t);
    assertDropped(t, heading);
    assertDropped(t, box);
  }

  @Test
  void inlineRelatedBoxLinksAreDropped() {
    String link1 = "Council approves the budget for the new ferry terminal";
    String link2 = "Storm damage in the old town costs more than expected";
    String box = "Related\n\n  • " + link1 + "\n  • " + link2 + "\n\n";
    String t = clean(HEAD + article().replace(Fixtures.P3, box + Fixtures.P3) + FOOT);
    assertArticleKept(t);
    assertDropped(t, link1);
    assertDropped(t, link2);
  }

  @Test
  void headlineAboveReadMoreInsideArticleIsDropped() {
    String link = "Harbor parking fees to rise in the summer season";
    String t = cleanWithBlockBefore(Fixtures.P3, link + "\n\nRead more");
    assertArticleKept(t);
    assertDropped(t, link);
  }

  @Test
  void shoutedLinkBetweenParagraphsIsDropped() {
    String shout = "MAYOR PROMISES NEW BRIDGE TO THE ISLANDS BY 2030";
    String sub = "WHAT HAPPENS NEXT?";
    String t = clean(HEAD + article().replace(Fixtures.P3, shout + "\n\n" + Fixtures.P3)
        .replace(Fixtures.P5, sub + "\n\n" + Fixtures.P5) + FOOT);
    assertArticleKept(t);
    assertDropped(t, shout);
    assertKept(t, sub); // a short question in capitals is a subheading
  }

  @Test
  void crossSiteLinksGalleryCountersAndCountedLabelsAreDropped() {
    String cross = "On OtherPaper.com: Harbor barrier plans shown to residents";
    String t = cleanWithBlockBefore(Fixtures.P3, cross + "\n\nImage 2 of 7\n\nView all (12)");
    assertArticleKept(t);
    assertDropped(t, cross);
    assertDropped(t, "Image 2 of 7");
    assertDropped(t, "View all");
  }

  @Test
  void authorBioWithCapitalisedRoleIsDropped() {
    String bio = "Jane is a Senior Harbor Reporter for Port Maren Daily.";
    String t = clean(HEAD + article() + "\n\n" + bio + FOOT);
    assertArticleKept(t);
    assertDropped(t, bio);
  }

  @Test
  void moreSectionNewsHeadingEndsArticle() {
    String teaser = "Interstate ferry service cut back for the winter months ahead";
    String t = clean(HEAD + article() + "\n\nMore Business News\n\n  • " + teaser
        + " after the operator reported that the number of passengers had fallen by a third since spring." + FOOT);
    assertArticleKept(t);
    assertDropped(t, teaser);
  }

  @Test
  void headlineDirectlyAboveItsDateLineWinsOverCaptions() {
    String dump = HEAD + "  1. Local\n\n" + Fixtures.TITLE + "\n\nUpdated Mar 5, 2:20 PM\n\n"
        + "Current view of the harbor from the hill\n\nThe harbor seen from the old fort.\n\n"
        + "Jane Doe, Harbor Affairs Reporter\n\n" + Fixtures.P1 + "\n\n" + Fixtures.P2 + "\n\n" + Fixtures.P3
        + "\n\n" + Fixtures.P4 + FOOT;
    CleanResult r = cleaner.cleanText(dump, null);
    assertTrue(r.kept(), r.dropReason());
    assertEquals(Fixtures.TITLE, r.title());
    assertEquals("Jane Doe, Harbor Affairs Reporter", r.byline());
  }

  @Test
  void authorNameBelowHeadlineIsNotTheTitle() {
    String headline = "Harbor Guide: What do you buy for the sailor who already has everything?";
    String dump = HEAD + headline + "\n\nJane Doe\n\n- Mar. 5th 2024 2:20 pm\n\n" + Fixtures.P1 + "\n\n"
        + Fixtures.P2 + "\n\n" + Fixtures.P3 + "\n\n" + Fixtures.P4 + FOOT;
    CleanResult r = cleaner.cleanText(dump, null);
    assertTrue(r.kept(), r.dropReason());
    assertEquals(headline, r.title());
  }

  @Test
  void htmlStructuredArticleBodyKeepsItsBlocks() {
    String fact = "Tide tables for the barrier are published every Monday.";
    String body = Fixtures.P1 + " " + Fixtures.P2 + " " + fact + " " + Fixtures.P3 + " " + Fixtures.P4;
    String html = "<html><head><title>" + Fixtures.TITLE + "</title>"
        + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"" + Fixtures.TITLE
        + "\",\"articleBody\":\"" + body.replace("\"", "\\\"") + "\"}</script></head><body>"
        + "<div class=\"story\"><h1>" + Fixtures.TITLE + "</h1><p>" + Fixtures.P1 + "</p><p>" + Fixtures.P2
        + "</p><div class=\"caption\">" + fact + "</div><p>" + Fixtures.P3 + "</p><p>" + Fixtures.P4 + "</p></div>"
        + "<div><p>Our partners offer great deals on sailing gear and harbor tours every weekend this season."
        + "</p></div></body></html>";
    CleanResult r = cleaner.cleanHtml(html, null);
    assertTrue(r.kept(), r.dropReason());
    assertKept(r.text(), fact);
    assertKept(r.text(), Fixtures.P4);
    assertDropped(r.text(), "Our partners offer great deals");
  }

  @Test
  void headlineAboveAuthorWithHandleIsTheTitleNotTheAuthorLine() {
    String dump = HEAD + Fixtures.TITLE + "\n\nJane Doe @janedoe / 2 days\n\n" + Fixtures.P1 + "\n\n" + Fixtures.P2
        + "\n\n" + Fixtures.P3 + "\n\n" + Fixtures.LAST + FOOT;
    CleanResult r = cleaner.cleanText(dump, null);
    assertEquals(Fixtures.TITLE, r.title());
    assertKept(r.text(), Fixtures.TITLE);
    assertKept(r.text(), "Jane Doe @janedoe");
  }

  @Test
  void headlineAbovePublishedLineWithWeekdayIsTheTitle() {
    String dump = HEAD + "Harbor News\n\n" + Fixtures.TITLE + "\n\nPublished Tue, Mar 5 20242:20 PM ESTUpdated an hour ago\n\n"
        + Fixtures.P1 + "\n\n" + Fixtures.P2 + "\n\n" + Fixtures.P3 + "\n\n" + Fixtures.LAST + FOOT;
    CleanResult r = cleaner.cleanText(dump, null);
    assertEquals(Fixtures.TITLE, r.title());
    assertEquals("2024-03-05", r.published());
    assertDropped(r.text(), "Published Tue, Mar 5 20242:20 PM"); // its date is in published
  }

  @Test
  void headlineAboveBareAuthorNameWinsOverImageLabelAboveTheDate() {
    String dump = HEAD + "Flag of the Harbor Region\nHarbor Region\n\nLocal News\nMarch 5, 2024 / 2:20 PM / Updated 3 hours ago\n\n"
        + Fixtures.TITLE + "\n\nJane Doe\n\n4 Min Read\n\n" + Fixtures.P1 + "\n\n" + Fixtures.P2 + "\n\n"
        + Fixtures.P3 + "\n\n" + Fixtures.LAST + FOOT;
    CleanResult r = cleaner.cleanText(dump, null);
    assertEquals(Fixtures.TITLE, r.title());
  }

  @Test
  void listTheArticleAnnouncesIsKeptAndMenusAreNot() {
    String list = "  • Measure the tide every morning\n  • Close the gates at high water\n"
        + "  • Report leaks to the office\n  • Check the pumps in spring\n  • Clear the drains of sand\n"
        + "  • Keep the pumps ready for storms\n";
    String dump = HEAD + article().replace(Fixtures.P3, "The engineers gave the crews four rules for the first winter:\n\n"
        + list + "\nThe second winter\n\n" + Fixtures.P3) + FOOT;
    String t = clean(dump);
    assertArticleKept(t);
    assertKept(t, "Measure the tide every morning");
    assertKept(t, "Keep the pumps ready for storms");
    assertDropped(t, "Privacy Policy");
    assertDropped(t, "Politics");
  }

  @Test
  void legalAndEditorialPolicyNoticesUnderTheArticleAreDroppedItsCreditsKept() {
    String notice = "Port Maren Daily is not responsible for the opinions, statements or media content presented by "
        + "contributors. In case of abuse, write to the editors.";
    String credit = "Additional reporting by Ana Pires; Editing by Jon Berg";
    String t = clean(HEAD + article() + "\n\n" + credit + "\n\nOur Standards: The Port Maren Daily Trust Principles.\n\n"
        + notice + FOOT);
    assertArticleKept(t);
    assertKept(t, credit);
    assertDropped(t, "Trust Principles");
    assertDropped(t, "is not responsible for the opinions");
  }

  @Test
  void followTheAuthorOnSocialMediaIsNoiseAndNotTheTitle() {
    String dump = HEAD + Fixtures.TITLE + "\n\nFollow Jane Doe on Twitter\n\n" + Fixtures.DATE + "\n\n" + Fixtures.P1
        + "\n\n" + Fixtures.P2 + "\n\n" + Fixtures.P3 + "\n\n" + Fixtures.LAST + FOOT;
    CleanResult r = cleaner.cleanText(dump, null);
    assertEquals(Fixtures.TITLE, r.title());
    assertDropped(r.text(), "Follow Jane Doe on Twitter");
  }

  @Test
  void slideshowInsideTheArticleIsDroppedWithoutCuttingTheArticle() {
    StringBuilder gallery = new StringBuilder();
    String[] captions = {
      "An engineer's drawing of the northern gate of the barrier, seen from the old harbor wall.",
      "The pumping station that will drain the old town when the gates are closed in a storm.",
      "A model of the barrier on show at the town hall until the end of the month.",
      "Workers test the foundations of the southern gate in the shallow water of the bay.",
      "The flood of February 2022, when the water reached the steps of the cathedral.",
    };
    for (int i = 0; i < captions.length; i++) {
      gallery.append("Image ").append(i + 1).append(" of ").append(captions.length).append("\n")
          .append(captions[i]).append("\n").append(captions[i]).append("\n(Image credit: Port Maren Council)\n\n");
    }
    String dump = HEAD + Fixtures.TITLE + "\n\n" + Fixtures.BYLINE + "\n" + Fixtures.DATE + "\n\n" + Fixtures.P1
        + "\n\n" + Fixtures.P2 + "\n\n" + gallery + Fixtures.P3 + "\n\n" + Fixtures.P4 + "\n\n" + Fixtures.P5
        + "\n\n" + Fixtures.LAST + FOOT;
    String t = clean(dump);
    assertArticleKept(t);
    assertKept(t, Fixtures.TITLE);
    assertDropped(t, "Image 2 of 5");
    assertDropped(t, "(Image credit: Port Maren Council)");
  }
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
    CleanResult r = cleaner.cleanText(dump, null);
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
  void camelCaseBrandInAHeadlineDoesNotMakeItAGluedTeaser() {
    String title = "Weekend Deals: Harbor Outlet Cuts Prices on PlayStation Controllers, AirPods and Fishing Gear";
    String dump = HEAD + title + "\n\n" + Fixtures.BYLINE + "\n" + Fixtures.DATE + "\n\n" + Fixtures.P1 + "\n\n"
        + Fixtures.P2 + "\n\n" + Fixtures.P3 + "\n\n" + Fixtures.LAST + FOOT;
    CleanResult r = cleaner.cleanText(dump, null);
    assertEquals(title, r.title());
    assertTrue(ArticleExtractor.gluedTeaser("Best Fish Markets In Port MarenWondering where to buy fresh herring this week?"));
  }

  @Test
  void followWidgetsReadingTimeAndPromptsEndingInAColonAreNotTheTitle() {
    String dump = HEAD + "Try our free courses. Pick a topic and start watching now:\n\n" + Fixtures.TITLE + "\n\n"
        + Fixtures.BYLINE + "\n" + Fixtures.DATE + "\n\n12 minutes - 2400 words\n\nFollow the author of this article\n\n"
        + "Follow the topics within this article\n\n" + Fixtures.P1 + "\n\n" + Fixtures.P2 + "\n\n" + Fixtures.P3
        + "\n\n" + Fixtures.LAST + FOOT;
    CleanResult r = cleaner.cleanText(dump, null);
    assertEquals(Fixtures.TITLE, r.title());
    assertDropped(r.text(), "2400 words");
    assertDropped(r.text(), "Follow the topics");
    assertDropped(r.text(), "Follow the author");
  }

  @Test
  void commissionAsAnInstitutionIsArticleTextAsAnAffiliateFeeItIsNot() {
    String health = "Twelve people who were in close contact with the fisherman were put under observation. None has "
        + "shown symptoms so far, the regional health commission said.";
    String affiliate = "If you buy something through these links we may receive a small commission.";
    String t = clean(HEAD + article().replace(Fixtures.P4, health + "\n\n" + Fixtures.P4) + "\n\n" + affiliate + FOOT);
    assertArticleKept(t);
    assertKept(t, health);
    assertDropped(t, affiliate);
  }

  @Test
  void wireCopyrightLineUnderTheArticleIsKeptTheSiteFooterIsNot() {
    String wire = "\u00a9 2024 The Associated Press. All Rights Reserved. This material may not be published, broadcast, "
        + "rewritten or redistributed.";
    String t = clean(HEAD + article() + "\n\n" + wire + "\n\nComments\n\nYou must log in to post a comment.\n\n"
        + "\u00a9 2024 Port Maren Daily. All rights reserved." + FOOT);
    assertArticleKept(t);
    assertKept(t, wire);
    assertDropped(t, "Port Maren Daily. All rights reserved");
    assertDropped(t, "log in to post");
  }

  @Test
  void relatedBoxBeforeTheLastParagraphDoesNotCutItOff() {
    String link1 = "Council approves the budget for the new ferry terminal";
    String link2 = "Storm damage in the old town costs more than expected";
    String link3 = "Fishermen ask for a study of the currents in the bay";
    String box = "RELATED STORIES\n\n  • " + link1 + "\n  • " + link2 + "\n  • " + link3 + "\n\n";
    String t = clean(HEAD + article().replace(Fixtures.P5, box + Fixtures.P5) + "\n\n" + Fixtures.SHARE + FOOT);
    assertArticleKept(t);
    assertDropped(t, link1);
    assertDropped(t, link3);
  }

  @Test
  void commandTheArticleAnnouncesWithAColonIsKept() {
    String intro = "The council publishes the water levels as open data, and anyone can download the latest readings"
        + " with the command-line tool of the water board:";
    String command = "tides fetch --station port-maren";
    String t = cleanWithBlockBefore(Fixtures.P4, intro + "\n\n" + command + "\n\n" + Fixtures.SUBHEAD);
    assertArticleKept(t);
    assertKept(t, command);
    assertDropped(t, "Politics");
  }

  @Test
  void dataTableBetweenParagraphsIsKeptMenusAreNot() {
    String table = "gate\nwidth\nclosing time\nnorthern\n120 m\n40 min\nsouthern\n85 m\n35 min\nharbor\n60 m\n25 min\n";
    String intro = "The engineers compared the width and the closing time of the three gates in their final report to"
        + " the council.";
    String t = clean(HEAD + article().replace(Fixtures.P4, intro + "\n\n" + table + "\n" + Fixtures.P4) + FOOT);
    assertArticleKept(t);
    assertKept(t, "120 m");
    assertKept(t, "25 min");
    assertDropped(t, "Politics");
    assertDropped(t, "About us");
  }

  @Test
  void blurbUnderASignUpHeadingAfterTheArticleIsDropped() {
    String blurb = "Breaking harbor news and the first updates on storms, ferry timetables, markets, festivals and"
        + " more, delivered to you every morning!";
    String t = clean(HEAD + article() + "\n\nSign up for e-mail newsletters\n\n" + blurb
        + "\n\nNo spam, we promise. You can unsubscribe at any time." + FOOT);
    assertArticleKept(t);
    assertDropped(t, blurb);
  }

  @Test
  void excerptsOfOtherPostsWithReadTheRestLinksAndSiteLegalFooterAreDropped() {
    String[][] posts = {
      {"Lighthouse keepers' diaries go online", "The harbor museum has scanned forty years of diaries kept by the keepers"
          + " of the northern light, and anyone can now read them on its website."},
      {"A choir sings on the ferry every Sunday", "Every Sunday morning a choir of thirty singers boards the first ferry"
          + " to the islands and sings for the passengers until the boat reaches the pier."},
      {"The best fish soup in Port Maren", "We asked readers to name the best fish soup in town, and the answers sent us"
          + " to a small kitchen behind the market hall that opens only at lunchtime."},
    };
    StringBuilder more = new StringBuilder();
    for (String[] p : posts) {
      more.append(p[0]).append("\n\n").append(p[1]).append("\nREAD THE REST\n\n");
    }
    String legal = "Read the rules you agree to by using this website in our Terms of Service.";
    String t = clean(HEAD + article() + "\n\n" + more + legal + "\n\nPort Maren Daily is published under a Creative"
        + " Commons license except where otherwise noted." + FOOT);
    assertArticleKept(t);
    assertDropped(t, "Lighthouse keepers");
    assertDropped(t, "choir of thirty singers");
    assertDropped(t, "READ THE REST");
    assertDropped(t, legal);
    assertDropped(t, "Creative Commons");
  }

  @Test
  void siteNameWrittenAsItsDomainIsALabelNotText() {
    String t = cleanWithBlockBefore(Fixtures.P3, "PORTMARENDAILY.COM");
    assertArticleKept(t);
    assertDropped(t, "PORTMARENDAILY.COM");
  }

  @Test
  void longCaptionEndingWithAPhotographersCreditIsDropped() {
    String caption = "Mayor Ilse Verhoeven and the chief engineer of the water board look at a model of the tidal barrier in"
        + " the council chamber of Port Maren on March 4, 2024, a day before the vote. (Photo by Ana Pires/Port Maren Daily)";
    String t = cleanWithBlockBefore(Fixtures.P3, caption);
    assertArticleKept(t);
    assertDropped(t, "look at a model of the tidal barrier");
  }

  @Test
  void codeBlockBetweenParagraphsIsKept() {
    String intro = "The water board publishes its gauge readings as files, and every station keeps them in a folder laid"
        + " out the same way, which makes the data easy to collect for anyone who wants to study the floods.";
    String tree = "gauges/\n|-- port-maren/\n|   |-- 2023.csv\n|   |-- 2024.csv\n|-- north-bay/\n|   |-- <daily readings>\n"
        + "|-- README\n";
    String t = clean(HEAD + article().replace(Fixtures.P4, intro + "\n\n" + tree + "\n" + Fixtures.P4) + FOOT);
    assertArticleKept(t);
    assertKept(t, "|-- port-maren/");
    assertKept(t, "<daily readings>");
  }

  @Test
  void appealWordOpeningASecondSentenceCounts() {
    String appeal = "Need more harbor news? Subscribe to our weekly magazine for the best stories from the coast!";
    String t = clean(HEAD + article() + "\n\n" + appeal + FOOT);
    assertArticleKept(t);
    assertDropped(t, appeal);
  }

  @Test
  void breadcrumbTrailGluedToTheHeadlineIsNotTheTitle() {
    String title = "Harbor city council approves a new tidal barrier for the old town after a decade of winter floods";
    String dump = HEAD + "Home News Local News " + title + "\n\n" + title + "\n\n" + Fixtures.DATE + "\n"
        + Fixtures.P1 + "\n\n" + Fixtures.P2 + "\n\n" + Fixtures.P3 + "\n\n" + Fixtures.LAST + FOOT;
    CleanResult r = cleaner.cleanText(dump, null);
    assertEquals(title, r.title());
    assertDropped(r.text(), "Home News Local News");
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

  @Test
  void headlineBulletsBetweenParagraphsAreLinksToOtherStories() {
    String links = "  • Storm Surge Barriers: How the Northern Ports Did It\n  • Why the Old Harbor Wall Will Stay Open to Walkers\n";
    String t = clean(HEAD + article().replace(Fixtures.P4, links + "\n" + Fixtures.P4) + FOOT);
    assertArticleKept(t);
    assertDropped(t, "Storm Surge Barriers");
    assertDropped(t, "Old Harbor Wall Will Stay Open");
  }

  @Test
  void headlineAboveItsDeckIsTheTitleNotTheDeck() {
    String headline = "Harbor City Approves New Tidal Barrier After Decade of Floods, Fishermen Protest";
    String deck = "Construction Starts Next Week, But the Fishermen Are Still Not Convinced";
    String dump = HEAD + headline + "\n\n" + deck + "\n\n" + Fixtures.BYLINE + "\n" + Fixtures.DATE + "\n\n" + Fixtures.P1
        + "\n\n" + Fixtures.P2 + "\n\n" + Fixtures.P3 + "\n\n" + Fixtures.LAST + FOOT;
    CleanResult r = cleaner.cleanText(dump, null);
    assertEquals(headline, r.title());
  }
}
