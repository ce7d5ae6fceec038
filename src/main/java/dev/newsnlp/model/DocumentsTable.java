package dev.newsnlp.model;

import static dev.newsnlp.model.Tables.nullable;
import static dev.newsnlp.model.Tables.required;

import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.schemas.Schema.FieldType;

/** Columns of the {@code documents} table. */
public final class DocumentsTable {
  public static final String DOC_ID = "doc_id";
  public static final String SOURCE = "source";
  public static final String RECORD_INDEX = "record_index";
  public static final String FORMAT = "format";
  public static final String URL = "url";
  public static final String SITE = "site";
  public static final String TITLE = "title";
  public static final String BYLINE = "byline";
  public static final String PUBLISHED = "published";
  public static final String FETCHED = "fetched";
  public static final String CHARSET = "charset";
  public static final String LANGUAGE = "language";
  public static final String TEXT = "text";
  public static final String KEPT = "kept";
  public static final String STATUS = "status";
  public static final String DROP_REASON = "drop_reason";
  public static final String CHARS_IN = "chars_in";
  public static final String CHARS_KEPT = "chars_kept";
  public static final String CHARS_ANNOTATED = "chars_annotated";
  public static final String TRUNCATED = "truncated";
  public static final String MENTION_COUNT = "mention_count";
  public static final String QUOTE_COUNT = "quote_count";
  public static final String PUBLISHED_TS = "published_ts";
  public static final String STORY_ID = "story_id";
  public static final String STORY_SIZE = "story_size";

  /** {@link #STATUS} values: every page read ends in exactly one of them. */
  public static final String STATUS_KEPT = "kept";
  public static final String STATUS_DROPPED = "dropped";
  public static final String STATUS_FAILED = "failed";
  /** --skipSeen: annotated by an earlier run (drop_reason seen_before:&lt;earlier doc_id&gt;), not again. */
  public static final String STATUS_SEEN_BEFORE = "seen_before";

  public static final Schema SCHEMA =
      Schema.builder()
          .addField(required(DOC_ID, FieldType.STRING, "Document id: the JSON Lines `id` when given; for WARC records a hash of the WARC-Record-ID; else a hash of `source` and `record_index`. The same input gives the same ids on every run and runner."))
          .addField(required(SOURCE, FieldType.STRING, "Path of the input file the page came from, as the filesystem names it (local path, gs://, s3://)."))
          .addField(required(RECORD_INDEX, FieldType.INT64, "Where the page starts in its (decompressed) file: 0 for one-page files, the byte offset of its line for JSON Lines, of its record for WARC (as in CDX indexes)."))
          .addField(required(FORMAT, FieldType.STRING, "Input format the page was read as: text, html, jsonl, warc."))
          .addField(nullable(URL, FieldType.STRING, "Page URL when the input gives one."))
          .addField(nullable(SITE, FieldType.STRING, "Host name of `url`, without a leading www."))
          .addField(nullable(TITLE, FieldType.STRING, "Headline."))
          .addField(nullable(BYLINE, FieldType.STRING, "Author line as written on the page."))
          .addField(nullable(PUBLISHED, FieldType.STRING, "Publication date, ISO-8601 (date or date-time), when found."))
          .addField(nullable(FETCHED, FieldType.STRING, "When the page was fetched (the WARC record's date), ISO-8601; null for other inputs."))
          .addField(required(CHARSET, FieldType.STRING, "Charset the page's bytes were decoded with (from a byte-order mark, a declaration, or UTF-8); windows-1252 on an undeclared page means its bytes were not valid UTF-8."))
          .addField(nullable(LANGUAGE, FieldType.STRING, "ISO 639-1 language code of the kept text (und when unsure); null when not identified."))
          .addField(required(TEXT, FieldType.STRING, "The cleaned article text (title, byline, body; a date line above the body is left out when its date is in published). Offsets in entity_mentions and speaker_quotes index this string (UTF-16 units). Empty when the page was dropped."))
          .addField(required(KEPT, FieldType.BOOLEAN, "True when the page is an article that was annotated (status = kept)."))
          .addField(required(STATUS, FieldType.STRING, "kept, dropped (see drop_reason), failed (see the failures table), or seen_before (--skipSeen: an earlier run annotated the same cleaned text; drop_reason is seen_before:<its doc_id>)."))
          .addField(nullable(DROP_REASON, FieldType.STRING, "Why the page was not kept: a code such as no_article_text, too_little_prose, not_article:listing, not_english:de, duplicate_of:<doc_id>; near_duplicate_of:<doc_id> (--dropNearDuplicates); for failed pages the failure code (corenlp_exception, annotation_timeout); seen_before:<earlier doc_id> for status seen_before."))
          .addField(required(CHARS_IN, FieldType.INT32, "Characters of the page as read (text, or HTML source)."))
          .addField(required(CHARS_KEPT, FieldType.INT32, "Characters of `text`."))
          .addField(required(CHARS_ANNOTATED, FieldType.INT32, "Characters of `text` given to CoreNLP (from the start); 0 when not annotated."))
          .addField(required(TRUNCATED, FieldType.BOOLEAN, "True when the page was cut: larger than --maxPageBytes and read only up to that many bytes (cut at a line end, or for HTML a tag end; `text` is the cleaned beginning), or longer than --maxAnnotateChars and only its first chars_annotated characters annotated (cut at a sentence end)."))
          .addField(required(MENTION_COUNT, FieldType.INT32, "Rows of this document in entity_mentions."))
          .addField(required(QUOTE_COUNT, FieldType.INT32, "Rows of this document in speaker_quotes."))
          .addField(nullable(PUBLISHED_TS, FieldType.DATETIME, "`published` as a UTC timestamp: a date is its midnight UTC, a date-time without an offset is read as UTC; null when published is unknown or not a readable date."))
          .addField(nullable(STORY_ID, FieldType.STRING, "The story the document belongs to: the smallest doc_id among the near-duplicate copies of one article in the input (syndicated copies with other page furniture, a reworded headline, a paragraph more or less); its own doc_id when it has no copy. Set for pages kept by the cleaner (annotated or failed) and for pages dropped as duplicate_of or near_duplicate_of (they share the kept copy's story); null for other dropped pages and with --stories=false."))
          .addField(nullable(STORY_SIZE, FieldType.INT64, "Number of documents of the story (1: no copy found); null when story_id is null."))
          .build();

  private DocumentsTable() {}
}
