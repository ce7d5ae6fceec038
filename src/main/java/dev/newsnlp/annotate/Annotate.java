package dev.newsnlp.annotate;

import dev.newsnlp.errors.Failures;
import dev.newsnlp.model.CleanedPage;
import dev.newsnlp.model.EntitiesTable;
import dev.newsnlp.model.EntityMentionsTable;
import dev.newsnlp.model.FailuresTable;
import dev.newsnlp.model.PageFate;
import dev.newsnlp.model.SpeakerQuotesTable;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Partition;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * Cleaned pages → the entity_mentions, entities and speaker_quotes rows, and the fate of every page
 * ({@link #FATES}, from which the documents rows are built). Kept pages run through CoreNLP; dropped pages
 * pass on with their drop reason. A page CoreNLP fails on gets a failures row and the fate failed, and the
 * run goes on.
 */
public final class Annotate extends PTransform<PCollection<CleanedPage>, PCollectionTuple> {
  public static final TupleTag<PageFate> FATES = new TupleTag<PageFate>("fates") {};
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
    PCollectionList<CleanedPage> keptAndDropped =
        pages.apply("SplitKeptFromDropped", Partition.of(2, (CleanedPage p, int n) -> p.kept() ? 0 : 1));
    PCollection<CleanedPage> kept = keptAndDropped.get(0);
    // Pages of one big file were read by one worker; spread them before the costly step.
    PCollection<CleanedPage> spreadPages =
        spread ? kept.apply("SpreadPages", Reshuffle.<CleanedPage>viaRandomKey()) : kept;
    PCollectionTuple out =
        spreadPages
            .apply("RunCoreNlp",
                ParDo.of(new AnnotateFn(config, maxChars, timeoutSeconds))
                    .withOutputTags(FATES, TupleTagList.of(MENTIONS).and(ENTITIES).and(QUOTES).and(Failures.TAG)));
    PCollection<PageFate> droppedFates =
        keptAndDropped.get(1)
            .apply("PassOnDropped", MapElements.into(TypeDescriptor.of(PageFate.class)).via(PageFate::dropped));
    PCollection<PageFate> fates =
        PCollectionList.of(out.get(FATES)).and(droppedFates).apply("AllFates", Flatten.pCollections());
    out.get(MENTIONS).setRowSchema(EntityMentionsTable.SCHEMA);
    out.get(ENTITIES).setRowSchema(EntitiesTable.SCHEMA);
    out.get(QUOTES).setRowSchema(SpeakerQuotesTable.SCHEMA);
    out.get(Failures.TAG).setRowSchema(FailuresTable.SCHEMA);
    return PCollectionTuple.of(FATES, fates)
        .and(MENTIONS, out.get(MENTIONS))
        .and(ENTITIES, out.get(ENTITIES))
        .and(QUOTES, out.get(QUOTES))
        .and(Failures.TAG, out.get(Failures.TAG));
  }
}
