package dev.newsnlp.corpus;

import dev.newsnlp.clean.DropReasons;
import dev.newsnlp.model.CleanedPage;
import dev.newsnlp.model.DocumentRows;
import dev.newsnlp.model.DocumentsTable;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.RowCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.schemas.NoSuchSchemaException;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Where stories meet the rest of the job: which cleaned pages take part, dropping a story's copies before
 * annotation ({@code --dropNearDuplicates}), and the story columns of {@code documents}. Both joins are
 * CoGroupByKeys on doc_id with the output of {@link GroupStories}.
 */
public final class Stories {
  private static final TupleTag<CleanedPage> PAGE = new TupleTag<>() {};
  private static final TupleTag<Row> DOCUMENT = new TupleTag<>() {};
  private static final TupleTag<KV<String, Long>> STORY = new TupleTag<>() {};

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

  /** Kept pages that are not their story's first doc_id are dropped as near_duplicate_of:&lt;story_id&gt;. */
  public static PTransform<PCollection<CleanedPage>, PCollection<CleanedPage>> dropCopies(
      PCollection<KV<String, KV<String, Long>>> stories) {
    return new PTransform<>() {
      @Override
      public PCollection<CleanedPage> expand(PCollection<CleanedPage> pages) {
        PCollection<CleanedPage> out = KeyedPCollectionTuple.of(PAGE, keyed(pages)).and(STORY, stories)
            .apply("JoinPagesAndStories", CoGroupByKey.create())
            .apply("DropCopies", ParDo.of(new DropCopiesFn()));
        try {
          return out.setCoder(pages.getPipeline().getSchemaRegistry().getSchemaCoder(CleanedPage.class));
        } catch (NoSuchSchemaException e) {
          throw new IllegalStateException(e);
        }
      }
    };
  }

  /** documents rows with story_id and story_size. */
  public static PTransform<PCollection<Row>, PCollection<Row>> addToDocuments(
      PCollection<KV<String, KV<String, Long>>> stories) {
    return new PTransform<>() {
      @Override
      public PCollection<Row> expand(PCollection<Row> documents) {
        PCollection<KV<String, Row>> keyed = documents.apply("KeyDocuments", ParDo.of(new KeyDocumentsFn())).setCoder(KvCoder.of(StringUtf8Coder.of(), RowCoder.of(DocumentsTable.SCHEMA)));
        return KeyedPCollectionTuple.of(DOCUMENT, keyed).and(STORY, stories)
            .apply("JoinDocumentsAndStories", CoGroupByKey.create())
            .apply("StoryColumns", ParDo.of(new StoryColumnsFn()))
            .setRowSchema(DocumentsTable.SCHEMA);
      }
    };
  }

  private static PCollection<KV<String, CleanedPage>> keyed(PCollection<CleanedPage> pages) {
    try {
      return pages.apply("KeyPages", ParDo.of(new KeyPagesFn())).setCoder(KvCoder.of(StringUtf8Coder.of(), pages.getPipeline().getSchemaRegistry().getSchemaCoder(CleanedPage.class)));
    } catch (NoSuchSchemaException e) {
      throw new IllegalStateException(e);
    }
  }

  static final class TextsFn extends DoFn<CleanedPage, KV<String, String>> {
    @ProcessElement
    public void process(@Element CleanedPage page, OutputReceiver<KV<String, String>> out) {
      if (takesPart(page)) {
        out.output(KV.of(page.getDocId(), page.getText()));
      }
    }
  }

  static final class KeyPagesFn extends DoFn<CleanedPage, KV<String, CleanedPage>> {
    @ProcessElement
    public void process(@Element CleanedPage p, OutputReceiver<KV<String, CleanedPage>> out) {
      out.output(KV.of(p.getDocId(), p));
    }
  }

  static final class KeyDocumentsFn extends DoFn<Row, KV<String, Row>> {
    @ProcessElement
    public void process(@Element Row d, OutputReceiver<KV<String, Row>> out) {
      out.output(KV.of(d.getString(DocumentsTable.DOC_ID), d));
    }
  }

  static final class DropCopiesFn extends DoFn<KV<String, CoGbkResult>, CleanedPage> {
    private final Counter dropped = Metrics.counter(Stories.class, "dropped_" + DropReasons.NEAR_DUPLICATE);

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> doc, OutputReceiver<CleanedPage> out) {
      KV<String, Long> story = doc.getValue().getOnly(STORY, null);
      for (CleanedPage page : doc.getValue().getAll(PAGE)) {
        if (page.kept() && story != null && !story.getKey().equals(page.getDocId())) {
          dropped.inc();
          out.output(page.withDropReason(DropReasons.NEAR_DUPLICATE + ":" + story.getKey()));
        } else {
          out.output(page);
        }
      }
    }
  }

  static final class StoryColumnsFn extends DoFn<KV<String, CoGbkResult>, Row> {
    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> doc, OutputReceiver<Row> out) {
      KV<String, Long> story = doc.getValue().getOnly(STORY, null);
      for (Row d : doc.getValue().getAll(DOCUMENT)) {
        if (story != null) {
          out.output(DocumentRows.withStory(d, story.getKey(), story.getValue()));
        } else if (takesPart(d)) {
          out.output(DocumentRows.withStory(d, d.getString(DocumentsTable.DOC_ID), 1));
        } else {
          out.output(d);
        }
      }
    }

    /** The documents-row view of {@link Stories#takesPart}: kept or failed after cleaning, or a duplicate. */
    private static boolean takesPart(Row d) {
      String status = d.getString(DocumentsTable.STATUS);
      String reason = d.getString(DocumentsTable.DROP_REASON);
      return !DocumentsTable.STATUS_DROPPED.equals(status) // kept, failed, seen_before
          || (reason != null && (reason.startsWith(DropReasons.DUPLICATE + ":")
              || reason.startsWith(DropReasons.NEAR_DUPLICATE + ":")));
    }
  }

  private Stories() {}
}
