package dev.newsnlp.model;

import static dev.newsnlp.model.Tables.nullable;
import static dev.newsnlp.model.Tables.required;

import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.schemas.Schema.FieldType;

/** Columns of the {@code corpus_entities} table: one row per entity_key over all kept documents of the run. */
public final class CorpusEntitiesTable {
  public static final String ENTITY_KEY = "entity_key";
  public static final String TYPE = "type";
  public static final String NAME = "name";
  public static final String VARIANTS = "variants";
  public static final String DOCUMENTS = "documents";
  public static final String STORIES = "stories";
  public static final String MENTIONS = "mentions";
  public static final String SITES = "sites";
  public static final String FIRST_PUBLISHED = "first_published";
  public static final String LAST_PUBLISHED = "last_published";
  public static final String QUOTES = "quotes";

  /** Most variants kept per key (the first in sort order), so a row stays small. */
  public static final int MAX_VARIANTS = 50;

  public static final Schema SCHEMA =
      Schema.builder()
          .addField(required(ENTITY_KEY, FieldType.STRING, "The entity's key (entities.entity_key, entity_mentions.entity_key)."))
          .addField(required(TYPE, FieldType.STRING, "The type most of its document-level entities have (ties: the first in alphabetical order)."))
          .addField(required(NAME, FieldType.STRING, "The most frequent canonical name of its document-level entities, counted once per document (ties: the first in alphabetical order)."))
          .addField(required(VARIANTS, FieldType.array(FieldType.STRING), "Every distinct way it is written: canonical names and mention texts (titles and possessive kept as written), sorted; at most the first " + MAX_VARIANTS + "."))
          .addField(required(DOCUMENTS, FieldType.INT64, "Kept documents that mention it."))
          .addField(required(STORIES, FieldType.INT64, "Distinct stories (documents.story_id) that mention it: syndicated copies of one article count once."))
          .addField(required(MENTIONS, FieldType.INT64, "Its rows in entity_mentions."))
          .addField(required(SITES, FieldType.INT64, "Distinct sites (documents.site) of the documents that mention it; documents without a URL are not counted."))
          .addField(nullable(FIRST_PUBLISHED, FieldType.DATETIME, "Earliest documents.published_ts of the documents that mention it; null when none has one."))
          .addField(nullable(LAST_PUBLISHED, FieldType.DATETIME, "Latest documents.published_ts of the documents that mention it."))
          .addField(required(QUOTES, FieldType.INT64, "Quotes (speaker_quotes rows) it is the speaker of."))
          .build();

  private CorpusEntitiesTable() {}
}
