package dev.newsnlp.corpus;

import dev.newsnlp.model.DocumentsTable;
import dev.newsnlp.model.EntitiesTable;
import dev.newsnlp.model.EntityMentionsTable;
import dev.newsnlp.model.SpeakerQuotesTable;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.beam.sdk.values.Row;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.joda.time.ReadableInstant;

/**
 * What one kept document contributes to the corpus tables: one {@link EntityFact} per entity key it mentions
 * and one {@link SpeakerFact} per speaker key it quotes. Plain Java over the document's own rows, so the
 * combiners downstream only add numbers and merge small sets.
 */
public final class DocumentFacts {

  /** The document's place in the corpus: its story, site and date. */
  public record DocInfo(String docId, String storyId, @Nullable String site, @Nullable Long publishedMillis)
      implements Serializable {

    /** From a kept documents row; the story is the document itself until stories are grouped. */
    public static DocInfo of(Row document) {
      String docId = document.getString(DocumentsTable.DOC_ID);
      String story = document.getSchema().hasField(DocumentsTable.STORY_ID) ? document.getString(DocumentsTable.STORY_ID) : null;
      Object published = document.getValue(DocumentsTable.PUBLISHED_TS);
      return new DocInfo(docId, story == null ? docId : story, document.getString(DocumentsTable.SITE),
          published == null ? null : ((ReadableInstant) published).getMillis());
    }
  }

  /** One entity key in one document. */
  public record EntityFact(String key, String type, String name, TreeSet<String> variants, long mentions,
      long quotes, DocInfo doc) implements Serializable {}

  /** One speaker key in one document; {@code named} counts mentions inside the speaker's quotes by "key\tname". */
  public record SpeakerFact(String key, String name, String type, long quotes, TreeMap<String, Long> named,
      DocInfo doc) implements Serializable {}

  /** Separates an entity key from its name inside {@link SpeakerFact#named} keys (neither contains a tab). */
  static final char SEP = '\t';

  static List<EntityFact> entityFacts(DocInfo doc, Iterable<Row> entities, Iterable<Row> mentions,
      Iterable<Row> quotes) {
    Map<String, String> keyOfEntity = keyOfEntity(entities);
    Map<String, Long> quotesByKey = new HashMap<>();
    for (Row q : quotes) {
      String key = keyOfEntity.get(q.getString(SpeakerQuotesTable.SPEAKER_ENTITY_ID));
      if (key != null) {
        quotesByKey.merge(key, 1L, Long::sum);
      }
    }
    Map<String, TreeSet<String>> variants = new TreeMap<>();
    Map<String, Long> mentionsByKey = new HashMap<>();
    for (Row m : mentions) {
      String key = m.getString(EntityMentionsTable.ENTITY_KEY);
      variants.computeIfAbsent(key, k -> new TreeSet<>()).add(m.getString(EntityMentionsTable.TEXT).strip());
      mentionsByKey.merge(key, 1L, Long::sum);
    }
    // Entities in entity_id order, so two entities of one key (rare) give the first one's name and type.
    Map<String, Row> firstOfKey = new TreeMap<>();
    List<Row> sorted = new ArrayList<>();
    entities.forEach(sorted::add);
    sorted.sort((a, b) -> Integer.compare(a.getInt32(EntitiesTable.FIRST_START), b.getInt32(EntitiesTable.FIRST_START)));
    for (Row e : sorted) {
      firstOfKey.putIfAbsent(e.getString(EntitiesTable.ENTITY_KEY), e);
    }
    List<EntityFact> facts = new ArrayList<>();
    for (Map.Entry<String, Row> e : firstOfKey.entrySet()) {
      String key = e.getKey();
      String name = e.getValue().getString(EntitiesTable.CANONICAL_NAME);
      TreeSet<String> forms = variants.getOrDefault(key, new TreeSet<>());
      forms.add(name);
      facts.add(new EntityFact(key, e.getValue().getString(EntitiesTable.TYPE), name, forms,
          mentionsByKey.getOrDefault(key, 0L), quotesByKey.getOrDefault(key, 0L), doc));
    }
    return facts;
  }

  static List<SpeakerFact> speakerFacts(DocInfo doc, Iterable<Row> entities, Iterable<Row> mentions,
      Iterable<Row> quotes) {
    Map<String, String> keyOfEntity = keyOfEntity(entities);
    List<Row> mentionList = new ArrayList<>();
    mentions.forEach(mentionList::add);
    Map<String, SpeakerFact> byKey = new TreeMap<>();
    for (Row q : quotes) {
      String key = keyOfEntity.get(q.getString(SpeakerQuotesTable.SPEAKER_ENTITY_ID));
      if (key == null) {
        continue;
      }
      String name = q.getString(SpeakerQuotesTable.CANONICAL_SPEAKER);
      String type = q.getString(SpeakerQuotesTable.SPEAKER_TYPE);
      SpeakerFact f = byKey.computeIfAbsent(key, k -> new SpeakerFact(k, name == null ? k : name,
          type == null ? "UNKNOWN" : type, 0, new TreeMap<>(), doc));
      TreeMap<String, Long> named = f.named();
      int start = q.getInt32(SpeakerQuotesTable.START);
      int end = q.getInt32(SpeakerQuotesTable.END);
      for (Row m : mentionList) {
        String mKey = m.getString(EntityMentionsTable.ENTITY_KEY);
        if (m.getInt32(EntityMentionsTable.START) >= start && m.getInt32(EntityMentionsTable.END) <= end
            && !mKey.equals(key)) {
          named.merge(mKey + SEP + m.getString(EntityMentionsTable.CANONICAL_NAME), 1L, Long::sum);
        }
      }
      byKey.put(key, new SpeakerFact(key, f.name(), f.type(), f.quotes() + 1, named, doc));
    }
    return new ArrayList<>(byKey.values());
  }

  private static Map<String, String> keyOfEntity(Iterable<Row> entities) {
    Map<String, String> keys = new HashMap<>();
    for (Row e : entities) {
      keys.put(e.getString(EntitiesTable.ENTITY_ID), e.getString(EntitiesTable.ENTITY_KEY));
    }
    return keys;
  }

  private DocumentFacts() {}
}
