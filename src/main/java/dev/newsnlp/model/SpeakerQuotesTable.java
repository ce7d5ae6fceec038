package dev.newsnlp.model;

import static dev.newsnlp.model.Tables.nullable;
import static dev.newsnlp.model.Tables.required;

import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.schemas.Schema.FieldType;

/** Columns of the {@code speaker_quotes} table. */
public final class SpeakerQuotesTable {
  public static final String DOC_ID = "doc_id";
  public static final String QUOTE_ID = "quote_id";
  public static final String START = "start";
  public static final String END = "end";
  public static final String TEXT = "text";
  public static final String SPEAKER = "speaker";
  public static final String CANONICAL_SPEAKER = "canonical_speaker";
  public static final String SPEAKER_MENTION_ID = "speaker_mention_id";
  public static final String SENTENCE_INDEX = "sentence_index";
  public static final String SPEAKER_ENTITY_ID = "speaker_entity_id";
  public static final String SPEAKER_TYPE = "speaker_type";
  public static final String ATTRIBUTION = "attribution";
  public static final String KIND = "kind";
  public static final String SPEAKER_FORM = "speaker_form";

  public static final Schema SCHEMA =
      Schema.builder()
          .addField(required(DOC_ID, FieldType.STRING, "Document the quote is in (documents.doc_id)."))
          .addField(required(QUOTE_ID, FieldType.STRING, "Quote id, `<doc_id>:q<n>`, n counting quotes in text order from 0."))
          .addField(required(START, FieldType.INT32, "Start offset in documents.text, opening quotation mark included."))
          .addField(required(END, FieldType.INT32, "End offset in documents.text (exclusive), closing quotation mark included."))
          .addField(required(TEXT, FieldType.STRING, "The quotation with its marks: documents.text[start:end]."))
          .addField(nullable(SPEAKER, FieldType.STRING, "Speaker as written near the quote (\"Shoigu\", \"the ministry\"); null when unknown."))
          .addField(nullable(CANONICAL_SPEAKER, FieldType.STRING, "The canonical name of the speaker's entity (entities.canonical_name, \"Sergei Shoigu\"), also for a pronoun, description or continued quote resolved to a named entity; null when unknown or when the speaker is a pronoun or description that names no entity (\"a spokesman\"; speaker_form says which)."))
          .addField(nullable(SPEAKER_MENTION_ID, FieldType.STRING, "entity_mentions.mention_id of the speaker's named mention: the written speaker's, or for a pronoun, description or continued quote the named mention it was resolved to (news mode)."))
          .addField(required(SENTENCE_INDEX, FieldType.INT32, "Index (from 0) of the sentence the quote starts in."))
          .addField(nullable(SPEAKER_ENTITY_ID, FieldType.STRING, "entities.entity_id of the speaker: the entity of speaker_mention_id; null when the speaker is no named mention."))
          .addField(nullable(SPEAKER_TYPE, FieldType.STRING, "Type of the speaker: PERSON, ORGANIZATION, LOCATION, ... (news mode); null when unknown."))
          .addField(nullable(ATTRIBUTION, FieldType.STRING, "Rule that found the speaker: trailing_verb, split_quote, leading_verb, according_to, trailing_clause, sentence_subject, previous_sentence, multi_paragraph, same_paragraph, colon_intro, previous_paragraph (news mode; docs/QUOTES.md), or corenlp; null when no speaker."))
          .addField(required(KIND, FieldType.STRING, "speech, or title_or_term: a quoted title, name or term (\"Meet the Press\", a slogan on a cap, a word in scare quotes), which has no speaker; count speech rows to count quotations (docs/QUOTES.md)."))
          .addField(nullable(SPEAKER_FORM, FieldType.STRING, "How the speaker is written: person or organisation (a name; organisation for any speaker that is not a person), pronoun (\"he\", \"it\") or description (\"the ministry\", \"a spokesman\"); a pronoun or description has a canonical_speaker only when resolved to a named entity of the document. Null when no speaker."))
          .build();

  private SpeakerQuotesTable() {}
}
