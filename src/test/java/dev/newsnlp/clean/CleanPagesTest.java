package dev.newsnlp.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsnlp.errors.Failures;
import dev.newsnlp.model.CleanedPage;
import dev.newsnlp.model.Page;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.jupiter.api.Test;

/**
 * The cleaning composite on the direct runner, on pages written for the test: noise removal, each drop
 * reason, and duplicates. Every page comes out once, kept or with its reason. TestPipeline run
 * programmatically under JUnit 5, as in ReadDumpsTest.
 */
class CleanPagesTest {
  private static final String MENU = "Valdemoor Courier\n\n  • Home\n  • Region\n  • Economy\n  • Sport\n  • Weather\n\n";
  private static final String ARTICLE = String.join("\n\n",
      "Valdemoor opens its first night bus line after a year of petitions",
      "The regional transport board of Valdemoor agreed on Thursday to run a night bus between the university "
          + "quarter and the eastern suburbs, answering a petition signed by more than four thousand residents.",
      "The line will run every forty minutes from midnight until five in the morning on Fridays and Saturdays, "
          + "and the board said it would decide after six months whether to extend it to the rest of the week.",
      "Shift workers at the hospital and the bakeries of the old market had asked for the service for years, "
          + "because the last tram leaves the centre before eleven and taxis are scarce after midnight.",
      "Tickets will cost the same as on day buses, and monthly passes will be valid on the new line.");
  private static final String GERMAN = String.join("\n\n",
      "Valdemoor eröffnet seine erste Nachtbuslinie",
      "Der regionale Verkehrsverbund von Valdemoor hat am Donnerstag beschlossen, einen Nachtbus zwischen dem "
          + "Universitätsviertel und den östlichen Vororten fahren zu lassen. Mehr als viertausend Einwohner hatten "
          + "eine Petition unterschrieben.",
      "Die Linie fährt freitags und samstags alle vierzig Minuten von Mitternacht bis fünf Uhr morgens. Nach "
          + "sechs Monaten will der Verbund entscheiden, ob sie auch an den übrigen Tagen der Woche fährt.",
      "Schichtarbeiter im Krankenhaus und in den Bäckereien am alten Markt hatten seit Jahren darum gebeten, "
          + "weil die letzte Straßenbahn das Zentrum vor elf Uhr verlässt.");

  private final TestPipeline pipeline = TestPipeline.create().enableAbandonedNodeEnforcement(false);

  private static Page page(String docId, String content) {
    return Page.create(docId, "test/" + docId + ".txt", 0, "text", null, null, null, null, "UTF-8", content, false);
  }

  private PCollectionTuple clean(CleanPages cleanPages, Page... pages) {
    return pipeline.apply(Create.of(List.of(pages))).apply(cleanPages);
  }

  /** Each page as "doc id | drop reason" ("kept" when kept), so that a mismatch shows which page differs. */
  private static PCollection<String> decisions(PCollectionTuple cleaned) {
    return cleaned.get(CleanPages.CLEANED).apply("Describe", MapElements.into(TypeDescriptors.strings())
        .via((CleanedPage p) -> p.getDocId() + " | " + (p.kept() ? "kept" : p.getDropReason())));
  }

  @Test
  void keptArticleLosesTheMenuAndKeepsItsProse() {
    PCollectionTuple cleaned = clean(CleanPages.with(true, Set.of("en"), true), page("bus", MENU + ARTICLE));
    PAssert.that(decisions(cleaned)).containsInAnyOrder("bus | kept");
    PAssert.that(cleaned.get(CleanPages.CLEANED)).satisfies(pages -> {
      CleanedPage p = pages.iterator().next();
      assertTrue(p.getText().contains("answering a petition signed by more than four thousand residents"), p.getText());
      assertTrue(p.getText().contains("monthly passes will be valid on the new line"), p.getText());
      assertFalse(p.getText().contains("Weather"), "the menu is noise: " + p.getText());
      assertTrue(p.getCharsIn() > p.getText().length());
      return null;
    });
    PAssert.that(cleaned.get(Failures.TAG)).empty();
    pipeline.run().waitUntilFinish();
  }

  @Test
  void eachDropReasonOnItsOwnPage() {
    String menuOnly = "  • Home\n  • Region\n  • Economy\n  • Sport\n\n  • About us\n  • Contact\n  • Privacy\n";
    String tooLittle = MENU + "Night bus\n\nThe regional transport board agreed on Thursday to run a night bus between"
        + " the university quarter and the eastern suburbs.\n\n  • About us\n  • Contact\n";
    String error = MENU + "404 - Page not found\n\nSorry, the page you asked for has moved or never existed.\n";
    String consent = "Before you read on\n\nWe use cookies and similar data to run this site, measure our audience"
        + " and show personalised advertising. If you accept all, we will also use cookies to build new services.\n\n"
        + "[Reject all] [Accept all]\n\nManage your choices\n";
    PCollectionTuple cleaned = clean(CleanPages.with(true, Set.of("en"), true),
        page("article", ARTICLE), page("german", GERMAN), page("menu-only", menuOnly),
        page("brief", tooLittle), page("error", error), page("consent", consent));
    PAssert.that(decisions(cleaned)).containsInAnyOrder(
        "article | kept",
        "german | " + DropReasons.NOT_ENGLISH + ":de",
        "menu-only | " + DropReasons.NO_ARTICLE_TEXT,
        "brief | " + DropReasons.TOO_LITTLE_PROSE,
        "error | " + DropReasons.NOT_ARTICLE_ERROR,
        "consent | " + DropReasons.NOT_ARTICLE_CONSENT);
    PAssert.that(cleaned.get(Failures.TAG)).empty();
    pipeline.run().waitUntilFinish();
  }

  @Test
  void listingPageIsNotAnArticle() {
    StringBuilder listing = new StringBuilder(MENU).append("Latest from the region\n\n");
    String[][] teasers = {
      {"Night bus approved", "The transport board agreed to run a night bus to the eastern suburbs."},
      {"Bridge closed for repairs", "The old river bridge will be closed to cars for three weeks in May."},
      {"Bakery wins award", "A family bakery of the old market won the regional bread prize this year."},
      {"Floods in the valley", "Heavy rain flooded cellars in three villages north of the city on Sunday."},
      {"Library extends hours", "The central library will stay open until ten in the evening from June."},
      {"Football club promoted", "Valdemoor's football club was promoted after a two-nil win at home."},
      {"New school director", "The grammar school named a new director after a year without one."},
    };
    for (String[] t : teasers) {
      listing.append(t[0]).append("\n").append(t[1]).append("\n  • 12 Apr 2026\n\n");
    }
    Page p = Page.create("listing", "test/listing.html", 0, "text", "https://www.valdemoor-courier.example/region/",
        null, null, null, "UTF-8", listing.toString(), false);
    PAssert.that(decisions(clean(CleanPages.with(true, Set.of("en"), true), p)))
        .containsInAnyOrder("listing | " + DropReasons.NOT_ARTICLE_LISTING);
    pipeline.run().waitUntilFinish();
  }

  @Test
  void duplicatesKeepTheSmallestDocIdAndNameIt() {
    // The same article under two menus: the cleaned texts are equal, so one page is a duplicate.
    PCollectionTuple cleaned = clean(CleanPages.with(true, Set.of("en"), true),
        page("b-copy", MENU + ARTICLE), page("a-first", ARTICLE), page("c-other", GERMAN));
    PAssert.that(decisions(cleaned)).containsInAnyOrder(
        "a-first | kept", "b-copy | " + DropReasons.DUPLICATE + ":a-first", "c-other | not_english:de");
    pipeline.run().waitUntilFinish();
  }

  /** Buckets (the direct runner's) hold several texts per group: each text still keeps its own first page. */
  @Test
  void duplicatesInBucketsOfSeveralTextsAreTheSame() {
    String other = ARTICLE.replace("Valdemoor", "Kessingen").replace("night bus", "night tram");
    for (int buckets : new int[] {1, 3}) {
      TestPipeline p = TestPipeline.create().enableAbandonedNodeEnforcement(false);
      PCollectionTuple cleaned = p.apply(Create.of(List.of(page("b-copy", MENU + ARTICLE), page("a-first", ARTICLE),
              page("e-copy", MENU + other), page("d-other", other), page("c-other", GERMAN))))
          .apply(CleanPages.with(true, Set.of("en"), true).withDuplicateBuckets(buckets));
      PAssert.that(decisions(cleaned)).containsInAnyOrder("a-first | kept", "b-copy | " + DropReasons.DUPLICATE
          + ":a-first", "d-other | kept", "e-copy | " + DropReasons.DUPLICATE + ":d-other", "c-other | not_english:de");
      p.run().waitUntilFinish();
    }
  }

  @Test
  void withoutDuplicateRemovalOrLanguageFilterBothCopiesAreKept() {
    PCollectionTuple cleaned = clean(CleanPages.with(true, Set.of(), false),
        page("b-copy", MENU + ARTICLE), page("a-first", ARTICLE), page("c-other", GERMAN));
    PAssert.that(decisions(cleaned)).containsInAnyOrder("a-first | kept", "b-copy | kept", "c-other | kept");
    PAssert.that(cleaned.get(CleanPages.CLEANED)).satisfies(pages -> {
      long german = StreamSupport.stream(pages.spliterator(), false).filter(p -> p.getDocId().equals("c-other"))
          .filter(p -> p.getLanguage() == null).count();
      assertTrue(german == 1, "no language identification when every language is kept");
      return null;
    });
    pipeline.run().waitUntilFinish();
  }
}
