package dev.newsnlp.annotate;

import dev.newsnlp.errors.Failures;
import dev.newsnlp.model.CleanedPage;
import dev.newsnlp.model.DocumentsTable;
import dev.newsnlp.model.EntitiesTable;
import dev.newsnlp.model.EntityMentionsTable;
import dev.newsnlp.model.FailuresTable;
import dev.newsnlp.model.SpeakerQuotesTable;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Cleaned pages → the documents, entity_mentions, entities and speaker_quotes rows. Kept pages run through CoreNLP;
 * dropped pages only get their documents row. A page CoreNLP fails on gets a failures row and a documents
 * row with status failed, and the run goes on.
 */
public final class Annotate extends PTransform<PCollection<CleanedPage>, PCollectionTuple> {
  public static final TupleTag<Row> DOCUMENTS = new TupleTag<Row>("documents") {};
  public static final TupleTag<Row> MENTIONS = new TupleTag<Row>("entity_mentions") {};
  public static final TupleTag<Row> ENTITIES = new TupleTag<Row>("entities") {};
  public static final TupleTag<Row> QUOTES = new TupleTag<Row>("speaker_quotes") {};

  private final NlpConfig config;
  private final int maxChars;
  private final int timeoutSeconds;
  private final boolean spread;

  private Annotate(NlpConfig config, int maxChars, int timeoutSeconds, boolean spread) {
    this.config = config;
    this.maxChars = maxChars;
    this.timeoutSeconds = timeoutSeconds;
    this.spread = spread;
  }

  /**
   * @param maxChars most characters of a page annotated (cut at a sentence end)
   * @param timeoutSeconds wall-clock limit per page, 0 for none
   */
  public static Annotate with(NlpConfig config, int maxChars, int timeoutSeconds) {
    return new Annotate(config, maxChars, timeoutSeconds, true);
  }

  /**
   * Annotates pages in the bundles they come in, without first spreading them over workers. For the direct
   * runner: its splittable read already hands a big file's pages on in many small bundles that every thread
   * takes up, and each step a page goes through costs it a fixed setup per bundle (five steps and a
   * grouping for the spread).
   */
  public Annotate withoutSpreading() {
    return new Annotate(config, maxChars, timeoutSeconds, false);
  }

  @Override
  public PCollectionTuple expand(PCollection<CleanedPage> pages) {
    // Pages of one big file were read by one worker; spread them before the costly step.
    PCollection<CleanedPage> spreadPages =
        spread ? pages.apply("SpreadPages", Reshuffle.<CleanedPage>viaRandomKey()) : pages;
    PCollectionTuple out =
        spreadPages
            .apply("RunCoreNlp",
                ParDo.of(new AnnotateFn(config, maxChars, timeoutSeconds))
                    .withOutputTags(DOCUMENTS, TupleTagList.of(MENTIONS).and(ENTITIES).and(QUOTES).and(Failures.TAG)));
    out.get(DOCUMENTS).setRowSchema(DocumentsTable.SCHEMA);
    out.get(MENTIONS).setRowSchema(EntityMentionsTable.SCHEMA);
    out.get(ENTITIES).setRowSchema(EntitiesTable.SCHEMA);
    out.get(QUOTES).setRowSchema(SpeakerQuotesTable.SCHEMA);
    out.get(Failures.TAG).setRowSchema(FailuresTable.SCHEMA);
    return out;
  }
}
