package dev.newsnlp.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static dev.newsnlp.clean.RulesPages.*;

import org.junit.jupiter.api.Test;

/**
 * One test per noise kind handled by the block classifier beyond the basic page (see {@link
 * PageCleanerTextTest}): teaser grids, echoed copies of the article, caption blocks, inline link boxes,
 * shouted cross-links, author bios, headline choice. All texts are written for the tests.
 */
class NoiseKindsTest {

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
    CleanResult r = RULES.cleanHtml(html, null);
    assertTrue(r.kept(), r.dropReason());
    assertKept(r.text(), fact);
    assertKept(r.text(), Fixtures.P4);
    assertDropped(r.text(), "Our partners offer great deals");
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

  @Test
  void camelCaseBrandInAHeadlineDoesNotMakeItAGluedTeaser() {
    String title = "Weekend Deals: Harbor Outlet Cuts Prices on PlayStation Controllers, AirPods and Fishing Gear";
    String dump = HEAD + title + "\n\n" + Fixtures.BYLINE + "\n" + Fixtures.DATE + "\n\n" + Fixtures.P1 + "\n\n"
        + Fixtures.P2 + "\n\n" + Fixtures.P3 + "\n\n" + Fixtures.LAST + FOOT;
    CleanResult r = RULES.cleanText(dump, null);
    assertEquals(title, r.title());
    assertTrue(ArticleExtractor.gluedTeaser("Best Fish Markets In Port MarenWondering where to buy fresh herring this week?"));
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
  void headlineBulletsBetweenParagraphsAreLinksToOtherStories() {
    String links = "  • Storm Surge Barriers: How the Northern Ports Did It\n  • Why the Old Harbor Wall Will Stay Open to Walkers\n";
    String t = clean(HEAD + article().replace(Fixtures.P4, links + "\n" + Fixtures.P4) + FOOT);
    assertArticleKept(t);
    assertDropped(t, "Storm Surge Barriers");
    assertDropped(t, "Old Harbor Wall Will Stay Open");
  }
}
