package dev.newsnlp.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsnlp.model.EntityMentionsTable;
import dev.newsnlp.model.SpeakerQuotesTable;
import java.util.List;
import org.apache.beam.sdk.values.Row;
import org.junit.jupiter.api.Test;

class RowConverterTest {
  private static final String TEXT =
      "\"We will rebuild the pier,\" said Mayor Lena Holm. Her deputy Ali Demir declined to comment.";

  private static MentionSpan mention(String surface, String type) {
    int start = TEXT.indexOf(surface);
    return new MentionSpan(start, start + surface.length(), surface, type, 0.93, 0);
  }

  @Test
  void mentionRowsCarryIdsAndOffsets() {
    List<MentionSpan> mentions = List.of(mention("Lena Holm", "PERSON"), mention("Ali Demir", "PERSON"));
    List<Row> rows = RowConverter.mentionRows("doc-7", mentions);
    assertEquals(2, rows.size());
    Row holm = rows.get(0);
    assertEquals("doc-7:m0", holm.getString(EntityMentionsTable.MENTION_ID));
    assertEquals("Lena Holm", TEXT.substring(holm.getInt32(EntityMentionsTable.START), holm.getInt32(EntityMentionsTable.END)));
    assertEquals(0.93, holm.getDouble(EntityMentionsTable.CONFIDENCE));
    assertEquals("doc-7:m1", rows.get(1).getString(EntityMentionsTable.MENTION_ID));
  }

  @Test
  void quoteSpeakerLinksToTheMentionThatCoversIt() {
    List<MentionSpan> mentions = List.of(mention("Lena Holm", "PERSON"), mention("Ali Demir", "PERSON"));
    int qEnd = TEXT.indexOf(',') + 2;
    int speakerStart = TEXT.indexOf("Holm");
    QuoteSpan named = new QuoteSpan(0, qEnd, TEXT.substring(0, qEnd), "Holm", "Lena Holm",
        speakerStart, speakerStart + 4, 0);
    QuoteSpan unknown = new QuoteSpan(0, qEnd, TEXT.substring(0, qEnd), null, null, -1, -1, 0);
    List<Row> rows = RowConverter.quoteRows("doc-7", List.of(named, unknown), mentions);
    assertEquals("doc-7:q0", rows.get(0).getString(SpeakerQuotesTable.QUOTE_ID));
    assertEquals("doc-7:m0", rows.get(0).getString(SpeakerQuotesTable.SPEAKER_MENTION_ID));
    assertEquals("Lena Holm", rows.get(0).getString(SpeakerQuotesTable.CANONICAL_SPEAKER));
    assertNull(rows.get(1).getString(SpeakerQuotesTable.SPEAKER));
    assertNull(rows.get(1).getString(SpeakerQuotesTable.SPEAKER_MENTION_ID));
    // CoreNLP's attributor says nothing of the form: the linked mention's type does.
    assertEquals("speech", rows.get(0).getString(SpeakerQuotesTable.KIND));
    assertEquals("person", rows.get(0).getString(SpeakerQuotesTable.SPEAKER_FORM));
    assertNull(rows.get(1).getString(SpeakerQuotesTable.SPEAKER_FORM), "no speaker, no form");
  }

  @Test
  void newsQuoteRowsCarryTypeRuleAndTheResolvedMention() {
    List<MentionSpan> mentions = List.of(mention("Lena Holm", "PERSON"), mention("Ali Demir", "PERSON"));
    int qEnd = TEXT.indexOf(',') + 2;
    // A pronoun speaker resolved to mention 0: linked by index, not by the pronoun's offsets.
    QuoteSpan pronoun = new QuoteSpan(0, qEnd, TEXT.substring(0, qEnd), "she", "Lena Holm", 60, 63, 0,
        "PERSON", "trailing_verb", 0, null);
    Row row = RowConverter.quoteRows("doc-7", List.of(pronoun), mentions).get(0);
    assertEquals("doc-7:m0", row.getString(SpeakerQuotesTable.SPEAKER_MENTION_ID));
    assertEquals("PERSON", row.getString(SpeakerQuotesTable.SPEAKER_TYPE));
    assertEquals("trailing_verb", row.getString(SpeakerQuotesTable.ATTRIBUTION));
    assertEquals("doc-7:e0", row.getString(SpeakerQuotesTable.SPEAKER_ENTITY_ID), "the mention's entity");
    assertEquals("Lena Holm", row.getString(SpeakerQuotesTable.CANONICAL_SPEAKER));
    QuoteSpan role = new QuoteSpan(0, qEnd, TEXT.substring(0, qEnd), "a spokesman", null, 60, 71, 0,
        "PERSON", "trailing_verb", QuoteSpan.NO_MENTION, null, QuoteSpan.SPEECH, "description");
    Row roleRow = RowConverter.quoteRows("doc-7", List.of(role), mentions).get(0);
    assertNull(roleRow.getString(SpeakerQuotesTable.SPEAKER_MENTION_ID), "no offset guess for a description");
    assertNull(roleRow.getString(SpeakerQuotesTable.SPEAKER_ENTITY_ID));
    assertNull(roleRow.getString(SpeakerQuotesTable.CANONICAL_SPEAKER));
    assertEquals("a spokesman", roleRow.getString(SpeakerQuotesTable.SPEAKER));
    assertEquals("description", roleRow.getString(SpeakerQuotesTable.SPEAKER_FORM));
    QuoteSpan title = new QuoteSpan(0, qEnd, TEXT.substring(0, qEnd), null, null, -1, -1, 0, null, null,
        QuoteSpan.NO_MENTION, null, QuoteSpan.TITLE_OR_TERM, null);
    assertEquals("title_or_term", RowConverter.quoteRows("doc-7", List.of(title), mentions).get(0)
        .getString(SpeakerQuotesTable.KIND));
  }
}
