package dev.newsnlp.model;

import static dev.newsnlp.model.Tables.nullable;
import static dev.newsnlp.model.Tables.required;

import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.schemas.Schema.FieldType;

/** Columns of the {@code failures} table (the dead letters). */
public final class FailuresTable {
  public static final String SOURCE = "source";
  public static final String RECORD_INDEX = "record_index";
  public static final String DOC_ID = "doc_id";
  public static final String STAGE = "stage";
  public static final String ERROR = "error";
  public static final String MESSAGE = "message";

  /** {@link #STAGE} values. */
  public static final String STAGE_READ = "read";
  public static final String STAGE_CLEAN = "clean";
  public static final String STAGE_ANNOTATE = "annotate";

  public static final Schema SCHEMA =
      Schema.builder()
          .addField(required(SOURCE, FieldType.STRING, "Input file path."))
          .addField(nullable(RECORD_INDEX, FieldType.INT64, "Byte offset of the record in its file (as documents.record_index); null when the whole file failed."))
          .addField(nullable(DOC_ID, FieldType.STRING, "documents.doc_id when the record got that far."))
          .addField(required(STAGE, FieldType.STRING, "Stage that failed: read, clean or annotate."))
          .addField(required(ERROR, FieldType.STRING, "Short error code (malformed_json, binary_file, bad_encoding, corenlp_exception, ...) or the exception class."))
          .addField(required(MESSAGE, FieldType.STRING, "Human-readable detail."))
          .build();

  private FailuresTable() {}
}
