package dev.newsnlp.model;

import java.util.List;
import org.apache.beam.sdk.schemas.Schema;

/**
 * The output tables: one Beam {@link Schema} each, the single definition that both writers (JSON Lines and
 * Parquet) and the generated schema documentation use. Column names are a public contract: add, never rename.
 */
public final class Tables {
  public static final String DOCUMENTS = "documents";
  public static final String ENTITY_MENTIONS = "entity_mentions";
  public static final String ENTITIES = "entities";
  public static final String SPEAKER_QUOTES = "speaker_quotes";
  public static final String FAILURES = "failures";
  public static final String CORPUS_ENTITIES = "corpus_entities";
  public static final String SPEAKERS = "speakers";

  /** Every table, in the order they are written and documented. */
  public static List<TableDef> all() {
    return List.of(
        new TableDef(DOCUMENTS, DocumentsTable.SCHEMA, "One row per page read: the cleaned article text, its metadata, and whether it was kept, dropped (with the reason) or failed."),
        new TableDef(ENTITY_MENTIONS, EntityMentionsTable.SCHEMA, "One row per named-entity mention in a kept document's text."),
        new TableDef(ENTITIES, EntitiesTable.SCHEMA, "One row per entity of a kept document: its mentions grouped by name (\"Dmitry Shugaev\", \"Shugaev\", \"Shugayev\"), with the fullest name and the mention count."),
        new TableDef(SPEAKER_QUOTES, SpeakerQuotesTable.SCHEMA, "One row per quotation in a kept document's text, with its speaker when one is found."),
        new TableDef(FAILURES, FailuresTable.SCHEMA, "One row per input record or file that could not be processed, with the stage and the reason."),
        new TableDef(CORPUS_ENTITIES, CorpusEntitiesTable.SCHEMA, "One row per entity_key over the run's kept documents: the same name across documents and sites, with its variants, documents, stories, sites, dates and quotes."),
        new TableDef(SPEAKERS, SpeakersTable.SCHEMA, "One row per speaker entity_key over the run's quotes: quotes, documents, stories, sites, and the entities most often named inside the speaker's quotes."));
  }

  /** A table's name, schema and one-line meaning. */
  public record TableDef(String name, Schema schema, String description) {}

  static Schema.Field required(String name, Schema.FieldType type, String description) {
    return Schema.Field.of(name, type).withDescription(description);
  }

  static Schema.Field nullable(String name, Schema.FieldType type, String description) {
    return Schema.Field.nullable(name, type).withDescription(description);
  }

  private Tables() {}
}
