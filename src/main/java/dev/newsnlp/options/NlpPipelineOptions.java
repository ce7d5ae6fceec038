package dev.newsnlp.options;

import dev.newsnlp.annotate.NlpConfig;
import dev.newsnlp.write.OutputFormat;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.Validation;

/**
 * Every flag of the newsnlp job. Each getter has a description (shown by {@code --help}) and a default or
 * {@code @Validation.Required}, so a missing flag fails before any work starts.
 */
public interface NlpPipelineOptions extends PipelineOptions {

  @Description(
      "Input dump files: a glob on any Beam filesystem, e.g. 'sample-data/*', 'gs://bucket/dumps/2026-11-23/*.gz'. "
          + "Text dumps, HTML, JSON Lines and WARC/WET are told apart automatically; .gz/.bz2 by extension.")
  @Validation.Required
  String getInput();

  void setInput(String value);

  @Description(
      "Output folder; one sub-folder per table (documents/, entity_mentions/, entities/, speaker_quotes/, failures/). "
          + "E.g. 'out/' or 'gs://bucket/newsnlp/'.")
  @Validation.Required
  String getOutput();

  void setOutput(String value);

  @Description("Output format of the tables: jsonl (JSON Lines) or parquet. Both carry the same columns.")
  @Default.Enum("jsonl")
  OutputFormat getFormat();

  void setFormat(OutputFormat value);

  @Description(
      "Remove non-article noise (menus, tickers, teasers, appeals, footers) and drop pages that are not "
          + "articles. false passes each page's text through unchanged (input that is already clean).")
  @Default.Boolean(true)
  boolean getClean();

  void setClean(boolean value);

  @Description(
      "How noise is told from article text: learned (a line classifier trained on thousands of pages from "
          + "several benchmarks; its version is in run_summary.json) or rules (the hand-written rules alone, "
          + "for comparison).")
  @Default.Enum("learned")
  dev.newsnlp.clean.CleanerMode getCleaner();

  void setCleaner(dev.newsnlp.clean.CleanerMode value);

  @Description(
      "Synonym kept for existing jobs: --quotes=false is --quoteAttribution=none (and wins over it); true, "
          + "the default, leaves the choice to --quoteAttribution.")
  @Default.Boolean(true)
  boolean getQuotes();

  void setQuotes(boolean value);

  @Description(
      "How quotes are found and attributed to speakers: news (speech-verb, 'according to' and "
          + "paragraph-continuation rules built for news, on tokens, POS and NER; no parse, no coreference; "
          + "much faster and more accurate on news) or corenlp (CoreNLP's own quote annotator, built for novels: "
          + "dependency parse + coreference). none extracts no quotes and runs named-entity recognition alone "
          + "with the cheaper annotator set; --quotes=false is a synonym of none.")
  @Default.Enum("news")
  NlpConfig.QuoteMode getQuoteAttribution();

  void setQuoteAttribution(NlpConfig.QuoteMode value);

  @Description(
      "NER configuration (docs/NER.md): accurate is CoreNLP's CoNLL 4-class model with document-level "
          + "person-name consistency; fast is that model alone; standard is CoreNLP's default English NER "
          + "(several times slower; adds DATE, NUMBER, MONEY and fine-grained types such as CITY, COUNTRY).")
  @Default.Enum("accurate")
  NlpConfig.NerMode getNer();

  void setNer(NlpConfig.NerMode value);

  @Description("Number of output files per table, e.g. 16. A fixed count gives byte-identical files on every run "
      + "and runner (rows sharded by a hash of the table's key, sorted by key in each file); 0 lets the runner "
      + "decide (same rows, but file count and row order vary).")
  @Default.Integer(1)
  int getNumShards();

  void setNumShards(int value);

  @Description(
      "Languages to keep, as ISO 639-1 codes separated by commas (the NLP models are English). Pages "
          + "identified as another language are dropped as not_english:<code>. 'any' keeps every page.")
  @Default.String("en")
  String getLanguages();

  void setLanguages(String value);

  @Description(
      "Drop a page whose cleaned text equals that of another page (the one with the smallest doc_id is "
          + "kept; the others get drop_reason duplicate_of:<kept doc_id>).")
  @Default.Boolean(true)
  boolean getDropDuplicates();

  void setDropDuplicates(boolean value);

  @Description(
      "Largest page read, in bytes (a text or HTML file, one JSON line, one WARC record). A larger page is "
          + "read up to the limit (cut at a line end, for HTML a tag end, never inside a character), cleaned, "
          + "annotated and marked documents.truncated, so one huge page cannot exhaust the heap. A JSON line "
          + "cut before its text or html field starts gets a failures row (page_too_large).")
  @Default.Long(10_000_000L)
  long getMaxPageBytes();

  void setMaxPageBytes(long value);

  @Description(
      "Run date (YYYY-MM-DD) of a scheduled run: tables are written as Hive-style partitions "
          + "TABLE/run_date=YYYY-MM-DD/, and rerunning a date replaces exactly that partition. Unset: tables "
          + "are written directly under TABLE/ (replaced as a whole).")
  String getRunDate();

  void setRunDate(String value);

  @Description(
      "Wait for the job to finish, then print the run summary and write run_summary.json. It is false "
          + "automatically inside a Dataflow Flex Template launcher, which must exit once the job is submitted.")
  @Default.Boolean(true)
  boolean getWaitUntilFinish();

  void setWaitUntilFinish(boolean value);

  @Description("Seconds between progress lines in the log (pages done, rate, time left) while the job runs.")
  @Default.Integer(30)
  int getProgressIntervalSeconds();

  void setProgressIntervalSeconds(int value);

  @Description(
      "Most characters of one page given to CoreNLP. A longer article is cut at the last sentence end "
          + "before the limit; documents.truncated marks it and chars_annotated says how much was annotated "
          + "(documents.text keeps the whole article).")
  @Default.Integer(100_000)
  int getMaxAnnotateChars();

  void setMaxAnnotateChars(int value);

  @Description(
      "Longest sentence, in tokens, that the POS tagger, NER and parsers process; longer ones (tables of "
          + "numbers, lists without punctuation) are skipped by them rather than blowing up time and memory.")
  @Default.Integer(500)
  int getMaxSentenceTokens();

  void setMaxSentenceTokens(int value);

  @Description(
      "Wall-clock limit for annotating one page, in seconds (0: none). A page that takes longer gets a "
          + "failures row (annotation_timeout) and the run goes on.")
  @Default.Integer(300)
  int getAnnotateTimeoutSeconds();

  void setAnnotateTimeoutSeconds(int value);

  @Description(
      "Group near-duplicate articles across the whole input into stories (MinHash of word shingles, LSH "
          + "bands, pairs confirmed by --storySimilarity): documents.story_id is the smallest doc_id of the "
          + "story, story_size its number of documents. false leaves both null.")
  @Default.Boolean(true)
  boolean getStories();

  void setStories(boolean value);

  @Description(
      "Least estimated Jaccard similarity (of 3-word shingles of the cleaned text) for two documents to be "
          + "copies of one story, 0-1. The default was chosen on a generated corpus of syndicated copies and "
          + "same-topic articles (docs/STORIES.md).")
  @Default.Double(0.5)
  double getStorySimilarity();

  void setStorySimilarity(double value);

  @Description(
      "Output folder of earlier runs (any Beam filesystem, e.g. 'out/' or 'gs://bucket/newsnlp/'): its documents "
          + "tables (every run_date, JSON Lines or Parquet) are read, and a page whose cleaned text an earlier run "
          + "annotated (same SHA-256 fingerprint) is not annotated again: status seen_before, drop_reason "
          + "seen_before:<earlier doc_id>. Unset: every page is annotated.")
  String getSkipSeen();

  void setSkipSeen(String value);

  @Description(
      "Drop every document of a story but the one with the smallest doc_id before annotation, with "
          + "drop_reason near_duplicate_of:<doc_id>, to save their NLP time (needs --stories).")
  @Default.Boolean(false)
  boolean getDropNearDuplicates();

  void setDropNearDuplicates(boolean value);
}
