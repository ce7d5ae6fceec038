package dev.newsnlp.annotate.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Quote spans from the characters alone: no CoreNLP needed. */
class QuoteFinderTest {

  private static List<String> quotes(String text) {
    return QuoteFinder.find(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  @Test
  void curlyAndStraightMarksIncludeTheMarks() {
    assertEquals(List.of("“We will rebuild the pier,”", "\"and soon.\""),
        quotes("“We will rebuild the pier,” the mayor said, \"and soon.\""));
  }

  @Test
  void nestedSingleQuotesStayInsideTheirOuterQuote() {
    String text = "“He told me ‘wait here’ and then he left,” the driver said. “It isn't 'fair' at all.”";
    assertEquals(List.of("“He told me ‘wait here’ and then he left,”", "“It isn't 'fair' at all.”"), quotes(text));
  }

  @Test
  void inchMarksAndApostrophesAreNotQuotes() {
    assertEquals(List.of(), quotes("The 12\" pipe under the plant's gate burst, and the 5'11\" guard didn't see it."));
  }

  @Test
  void leftSingleMarksTypedAsApostrophesOpenNoQuote() {
    // No double marks: single marks are the quotation marks, and ‘ typed for an apostrophe is told apart.
    String text = "The band has played rock ‘n’ roll since the ‘90s. ‘We aren‘t stopping now,’ said Jo Brand, "
        + "who isn ‘t slowing down on touring either, and who plays every night of the week.";
    assertEquals(List.of("‘We aren‘t stopping now,’"), quotes(text));
  }

  @Test
  void doubledStraightSingleMarksAndPrimesAreNoQuotes() {
    assertEquals(List.of(), quotes("''We lost,'' the coach said of the 6′2″ striker's miss."));
  }

  @Test
  void markupValuesAndLoneMarksAreNoQuotes() {
    String text = "<tweet id=\"6721385\" author=\"@harborcity\">The pier is open.</tweet>\n\n"
        + "“The pier is open,” the mayor said. “\n\nNext paragraph.";
    assertEquals(List.of("“The pier is open,”"), quotes(text));
  }

  @Test
  void anUnclosedQuoteInAVeryLongParagraphEndsAtASentence() {
    StringBuilder text = new StringBuilder("The mayor said “the pier will open in May. ");
    while (text.length() < 2 * QuoteFinder.MAX_UNCLOSED_CHARS) {
      text.append("The council met again and the budget was discussed at length by the members. ");
    }
    List<String> qs = quotes(text.toString().strip());
    assertEquals(1, qs.size());
    assertTrue(qs.get(0).length() <= QuoteFinder.MAX_UNCLOSED_CHARS, qs.get(0));
    assertTrue(qs.get(0).endsWith("members."), "ends at a sentence end: " + qs.get(0));
  }

  @Test
  void mixedMarksPairUp() {
    assertEquals(List.of("“Enough is enough,\""), quotes("“Enough is enough,\" said the tenant."));
  }

  @Test
  void anOpenQuoteContinuesIntoTheNextParagraphWhenItOpensWithAMark() {
    String text = "“The road floods every winter,” said Omar Haddad. “Nobody comes to fix it.\n\n"
        + "“This year we will not stay quiet.”\n\nThe council did not reply.";
    List<QuoteFinder.Segment> segments = QuoteFinder.find(text);
    assertEquals(3, segments.size());
    QuoteFinder.Segment open = segments.get(1);
    QuoteFinder.Segment continued = segments.get(2);
    assertEquals("“Nobody comes to fix it.", text.substring(open.start(), open.end()));
    assertFalse(open.closed());
    assertEquals("“This year we will not stay quiet.”", text.substring(continued.start(), continued.end()));
    assertEquals(open.group(), continued.group(), "one quotation over two paragraphs");
    assertTrue(segments.get(0).group() != open.group());
  }

  @Test
  void anUnclosedQuoteEndsAtItsParagraph() {
    String text = "“We were never told, the farmer said.\n\nThe ministry disagrees.";
    assertEquals(List.of("“We were never told, the farmer said."), quotes(text));
  }

  @Test
  void singleMarksAreQuotesWhenADocumentHasNoDoubleMarks() {
    String text = "‘We won’t stop now,’ said Jo Brand, who has run the shop since the ’90s.";
    assertEquals(List.of("‘We won’t stop now,’"), quotes(text));
  }

  @Test
  void lineBreaksAreParagraphsUnlessTheTextIsHardWrapped() {
    assertEquals(3, QuoteFinder.paragraphs("Title\nFirst paragraph.\n“Second,” she said.").size());
    String wrapped = "The council met on Monday and\ndecided that the bridge will\nclose for repairs, the mayor\n"
        + "said, for three weeks in\nMarch.\n\nResidents were not told.";
    assertEquals(2, QuoteFinder.paragraphs(wrapped).size());
  }
}
