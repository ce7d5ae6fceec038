package dev.newsnlp.corpus;

import dev.newsnlp.clean.DropReasons;
import dev.newsnlp.model.CleanedPage;
import dev.newsnlp.model.DocumentRows;
import dev.newsnlp.model.DocumentsTable;
import java.util.HashMap;
import java.util.Map;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.RowCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.schemas.NoSuchSchemaException;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Partition;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TupleTag;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Where stories meet the rest of the job: which cleaned pages take part, dropping a story's copies before
 * annotation ({@code --dropNearDuplicates}), and the story columns of {@code documents}. Both joins are
 * CoGroupByKeys with the output of {@link GroupStories} on shards of doc_id ({@link Shards}, about
 * {@value #DOCS_PER_SHARD} documents a group, {@value #PAGES_PER_SHARD} before annotation): keyed by doc_id itself, the direct runner would carry every page in
 * a bundle of its own through the rest of the job.
 */
public final class Stories {
  static final long DOCS_PER_SHARD = 1_000;
  /**
   * Pages per shard of the join before annotation: small, as the direct runner annotates a bundle on one
   * thread (a shard is a bundle there); 16 pages keep every thread busy at a setup cost per 16 pages.
   */
  static final long PAGES_PER_SHARD = 16;
  private static final TupleTag<byte[]> PAGE = new TupleTag<>() {};
  private static final TupleTag<byte[]> DOCUMENT = new TupleTag<>() {};
  private static final TupleTag<byte[]> STORY = new TupleTag<>() {};
  private static final Coder<KV<String, KV<String, Long>>> STORY_CODER =
      KvCoder.of(StringUtf8Coder.of(), KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of()));
  private static final RowCoder DOCUMENT_CODER = RowCoder.of(DocumentsTable.SCHEMA);

  /** Pages in stories: kept by the cleaner, or exact duplicates of a kept page (their twin's story). */
  static boolean takesPart(CleanedPage page) {
    return page.kept() || page.getDropReason().startsWith(DropReasons.DUPLICATE + ":");
  }

  /** (doc_id, cleaned text) of every page that takes part in stories. */
  public static PTransform<PCollection<CleanedPage>, PCollection<KV<String, String>>> texts() {
    return new PTransform<>() {
      @Override
      public PCollection<KV<String, String>> expand(PCollection<CleanedPage> pages) {
        return pages.apply("TextsOfStoryPages", ParDo.of(new TextsFn())).setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));
      }
    };
  }

  /**
   * The number of cleaned pages, which sizes the shards of both joins. Counted right after cleaning, so the
   * side input is ready long before the documents arrive (the direct runner pushes back and retries an
   * element whose side input is not ready; how much that costs here is not measured).
   */
  public static PCollectionView<Long> countPages(PCollection<CleanedPage> pages) {
    return pages.apply("CountPages", Count.globally()).apply("PageCount", View.asSingleton());
  }

  /** Kept pages that are not their story's first doc_id are dropped as near_duplicate_of:&lt;story_id&gt;. */
  public static PTransform<PCollection<CleanedPage>, PCollection<CleanedPage>> dropCopies(
      PCollection<KV<String, KV<String, Long>>> stories, PCollectionView<Long> count) {
    return new PTransform<>() {
      @Override
      public PCollection<CleanedPage> expand(PCollection<CleanedPage> pages) {
        PCollection<CleanedPage> out = KeyedPCollectionTuple.of(PAGE, sharded("ShardPages", pages, CleanedPage::getDocId, count, PAGES_PER_SHARD, coder(pages)))
            .and(STORY, shardedStories(stories, count, PAGES_PER_SHARD))
            .apply("JoinPagesAndStories", CoGroupByKey.create())
            .apply("DropCopies", ParDo.of(new DropCopiesFn(coder(pages))));
        return out.setCoder(coder(pages));
      }
    };
  }

  /** documents rows with story_id and story_size. */
  public static PTransform<PCollection<Row>, PCollection<Row>> addToDocuments(
      PCollection<KV<String, KV<String, Long>>> stories, PCollectionView<Long> count) {
    return new PTransform<>() {
      @Override
      public PCollection<Row> expand(PCollection<Row> documents) {
        // Only documents that can be in a story go through the join: on the direct runner every element of
        // the side-input sharding step costs (40,000 dropped records took 27 s more with stories on).
        PCollectionList<Row> parts = documents.apply("SplitByStoryPart",
            Partition.of(2, (Row d, int n) -> StoryColumnsFn.takesPart(d) ? 0 : 1));
        PCollection<KV<Integer, byte[]>> keyed = sharded("ShardDocuments", parts.get(0), d -> d.getString(DocumentsTable.DOC_ID), count, DOCS_PER_SHARD, DOCUMENT_CODER);
        PCollection<Row> joined = KeyedPCollectionTuple.of(DOCUMENT, keyed).and(STORY, shardedStories(stories, count, DOCS_PER_SHARD))
            .apply("JoinDocumentsAndStories", CoGroupByKey.create())
            .apply("StoryColumns", ParDo.of(new StoryColumnsFn()))
            .setRowSchema(DocumentsTable.SCHEMA);
        return PCollectionList.of(joined).and(parts.get(1))
            .apply("WithOtherDocuments", Flatten.pCollections())
            .setRowSchema(DocumentsTable.SCHEMA);
      }
    };
  }

  private static Coder<CleanedPage> coder(PCollection<CleanedPage> pages) {
    try {
      return pages.getPipeline().getSchemaRegistry().getSchemaCoder(CleanedPage.class);
    } catch (NoSuchSchemaException e) {
      throw new IllegalStateException(e);
    }
  }

  /** (shard of doc_id, element as bytes: {@link Packed}); the number of shards follows {@code count}. */
  private static <T> PCollection<KV<Integer, byte[]>> sharded(String name, PCollection<T> items, SerializableFunction<T, String> docId,
      PCollectionView<Long> count, long perShard, Coder<T> coder) {
    return items.apply(name, ParDo.of(new DoFn<T, KV<Integer, byte[]>>() {
      @ProcessElement
      public void process(ProcessContext c) {
        int shards = Shards.count(c.sideInput(count), perShard);
        c.output(KV.of(Shards.of(docId.apply(c.element()), shards), Packed.pack(coder, c.element())));
      }
    }).withSideInputs(count)).setCoder(KvCoder.of(VarIntCoder.of(), ByteArrayCoder.of()));
  }

  private static PCollection<KV<Integer, byte[]>> shardedStories(
      PCollection<KV<String, KV<String, Long>>> stories, PCollectionView<Long> count, long perShard) {
    return sharded("ShardStories", stories, KV::getKey, count, perShard, STORY_CODER);
  }

  /** The stories of one shard's documents, by doc_id. */
  private static Map<String, KV<String, Long>> storiesOf(CoGbkResult shard) {
    Map<String, KV<String, Long>> stories = new HashMap<>();
    for (byte[] packed : shard.getAll(STORY)) {
      KV<String, KV<String, Long>> s = Packed.unpack(STORY_CODER, packed);
      stories.put(s.getKey(), s.getValue());
    }
    return stories;
  }

  static final class TextsFn extends DoFn<CleanedPage, KV<String, String>> {
    @ProcessElement
    public void process(@Element CleanedPage page, OutputReceiver<KV<String, String>> out) {
      if (takesPart(page)) {
        out.output(KV.of(page.getDocId(), page.getText()));
      }
    }
  }

  static final class DropCopiesFn extends DoFn<KV<Integer, CoGbkResult>, CleanedPage> {
    private final Counter dropped = Metrics.counter(Stories.class, "dropped_" + DropReasons.NEAR_DUPLICATE);
    private final Coder<CleanedPage> pageCoder;

    DropCopiesFn(Coder<CleanedPage> pageCoder) {
      this.pageCoder = pageCoder;
    }

    @ProcessElement
    public void process(@Element KV<Integer, CoGbkResult> shard, OutputReceiver<CleanedPage> out) {
      Map<String, KV<String, Long>> stories = storiesOf(shard.getValue());
      for (byte[] packed : shard.getValue().getAll(PAGE)) {
        CleanedPage page = Packed.unpack(pageCoder, packed);
        KV<String, Long> story = stories.get(page.getDocId());
        if (page.kept() && story != null && !story.getKey().equals(page.getDocId())) {
          dropped.inc();
          out.output(page.withDropReason(DropReasons.NEAR_DUPLICATE + ":" + story.getKey()));
        } else {
          out.output(page);
        }
      }
    }
  }

  static final class StoryColumnsFn extends DoFn<KV<Integer, CoGbkResult>, Row> {
    @ProcessElement
    public void process(@Element KV<Integer, CoGbkResult> shard, OutputReceiver<Row> out) {
      Map<String, KV<String, Long>> stories = storiesOf(shard.getValue());
      for (byte[] packed : shard.getValue().getAll(DOCUMENT)) {
        Row d = Packed.unpack(DOCUMENT_CODER, packed);
        out.output(withStoryColumns(d, stories.get(d.getString(DocumentsTable.DOC_ID))));
      }
    }

    /** The row with its story, a story of its own if it takes part in stories, else as it is. */
    static Row withStoryColumns(Row d, @Nullable KV<String, Long> story) {
      if (story != null) {
        return DocumentRows.withStory(d, story.getKey(), story.getValue());
      }
      return takesPart(d) ? DocumentRows.withStory(d, d.getString(DocumentsTable.DOC_ID), 1) : d;
    }

    /** The documents-row view of {@link Stories#takesPart}: kept or failed after cleaning, or a duplicate. */
    static boolean takesPart(Row d) {
      String status = d.getString(DocumentsTable.STATUS);
      String reason = d.getString(DocumentsTable.DROP_REASON);
      return !DocumentsTable.STATUS_DROPPED.equals(status) // kept, failed, seen_before
          || (reason != null && (reason.startsWith(DropReasons.DUPLICATE + ":")
              || reason.startsWith(DropReasons.NEAR_DUPLICATE + ":")));
    }
  }

  private Stories() {}
}
