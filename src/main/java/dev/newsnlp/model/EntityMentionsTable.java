package dev.newsnlp.model;

import static dev.newsnlp.model.Tables.nullable;
import static dev.newsnlp.model.Tables.required;

import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.schemas.Schema.FieldType;

/** Columns of the {@code entity_mentions} table. */
public final class EntityMentionsTable {
  public static final String DOC_ID = "doc_id";
  public static final String MENTION_ID = "mention_id";
  public static final String START = "start";
  public static final String END = "end";
  public static final String TEXT = "text";
  public static final String TYPE = "type";
  public static final String CONFIDENCE = "confidence";
  public static final String SENTENCE_INDEX = "sentence_index";
  public static final String ENTITY_ID = "entity_id";
  public static final String CANONICAL_NAME = "canonical_name";
  public static final String ENTITY_KEY = "entity_key";

  public static final Schema SCHEMA =
      Schema.builder()
          .addField(required(DOC_ID, FieldType.STRING, "Document the mention is in (documents.doc_id)."))
          .addField(required(MENTION_ID, FieldType.STRING, "Mention id, `<doc_id>:m<n>`, n counting mentions in text order from 0."))
          .addField(required(START, FieldType.INT32, "Start offset in documents.text (UTF-16 units, inclusive)."))
          .addField(required(END, FieldType.INT32, "End offset in documents.text (exclusive): text = documents.text[start:end]."))
          .addField(required(TEXT, FieldType.STRING, "The mention as written."))
          .addField(required(TYPE, FieldType.STRING, "CoreNLP entity type: PERSON, ORGANIZATION, LOCATION, MISC, CITY, COUNTRY, DATE, ..."))
          .addField(nullable(CONFIDENCE, FieldType.DOUBLE, "CoreNLP's probability of the mention's label (the lowest over its tokens); null when the label came from a document-level rule rather than the model (docs/NER.md)."))
          .addField(required(SENTENCE_INDEX, FieldType.INT32, "Index (from 0) of the sentence the mention starts in."))
          .addField(required(ENTITY_ID, FieldType.STRING, "The document-level entity the mention refers to (entities.entity_id, `<doc_id>:e<n>`); mentions of one person, place or organisation in a document share it."))
          .addField(required(CANONICAL_NAME, FieldType.STRING, "The entity's fullest name in the document (entities.canonical_name)."))
          .addField(required(ENTITY_KEY, FieldType.STRING, "The entity's key across documents (entities.entity_key, corpus_entities.entity_key)."))
          .build();

  private EntityMentionsTable() {}
}
