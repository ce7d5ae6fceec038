package dev.newsnlp.model;

import static dev.newsnlp.model.Tables.required;

import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.schemas.Schema.FieldType;

/** Columns of the {@code entities} table: one row per document-level entity (its mentions grouped). */
public final class EntitiesTable {
  public static final String DOC_ID = "doc_id";
  public static final String ENTITY_ID = "entity_id";
  public static final String CANONICAL_NAME = "canonical_name";
  public static final String TYPE = "type";
  public static final String MENTION_COUNT = "mention_count";
  public static final String FIRST_START = "first_start";
  public static final String ENTITY_KEY = "entity_key";

  public static final Schema SCHEMA =
      Schema.builder()
          .addField(required(DOC_ID, FieldType.STRING, "Document the entity is mentioned in (documents.doc_id)."))
          .addField(required(ENTITY_ID, FieldType.STRING, "Entity id, `<doc_id>:e<n>`, n counting the document's entities in order of first mention from 0; entity_mentions.entity_id points here."))
          .addField(required(CANONICAL_NAME, FieldType.STRING, "The fullest name the document uses for the entity, titles and possessive removed (\"Dmitry Shugaev\" for \"Shugaev\", \"President Shugaev's\")."))
          .addField(required(TYPE, FieldType.STRING, "Entity type: the CoreNLP type most of its mentions have (PERSON, ORGANIZATION, LOCATION, MISC, ...)."))
          .addField(required(MENTION_COUNT, FieldType.INT32, "Number of entity_mentions rows of this entity."))
          .addField(required(FIRST_START, FieldType.INT32, "Start offset in documents.text of the entity's first mention."))
          .addField(required(ENTITY_KEY, FieldType.STRING, "The same real-world name has the same key in every document: `<type group>:<folded canonical name>` (person, location, organization, misc; case, diacritics, punctuation, a person's titles, a possessive, a leading \"the\" and trailing legal forms folded), e.g. `person:sergei shoigu`. Made from canonical_name, so a surname-only or variant mention linked to a full name in its document has the full name's key; corpus_entities has one row per key."))
          .build();

  private EntitiesTable() {}
}
