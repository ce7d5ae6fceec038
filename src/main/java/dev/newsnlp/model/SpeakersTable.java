package dev.newsnlp.model;

import static dev.newsnlp.model.Tables.required;

import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.schemas.Schema.FieldType;

/** Columns of the {@code speakers} table: one row per entity_key that speaks at least one quote in the run. */
public final class SpeakersTable {
  public static final String ENTITY_KEY = "entity_key";
  public static final String NAME = "name";
  public static final String TYPE = "type";
  public static final String QUOTES = "quotes";
  public static final String DOCUMENTS = "documents";
  public static final String STORIES = "stories";
  public static final String SITES = "sites";
  public static final String NAMED_IN_QUOTES = "named_in_quotes";

  /** How many entities named in the speaker's quotes are listed. */
  public static final int TOP_NAMED = 5;

  /** One entity named inside a speaker's quotes. */
  public static final Schema NAMED_ENTITY =
      Schema.builder()
          .addField(required("entity_key", FieldType.STRING, "corpus_entities.entity_key of the entity named."))
          .addField(required("name", FieldType.STRING, "Its most frequent canonical name in these quotes (ties: alphabetical)."))
          .addField(required("mentions", FieldType.INT64, "Its mentions inside the speaker's quotes."))
          .build();

  public static final Schema SCHEMA =
      Schema.builder()
          .addField(required(ENTITY_KEY, FieldType.STRING, "The speaker's entity key (corpus_entities.entity_key); quotes whose speaker is no named entity (\"a spokesman\") have none and are not counted here."))
          .addField(required(NAME, FieldType.STRING, "The speaker's most frequent canonical_speaker (ties: alphabetical)."))
          .addField(required(TYPE, FieldType.STRING, "The speaker's most frequent speaker_type: PERSON, ORGANIZATION, ..."))
          .addField(required(QUOTES, FieldType.INT64, "Quotes attributed to the speaker."))
          .addField(required(DOCUMENTS, FieldType.INT64, "Kept documents with at least one of those quotes."))
          .addField(required(STORIES, FieldType.INT64, "Distinct stories (documents.story_id) with at least one of those quotes."))
          .addField(required(SITES, FieldType.INT64, "Distinct sites of those documents (documents without a URL not counted)."))
          .addField(required(NAMED_IN_QUOTES, FieldType.array(FieldType.row(NAMED_ENTITY)), "The entities most often named inside the speaker's quotes (a mention within a quote's span), at most " + TOP_NAMED + ", most mentions first (ties: by entity_key); the speaker's own entity is left out."))
          .build();

  private SpeakersTable() {}
}
