package dev.newsnlp.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsnlp.annotate.ner.OrganizationCues;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Outlets cited as sources, the page's own publication and trade unions come out as ORGANIZATION, through the
 * real CoreNLP models on text written for the test; people and places around them keep their types.
 */
class OrganizationCuesTest {
  private static final String SITE = "harborledger.example";
  private static final String TEXT = String.join("\n",
      "Ferry service cut",
      "By Anna Lind and Tom Berg, East Wire",
      "The ferry to the islands will run twice a day from May, the Harbor Ledger has learned.",
      "\"We cannot pay for more crossings,\" the operator's director told the Guardian on Monday.",
      "Captain Maria Olsen told Peter Brandt that the crews were angry.",
      "The United Steelworkers union and the Unison union called the cuts reckless.",
      "Crews in Florida said they had heard the news from the Harbor Ledger.");

  private static TextAnnotator annotator;

  @BeforeAll
  static void load() {
    annotator = new TextAnnotator(new NlpConfig(NlpConfig.QuoteMode.none, NlpConfig.NerMode.accurate));
  }

  private static String type(List<MentionSpan> mentions, String surface, int occurrence) {
    int from = 0;
    int start = -1;
    for (int k = 0; k <= occurrence; k++) {
      start = TEXT.indexOf(surface, from);
      from = start + 1;
    }
    for (MentionSpan m : mentions) {
      if (m.start() == start && m.end() == start + surface.length()) {
        return m.type();
      }
    }
    return null;
  }

  @Test
  void citedOutletsUnionsAndThePagesOwnSiteAreOrganisations() {
    List<MentionSpan> mentions = annotator.annotate(TEXT, SITE).mentions();
    String all = mentions.toString();
    assertEquals("ORGANIZATION", type(mentions, "Guardian", 0), "told the Guardian: " + all);
    assertEquals("ORGANIZATION", type(mentions, "East Wire", 0), "credited in the byline: " + all);
    assertEquals("PERSON", type(mentions, "Tom Berg", 0), all);
    assertEquals("ORGANIZATION", type(mentions, "United Steelworkers", 0), "a union: " + all);
    assertEquals("ORGANIZATION", type(mentions, "Unison", 0), "a union: " + all);
    assertEquals("ORGANIZATION", type(mentions, "Harbor Ledger", 0), "the page's site: " + all);
    assertEquals("ORGANIZATION", type(mentions, "Harbor Ledger", 1), "every mention of it: " + all);

    assertEquals("PERSON", type(mentions, "Peter Brandt", 0), "told a person: " + all);
    assertEquals("PERSON", type(mentions, "Maria Olsen", 0), all);
    assertEquals("LOCATION", type(mentions, "Florida", 0), all);
    assertNull(mentions.stream().filter(m -> m.text().equals("Guardian")).findFirst().orElseThrow().confidence(),
        "a label set by a rule has no model confidence");
  }

  @Test
  void aNameBeforeTheCitedNounKeepsItsType() {
    String text = "Ferry traffic stopped for two days, according to the Norwegian government. The strike ended on"
        + " Friday, the port's owner told Danish radio.";
    List<MentionSpan> mentions = annotator.annotate(text, null).mentions();
    for (String name : List.of("Norwegian", "Danish")) {
      int start = text.indexOf(name);
      MentionSpan m = mentions.stream().filter(x -> x.start() == start).findFirst().orElse(null);
      assertNotEquals("ORGANIZATION", m == null ? null : m.type(), name + " modifies the cited noun: " + mentions);
    }
  }

  @Test
  void theSiteRuleNeedsTheSite() {
    List<MentionSpan> mentions = annotator.annotate(TEXT, "valleypost.example").mentions();
    // "has learned" and "from" cite nothing: only the page's metadata says this name is the publication.
    assertNotEquals("ORGANIZATION", type(mentions, "Harbor Ledger", 1), mentions.toString());
  }

  @Test
  void siteNamesFromHosts() {
    assertEquals("harborledger", OrganizationCues.siteName("harborledger.example"));
    assertEquals("theguardian", OrganizationCues.siteName("m.theguardian.com"));
    assertEquals("valleypost", OrganizationCues.siteName("edition.valleypost.co.uk"));
    assertNull(OrganizationCues.siteName("ft.com"), "too short to match a name");
    assertNull(OrganizationCues.siteName(null));
    assertEquals("thebaycourier", OrganizationCues.fold("The Bay-Courier"));
    assertEquals("josepena", OrganizationCues.fold("José Peña"));
  }
}
