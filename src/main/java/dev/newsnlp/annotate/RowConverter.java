package dev.newsnlp.annotate;

import dev.newsnlp.annotate.entities.EntityKeys;
import dev.newsnlp.annotate.entities.EntityResolver;
import dev.newsnlp.annotate.quotes.SpeakerForms;
import dev.newsnlp.model.EntitiesTable;
import dev.newsnlp.model.EntityMentionsTable;
import dev.newsnlp.model.NamedRow;
import dev.newsnlp.model.SpeakerQuotesTable;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.values.Row;
import org.checkerframework.checker.nullness.qual.Nullable;

/** Annotation records → table rows, with stable ids and the links between quotes and mentions. */
public final class RowConverter {

  public static String mentionId(String docId, int index) {
    return docId + ":m" + index;
  }

  public static String quoteId(String docId, int index) {
    return docId + ":q" + index;
  }

  public static List<Row> mentionRows(String docId, List<MentionSpan> mentions) {
    return mentionRows(docId, mentions, EntityResolver.resolve(docId, mentions));
  }

  /** Mention rows with their entity ids; {@code entities} is {@link EntityResolver#resolve} of the same list. */
  public static List<Row> mentionRows(String docId, List<MentionSpan> mentions, EntityResolver.Result entities) {
    List<Row> rows = new ArrayList<>(mentions.size());
    for (int i = 0; i < mentions.size(); i++) {
      MentionSpan m = mentions.get(i);
      EntityResolver.Entity e = entities.entityOf(i);
      rows.add(NamedRow.of(EntityMentionsTable.SCHEMA)
          .set(EntityMentionsTable.DOC_ID, docId)
          .set(EntityMentionsTable.MENTION_ID, mentionId(docId, i))
          .set(EntityMentionsTable.START, m.start())
          .set(EntityMentionsTable.END, m.end())
          .set(EntityMentionsTable.TEXT, m.text())
          .set(EntityMentionsTable.TYPE, m.type())
          .set(EntityMentionsTable.CONFIDENCE, m.confidence())
          .set(EntityMentionsTable.SENTENCE_INDEX, m.sentenceIndex())
          .set(EntityMentionsTable.ENTITY_ID, e.id())
          .set(EntityMentionsTable.CANONICAL_NAME, e.canonicalName())
          .set(EntityMentionsTable.ENTITY_KEY, EntityKeys.of(e.canonicalName(), e.type()))
          .build());
    }
    return rows;
  }

  public static List<Row> entityRows(String docId, EntityResolver.Result entities) {
    List<Row> rows = new ArrayList<>(entities.entities().size());
    for (EntityResolver.Entity e : entities.entities()) {
      rows.add(NamedRow.of(EntitiesTable.SCHEMA)
          .set(EntitiesTable.DOC_ID, docId)
          .set(EntitiesTable.ENTITY_ID, e.id())
          .set(EntitiesTable.CANONICAL_NAME, e.canonicalName())
          .set(EntitiesTable.TYPE, e.type())
          .set(EntitiesTable.MENTION_COUNT, e.mentionCount())
          .set(EntitiesTable.FIRST_START, e.firstStart())
          .set(EntitiesTable.ENTITY_KEY, EntityKeys.of(e.canonicalName(), e.type()))
          .build());
    }
    return rows;
  }

  public static List<Row> quoteRows(String docId, List<QuoteSpan> quotes, List<MentionSpan> mentions) {
    return quoteRows(docId, quotes, mentions, EntityResolver.resolve(docId, mentions));
  }

  /**
   * Quote rows linked to the entity tables: a speaker whose mention is known (the written name, or what a
   * pronoun or continued quote was resolved to) gets that mention's entity: {@code speaker_entity_id} and,
   * as {@code canonical_speaker}, the entity's canonical name. {@code entities} is {@link EntityResolver#resolve}
   * of the same mention list.
   */
  public static List<Row> quoteRows(String docId, List<QuoteSpan> quotes, List<MentionSpan> mentions,
      EntityResolver.Result entities) {
    List<Row> rows = new ArrayList<>(quotes.size());
    for (int i = 0; i < quotes.size(); i++) {
      QuoteSpan q = quotes.get(i);
      int mention = speakerMentionIndex(q, mentions);
      String mentionId = mention < 0 ? null : mentionId(docId, mention);
      // CoreNLP's attributor gives no type: the linked mention's.
      String type = q.speakerType() != null || mention < 0 ? q.speakerType() : mentions.get(mention).type();
      EntityResolver.Entity entity = mention < 0 ? null : entities.entityOf(mention);
      String canonical = entity != null ? entity.canonicalName() : q.canonicalSpeaker();
      String entityId = entity != null ? entity.id() : q.speakerEntityId();
      rows.add(NamedRow.of(SpeakerQuotesTable.SCHEMA)
          .set(SpeakerQuotesTable.DOC_ID, docId)
          .set(SpeakerQuotesTable.QUOTE_ID, quoteId(docId, i))
          .set(SpeakerQuotesTable.START, q.start())
          .set(SpeakerQuotesTable.END, q.end())
          .set(SpeakerQuotesTable.TEXT, q.text())
          .set(SpeakerQuotesTable.SPEAKER, q.speaker())
          .set(SpeakerQuotesTable.CANONICAL_SPEAKER, canonical)
          .set(SpeakerQuotesTable.SPEAKER_MENTION_ID, mentionId)
          .set(SpeakerQuotesTable.SENTENCE_INDEX, q.sentenceIndex())
          .set(SpeakerQuotesTable.SPEAKER_ENTITY_ID, entityId)
          .set(SpeakerQuotesTable.SPEAKER_TYPE, type)
          .set(SpeakerQuotesTable.ATTRIBUTION, q.attribution())
          .set(SpeakerQuotesTable.KIND, q.kind())
          .set(SpeakerQuotesTable.SPEAKER_FORM, q.speakerForm() != null ? q.speakerForm()
              : SpeakerForms.of(q.speaker(), mention < 0 ? null : mentions.get(mention).type()))
          .build());
    }
    return rows;
  }

  /**
   * The speaker's mention: the one the attributor resolved the speaker to, else the mention that covers the
   * written speaker, if the speaker is a named mention.
   */
  static @Nullable String speakerMentionId(String docId, QuoteSpan q, List<MentionSpan> mentions) {
    int i = speakerMentionIndex(q, mentions);
    return i < 0 ? null : mentionId(docId, i);
  }

  static int speakerMentionIndex(QuoteSpan q, List<MentionSpan> mentions) {
    if (q.speakerMentionIndex() >= 0 && q.speakerMentionIndex() < mentions.size()) {
      return q.speakerMentionIndex();
    }
    if (q.speakerMentionIndex() != QuoteSpan.LINK_BY_OFFSETS || q.speakerStart() < 0) {
      return -1;
    }
    for (int i = 0; i < mentions.size(); i++) {
      MentionSpan m = mentions.get(i);
      if (m.start() <= q.speakerStart() && q.speakerEnd() <= m.end()) {
        return i;
      }
      if (q.speakerStart() <= m.start() && m.end() <= q.speakerEnd()) {
        return i;
      }
    }
    return -1;
  }

  private RowConverter() {}
}
