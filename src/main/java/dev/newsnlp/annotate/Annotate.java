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

  private final int spreadBuckets;

  private Annotate(NlpConfig config, int maxChars, int timeoutSeconds, int spreadBuckets) {
    this.config = config;
    this.maxChars = maxChars;
    this.timeoutSeconds = timeoutSeconds;
    this.spreadBuckets = spreadBuckets;
  }

  /**
   * @param maxChars most characters of a page annotated (cut at a sentence end)
   * @param timeoutSeconds wall-clock limit per page, 0 for none
   */
  public static Annotate with(NlpConfig config, int maxChars, int timeoutSeconds) {
    return new Annotate(config, maxChars, timeoutSeconds, 0);
  }

  /**
   * Spreads pages over at most {@code buckets} keys before annotating (0: one key per page). The direct
   * runner makes a bundle of each key, and its per-bundle cost is several times CoreNLP's own time for a
   * short page; a few buckets per thread keep every thread busy with large bundles. Cluster runners need
   * no cap.
   */
  public Annotate withSpreadBuckets(int buckets) {
    return new Annotate(config, maxChars, timeoutSeconds, buckets);
  }

  @Override
  public PCollectionTuple expand(PCollection<CleanedPage> pages) {
    PCollectionTuple out =
        pages
            // Pages of one big file were read by one worker; spread them before the costly step.
            .apply("SpreadPages", spreadBuckets > 0
                ? Reshuffle.<CleanedPage>viaRandomKey().withNumBuckets(spreadBuckets)
                : Reshuffle.<CleanedPage>viaRandomKey())
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
