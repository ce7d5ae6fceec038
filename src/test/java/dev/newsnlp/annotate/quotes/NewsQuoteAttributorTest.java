package dev.newsnlp.annotate.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsnlp.annotate.AnnotatedText;
import dev.newsnlp.annotate.NlpConfig;
import dev.newsnlp.annotate.QuoteSpan;
import dev.newsnlp.annotate.TextAnnotator;
import dev.newsnlp.annotate.quotes.sieves.Sieve;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The news attributor on news-style texts written for these tests, with real CoreNLP annotations (the news
 * chain with the default NER: tokenize, ssplit, pos, lemma, ner and the name rules; models load once for the
 * whole class).
 */
class NewsQuoteAttributorTest {
  private static TextAnnotator annotator;

  @BeforeAll
  static void loadModels() {
    annotator = new TextAnnotator(new NlpConfig(NlpConfig.QuoteMode.news, NlpConfig.NerMode.accurate));
    annotator.warmUp();
  }

  private static List<QuoteSpan> quotes(String text) {
    AnnotatedText a = annotator.annotate(text);
    for (QuoteSpan q : a.quotes()) {
      assertEquals(text.substring(q.start(), q.end()), q.text());
    }
    return a.quotes();
  }

  private static QuoteSpan quote(List<QuoteSpan> quotes, String startsWith) {
    return quotes.stream().filter(q -> q.text().startsWith(startsWith)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote starting with " + startsWith + " in " + quotes));
  }

  private static void assertSpeaker(QuoteSpan q, String written, String canonical, String type, String rule) {
    assertEquals(written, q.speaker(), "written speaker of " + q.text());
    assertEquals(canonical, q.canonicalSpeaker(), "canonical speaker of " + q.text());
    assertEquals(type, q.speakerType(), "speaker type of " + q.text());
    assertEquals(rule, q.attribution(), "attribution of " + q.text());
  }

  @Test
  void speechVerbAfterTheQuoteInBothOrders() {
    List<QuoteSpan> qs = quotes("Mayor Lena Holm opened the new pier on Tuesday.\n\n"
        + "“We will rebuild the harbor before winter,” Holm said.\n\n"
        + "“The water is safe to drink,” said Ravi Patel, the utility's director.");
    assertSpeaker(quote(qs, "“We will"), "Holm", "Lena Holm", "PERSON", "trailing_verb");
    assertSpeaker(quote(qs, "“The water"), "Ravi Patel", "Ravi Patel", "PERSON", "trailing_verb");
    assertTrue(quote(qs, "“We will").speakerMentionIndex() >= 0, "linked to the entity mention");
  }

  @Test
  void speechVerbBeforeTheQuoteAndSplitQuotes() {
    List<QuoteSpan> qs = quotes("Ravi Patel told reporters on Monday: “The budget is already spent.”\n\n"
        + "“We are not giving up,” Patel said, “and we will appeal the ruling in court.”");
    assertSpeaker(quote(qs, "“The budget"), "Ravi Patel", "Ravi Patel", "PERSON", "leading_verb");
    assertSpeaker(quote(qs, "“and we will"), "Patel", "Ravi Patel", "PERSON", "split_quote");
  }

  @Test
  void mixedQuotesTakeTheReportingClausesSubject() {
    List<QuoteSpan> qs = quotes("On Thursday, Senator Ana Ruiz endorsed the plan, saying it was “the best deal "
        + "the county could get.”\n\n"
        + "Ruiz said the mayor was right to urge residents “to stay calm and keep their receipts.”");
    assertEquals("Ana Ruiz", quote(qs, "“the best deal").canonicalSpeaker());
    assertEquals("Ruiz", quote(qs, "“to stay calm").speaker(), "the reporting verb governs the embedded one");
  }

  @Test
  void accordingToAndOrganisationsAndRolesAsSpeakers() {
    List<QuoteSpan> qs = quotes("The dam needs urgent repairs, “or it could fail within a year,” according to "
        + "the Northfield Water Authority.\n\n"
        + "“Prices will rise again in the spring,” the ministry said in a statement.\n\n"
        + "“No decision has been made on the closure yet,” a spokesman said.");
    QuoteSpan authority = quote(qs, "“or it could");
    assertEquals("according_to", authority.attribution());
    assertTrue(authority.speaker().contains("Northfield Water Authority"), authority.speaker());
    assertEquals("ORGANIZATION", authority.speakerType());
    // Descriptions that name no entity of the document have no canonical name: counted by name, they would
    // count "a spokesman" as one speaker across every article.
    assertSpeaker(quote(qs, "“Prices"), "the ministry", null, "ORGANIZATION", "trailing_verb");
    assertEquals("description", quote(qs, "“Prices").speakerForm(), "not the Water Authority");
    assertSpeaker(quote(qs, "“No decision"), "a spokesman", null, "PERSON", "trailing_verb");
    assertEquals("description", quote(qs, "“No decision").speakerForm());
    assertEquals("organisation", authority.speakerForm());
  }

  @Test
  void aDefiniteDescriptionResolvesToTheOrganisationItRefersTo() {
    List<QuoteSpan> qs = quotes("Harbor Robotics cut 200 jobs at its plant in Dunmore on Monday.\n\n"
        + "“The market for warehouse robots has changed faster than we expected,” the company said.");
    QuoteSpan q = quote(qs, "“The market");
    assertSpeaker(q, "the company", "Harbor Robotics", "ORGANIZATION", "trailing_verb");
    assertEquals("description", q.speakerForm());
    assertTrue(q.speakerMentionIndex() >= 0, "linked to the organisation's mention");
  }

  @Test
  void pronounsResolveToTheNearestFittingPerson() {
    List<QuoteSpan> qs = quotes("Robert Kline met Maria Santos at the port on Friday.\n\n"
        + "“We need more ships here, and we need them this year,” she said.\n\n"
        + "Kline was less sure. “The money is not there,” he said.");
    assertSpeaker(quote(qs, "“We need"), "she", "Maria Santos", "PERSON", "trailing_verb");
    assertSpeaker(quote(qs, "“The money"), "he", "Robert Kline", "PERSON", "trailing_verb");
    assertEquals("pronoun", quote(qs, "“The money").speakerForm());
  }

  @Test
  void aDefiniteTitleResolvesToThePersonGivenThatTitle() {
    List<QuoteSpan> qs = quotes("Mayor Daniel Okafor opened the new ferry terminal on Saturday.\n\n"
        + "Councillor Priya Raman, who voted against it, called the cost too high.\n\n"
        + "“The ferries will run every twenty minutes from May,” the mayor said.\n\n"
        + "“Nobody asked the drivers what they think of the timetable,” the union leader said.");
    QuoteSpan mayor = quote(qs, "“The ferries");
    assertSpeaker(mayor, "the mayor", "Daniel Okafor", "PERSON", "trailing_verb");
    assertEquals("description", mayor.speakerForm());
    QuoteSpan union = quote(qs, "“Nobody");
    assertEquals("the union leader", union.speaker());
    assertNull(union.canonicalSpeaker(), "nobody was given that title");
  }

  @Test
  void aPronounWithNoFittingNameBeforeItHasNoCanonicalSpeaker() {
    List<QuoteSpan> qs = quotes("The storm reached the coast late on Sunday and cut power to the valley.\n\n"
        + "“Nobody expected the river to rise this fast overnight,” she said.\n\n"
        + "“We will rebuild the levee this summer,” it said.");
    QuoteSpan she = quote(qs, "“Nobody");
    assertSpeaker(she, "she", null, "PERSON", "trailing_verb");
    assertEquals("pronoun", she.speakerForm());
    assertEquals(QuoteSpan.NO_MENTION, she.speakerMentionIndex());
    QuoteSpan it = quote(qs, "“We will");
    assertEquals("it", it.speaker());
    assertNull(it.canonicalSpeaker(), "no organisation is named before it");
    assertEquals("pronoun", it.speakerForm());
  }

  @Test
  void titlesAfterAGenreNounOrAVerbOfWorksAreNotSpeech() {
    // a title-cased name after "drama" (a kind of work) or after a verb whose object is a work: no speaker,
    // although the paragraph's speaker would otherwise be given to every short quote in it
    List<QuoteSpan> qs = quotes("Drama “Harbour Lights” took the ensemble prize. “We never expected any of "
        + "this,” actor Nina Falk said. Fans who listen to “Northern Line,” the cast's single, streamed "
        + "“Low Tide” all night.");
    for (String title : List.of("“Harbour Lights”", "“Northern Line,”", "“Low Tide”")) {
      QuoteSpan q = quote(qs, title);
      assertEquals(QuoteSpan.TITLE_OR_TERM, q.kind(), title);
      assertNull(q.speaker(), title);
    }
    assertEquals("actor Nina Falk", quote(qs, "“We never").speaker());
  }

  @Test
  void aOneLetterQuoteIsNotSpeechEvenWithASpeakerNearby() {
    // no cue word before either letter (no determiner, possessive or preposition) and no noun after: only
    // their length says they are not speech
    List<QuoteSpan> qs = quotes("Principal Ruth Amsel said the judges marked each essay “A”, and she said “C” "
        + "was the lowest grade they gave.\n\n"
        + "“We will read every paper again,” Amsel said.");
    for (String letter : List.of("“A”", "“C”")) {
      QuoteSpan q = quote(qs, letter);
      assertEquals(QuoteSpan.TITLE_OR_TERM, q.kind(), letter);
      assertNull(q.speaker(), letter);
    }
    QuoteSpan said = quote(qs, "“We will read");
    assertEquals(QuoteSpan.SPEECH, said.kind());
    assertEquals("Amsel", said.speaker());
  }

  @Test
  void titlesAndNamesInQuotationMarksAreNotSpeech() {
    List<QuoteSpan> qs = quotes("Maria Lopez, who runs the Odeon in Dunmore, said the cinema sold out Disney's "
        + "“Star Wars” for a week.\n\n"
        + "“We had queues around the block every night,” Lopez said on “Morning Report.”\n\n"
        + "Fans wore “Save Our Screen” shirts to the council meeting. Lopez called the rent rise “a disaster.”");
    for (String title : List.of("“Star Wars”", "“Morning Report.”", "“Save Our Screen”")) {
      QuoteSpan q = quote(qs, title);
      assertEquals(QuoteSpan.TITLE_OR_TERM, q.kind(), title);
      assertNull(q.speaker(), "a title has no speaker: " + title);
      assertNull(q.speakerForm(), title);
    }
    QuoteSpan said = quote(qs, "“We had");
    assertEquals(QuoteSpan.SPEECH, said.kind());
    assertSpeaker(said, "Lopez", "Maria Lopez", "PERSON", "trailing_verb");
    assertEquals("person", said.speakerForm());
    QuoteSpan mixed = quote(qs, "“a disaster");
    assertEquals(QuoteSpan.SPEECH, mixed.kind(), "a short quote after a speech verb is what she said");
    assertEquals("Lopez", mixed.speaker());
  }

  @Test
  void quotesContinueTheSpeakerOfTheirParagraphAndOfThePreviousParagraph() {
    List<QuoteSpan> qs = quotes("“The strike is over,” union leader Tom Berg said. “Our members return on Monday.”\n\n"
        + "“Nobody wanted this to last a month, least of all the drivers.”");
    assertSpeaker(quote(qs, "“Our members"), "union leader Tom Berg", "Tom Berg", "PERSON", "same_paragraph");
    assertSpeaker(quote(qs, "“Nobody"), "union leader Tom Berg", "Tom Berg", "PERSON", "previous_paragraph");
  }

  @Test
  void multiParagraphQuotesShareTheirSpeaker() {
    String text = "“The council has ignored us for years,” said resident Omar Haddad. “Every winter the road "
        + "floods and nobody comes to fix it.\n\n"
        + "“This year we will not stay quiet, and we will go to every meeting.”\n\nThe council did not reply.";
    List<QuoteSpan> qs = quotes(text);
    assertEquals(3, qs.size(), qs.toString());
    QuoteSpan first = quote(qs, "“Every winter");
    assertTrue(first.text().endsWith("fix it."), "an unclosed paragraph ends its segment: " + first.text());
    assertEquals("Omar Haddad", first.canonicalSpeaker());
    assertSpeaker(quote(qs, "“This year"), "resident Omar Haddad", "Omar Haddad", "PERSON", "multi_paragraph");
  }

  @Test
  void aColonIntroducesTheNextParagraphsQuote() {
    List<QuoteSpan> qs = quotes("In a letter to parents, the school's principal, Karen Ober, wrote:\n\n"
        + "“Classes will resume on Monday, and the gym will stay closed until the roof is repaired.”");
    QuoteSpan q = quote(qs, "“Classes");
    assertEquals("colon_intro", q.attribution());
    assertEquals("Karen Ober", q.canonicalSpeaker());
  }

  @Test
  void nestedSingleQuotesAndStraightMarksAreOneQuote() {
    List<QuoteSpan> qs = quotes("\"He told me 'wait here' and then he drove off,\" the taxi driver said.");
    assertEquals(1, qs.size(), qs.toString());
    assertSpeaker(qs.get(0), "the taxi driver", null, "PERSON", "trailing_verb");
  }

  @Test
  void aQuoteWithNoSpeakerGetsNullNotAnotherParagraphsName() {
    List<QuoteSpan> qs = quotes("Robert Kline opened a bakery on Main Street last week.\n\n"
        + "“Bread is the heart of every town, and ours went without it for far too long.”\n\n"
        + "The so-called “miracle loaf” sold out by noon.");
    QuoteSpan q = quote(qs, "“Bread");
    assertNull(q.speaker());
    assertNull(q.canonicalSpeaker());
    assertNull(q.speakerType());
    assertNull(q.attribution());
    assertNull(q.speakerForm());
    assertEquals(QuoteSpan.SPEECH, q.kind());
    assertEquals(QuoteSpan.NO_MENTION, q.speakerMentionIndex());
    QuoteSpan scare = quote(qs, "“miracle loaf”");
    assertEquals(QuoteSpan.TITLE_OR_TERM, scare.kind(), "a short quote with no speaker is a scare quote");
    assertNull(scare.speaker());
  }

  @Test
  void theSentenceSievesRunInTheDocumentedOrder() {
    assertEquals(List.of("trailing_verb", "split_quote", "leading_verb", "according_to", "possessive",
        "trailing_verb", "trailing_clause", "sentence_subject", "previous_sentence"),
        NewsQuoteAttributor.SENTENCE_SIEVES.stream().map(Sieve::name).toList());
    assertEquals(List.of("colon_intro", "previous_paragraph"),
        NewsQuoteAttributor.PARAGRAPH_OPENING_SIEVES.stream().map(Sieve::name).toList());
  }

  @Test
  void theQuotesOwnSentenceComesBeforeAnAttributionSplitOffByItsPeriod() {
    List<QuoteSpan> qs = quotes("According to the harbor office, the pier “will open in May, weather permitting.” "
        + "Holm said.\n\n“The old pier will close for good,” Holm said. “Nobody will miss it.”");
    assertSpeaker(quote(qs, "“will open"), "the harbor office", null, "ORGANIZATION", "according_to");
    assertSpeaker(quote(qs, "“Nobody"), "Holm", "Holm", "PERSON", "same_paragraph");
  }

  @Test
  void theNewsChainHasNoParserAndNoCoreference() {
    for (NlpConfig.NerMode ner : NlpConfig.NerMode.values()) {
      String chain = new NlpConfig(NlpConfig.QuoteMode.news, ner).annotators();
      assertTrue(chain.startsWith("tokenize,ssplit,pos,lemma,ner"), chain);
      assertTrue(!chain.contains("parse") && !chain.contains("coref") && !chain.contains("quote"), chain);
    }
    assertNotNull(annotator);
  }

  @Test
  void aPronounWhoseSentenceNamesItsSubjectIsWrittenAsThatName() {
    List<QuoteSpan> qs = quotes("Mayor Ann Lee says the town is tired, but also eager for what she calls “a fresh "
        + "start.”\n\n"
        + "Ravi Patel met Ann Lee on Monday, and she called the ferry plan “a gift to the mainland.”");
    assertEquals("Mayor Ann Lee", quote(qs, "“a fresh").speaker(), "the sentence's subject is the pronoun's");
    assertEquals("she", quote(qs, "“a gift").speaker(), "two persons named before it: the pronoun stays");
  }

  @Test
  void aPronounAfterAWhenClauseIsThatClausesSubject() {
    List<QuoteSpan> qs = quotes("When Ravi Patel used the words “not one more cent,” he was quoting the mayor.");
    assertEquals("Ravi Patel", quote(qs, "“not one").speaker());
  }
}
