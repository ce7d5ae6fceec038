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
        new TableDef(DOCUMENTS, DocumentsTable.SCHEMA, "One row per page read: the cleaned article text, its metadata, and whether it was kept, dropped (with the reason) or failed.",
            List.of(DocumentsTable.DOC_ID)),
        new TableDef(ENTITY_MENTIONS, EntityMentionsTable.SCHEMA, "One row per named-entity mention in a kept document's text.",
            List.of(EntityMentionsTable.DOC_ID, EntityMentionsTable.START, EntityMentionsTable.MENTION_ID)),
        new TableDef(ENTITIES, EntitiesTable.SCHEMA, "One row per entity of a kept document: its mentions grouped by name (\"Dmitry Shugaev\", \"Shugaev\", \"Shugayev\"), with the fullest name and the mention count.",
            List.of(EntitiesTable.DOC_ID, EntitiesTable.FIRST_START, EntitiesTable.ENTITY_ID)),
        new TableDef(SPEAKER_QUOTES, SpeakerQuotesTable.SCHEMA, "One row per quotation in a kept document's text, with its speaker when one is found.",
            List.of(SpeakerQuotesTable.DOC_ID, SpeakerQuotesTable.START, SpeakerQuotesTable.QUOTE_ID)),
        new TableDef(FAILURES, FailuresTable.SCHEMA, "One row per input record or file that could not be processed, with the stage and the reason.",
            List.of(FailuresTable.SOURCE, FailuresTable.RECORD_INDEX, FailuresTable.STAGE, FailuresTable.ERROR)),
        new TableDef(CORPUS_ENTITIES, CorpusEntitiesTable.SCHEMA, "One row per entity_key over the run's kept documents: the same name across documents and sites, with its variants, documents, stories, sites, dates and quotes.",
            List.of(CorpusEntitiesTable.ENTITY_KEY)),
        new TableDef(SPEAKERS, SpeakersTable.SCHEMA, "One row per speaker entity_key over the run's quotes: quotes, documents, stories, sites, and the entities most often named inside the speaker's quotes.",
            List.of(SpeakersTable.ENTITY_KEY)));
  }

  /**
   * A table's name, schema, one-line meaning and key: the columns that pick a row's shard file (by a stable
   * hash of their values) and order the rows inside it, so the same rows always give the same bytes. Ties
   * (and tables declared without a key) are ordered by the whole row.
   */
  public record TableDef(String name, Schema schema, String description, List<String> key) {
    public TableDef {
      key = List.copyOf(key);
      for (String column : key) {
        schema.getField(column); // fails at once on a column the schema lacks
      }
    }

    /** A table without a declared key: rows are hashed and ordered by all their values. */
    public TableDef(String name, Schema schema, String description) {
      this(name, schema, description, List.of());
    }
  }

  /** The key of the table called {@code name} (empty for a table that is not one of {@link #all()}). */
  public static List<String> keyOf(String name) {
    return all().stream().filter(t -> t.name().equals(name)).findFirst().map(TableDef::key).orElse(List.of());
  }

  static Schema.Field required(String name, Schema.FieldType type, String description) {
    return Schema.Field.of(name, type).withDescription(description);
  }

  static Schema.Field nullable(String name, Schema.FieldType type, String description) {
    return Schema.Field.nullable(name, type).withDescription(description);
  }

  private Tables() {}
}
