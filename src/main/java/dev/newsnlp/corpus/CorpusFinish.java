package dev.newsnlp.corpus;

import dev.newsnlp.corpus.CorpusStats.EntityAcc;
import dev.newsnlp.corpus.CorpusStats.SpeakerAcc;
import dev.newsnlp.corpus.DocumentFacts.DocInfo;
import dev.newsnlp.corpus.DocumentFacts.EntityFact;
import dev.newsnlp.corpus.DocumentFacts.SpeakerFact;
import dev.newsnlp.model.DocumentsTable;
import dev.newsnlp.model.EntitiesTable;
import dev.newsnlp.model.EntityMentionsTable;
import dev.newsnlp.model.SpeakerQuotesTable;
import dev.newsnlp.model.Tables;
import dev.newsnlp.write.SortedRows;
import dev.newsnlp.write.StagedTables;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.RowCoder;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.util.CoderUtils;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The direct runner's last steps, done by the launcher as it publishes the staged tables: the story columns
 * of {@code documents} ({@link Stories#addToDocuments} in the pipeline) and the {@code corpus_entities} and
 * {@code speakers} tables ({@link BuildCorpusTables}). The direct runner copies every value buffered in a
 * grouping, through its coder, each time another bundle adds to it, and sets up each step again for every
 * bundle: after the last annotated page of 1,010 pages those two joins took 25–35 s, here they are one pass
 * over rows the launcher reads anyway. The rows are the same: the same functions build them ({@link
 * Stories.StoryColumnsFn#withStoryColumns}, {@link DocumentFacts}, {@link CorpusStats}) and the tests compare
 * the two paths.
 *
 * <p>Memory: the documents' story assignments and kept documents' (doc_id, story, site, date) are held in
 * memory; the entity, mention and quote rows go through a sort that spills to disk, which brings each
 * document's rows together.
 */
public final class CorpusFinish implements StagedTables.Finisher, AutoCloseable {
  /** The staged-only table of story assignments (never published). */
  public static final String STORY_TABLE = "story_assignments";

  public static final Schema STORY_SCHEMA = Schema.builder()
      .addStringField("doc_id").addStringField("story_id").addInt64Field("story_size").build();

  /**
   * The staged-only table of story pages' {@link MinHash} signatures, from which the launcher groups the
   * stories itself ({@link LocalStories}) when nothing before annotation needs them (no {@code --dropNearDuplicates}).
   */
  public static final String SIGNATURE_TABLE = "story_signatures";

  public static final Schema SIGNATURE_SCHEMA = Schema.builder()
      .addStringField("doc_id").addByteArrayField("signature").build();

  private static final List<String> PER_DOCUMENT =
      List.of(Tables.ENTITIES, Tables.ENTITY_MENTIONS, Tables.SPEAKER_QUOTES);
  private static final Map<String, RowCoder> CODERS = Map.of(
      Tables.ENTITIES, RowCoder.of(EntitiesTable.SCHEMA),
      Tables.ENTITY_MENTIONS, RowCoder.of(EntityMentionsTable.SCHEMA),
      Tables.SPEAKER_QUOTES, RowCoder.of(SpeakerQuotesTable.SCHEMA));

  private final @Nullable Map<String, KV<String, Long>> stories;
  private final Map<String, DocInfo> kept = new HashMap<>();
  private final SortedRows perDocument = new SortedRows(SortedRows.DEFAULT_BUDGET);
  private @Nullable List<Row> corpusEntities;
  private @Nullable List<Row> speakers;

  /** @param stories each doc_id's (story_id, story_size), or null when stories are off */
  CorpusFinish(@Nullable Map<String, KV<String, Long>> stories) {
    this.stories = stories;
  }

  /** Where the launcher finds each document's story. */
  public enum StorySource {
    /** Stories are off. */
    NONE,
    /** The pipeline grouped them and staged the assignments ({@link #STORY_TABLE}). */
    PIPELINE,
    /** The pipeline staged the signatures ({@link #SIGNATURE_TABLE}); the launcher groups them. */
    LAUNCHER
  }

  /** For run {@code runId}: its stories, read or grouped from what the pipeline staged. */
  public static CorpusFinish of(String output, @Nullable String runDate, String runId, StorySource stories,
      double similarity) throws IOException {
    switch (stories) {
      case PIPELINE: {
        Map<String, KV<String, Long>> byDoc = new HashMap<>();
        for (Row r : StagedTables.readStaged(output, runDate, runId, STORY_TABLE, STORY_SCHEMA)) {
          byDoc.put(r.getString("doc_id"), KV.of(r.getString("story_id"), r.getInt64("story_size")));
        }
        return new CorpusFinish(byDoc);
      }
      case LAUNCHER: {
        Map<String, byte[]> signatures = new HashMap<>();
        for (Row r : StagedTables.readStaged(output, runDate, runId, SIGNATURE_TABLE, SIGNATURE_SCHEMA)) {
          signatures.put(r.getString("doc_id"), r.getBytes("signature"));
        }
        return new CorpusFinish(LocalStories.group(signatures, similarity));
      }
      default:
        return new CorpusFinish(null);
    }
  }

  /** (doc_id, signature) rows of {@link #SIGNATURE_TABLE} for the (doc_id, text) of story pages, to be staged. */
  public static PTransform<PCollection<KV<String, String>>, PCollection<Row>> signatureRows() {
    return new PTransform<>() {
      @Override
      public PCollection<Row> expand(PCollection<KV<String, String>> texts) {
        return texts.apply("MinHashSignature", ParDo.of(new DoFn<KV<String, String>, Row>() {
          @ProcessElement
          public void process(@Element KV<String, String> doc, OutputReceiver<Row> out) {
            out.output(Row.withSchema(SIGNATURE_SCHEMA).addValues(doc.getKey(), MinHash.signature(doc.getValue())).build());
          }
        })).setRowSchema(SIGNATURE_SCHEMA);
      }
    };
  }

  /** The pipeline's story assignments as rows of {@link #STORY_TABLE}, to be staged. */
  public static PTransform<PCollection<KV<String, KV<String, Long>>>, PCollection<Row>> storyRows() {
    return new PTransform<>() {
      @Override
      public PCollection<Row> expand(PCollection<KV<String, KV<String, Long>>> stories) {
        return stories.apply("StoryRow", ParDo.of(new DoFn<KV<String, KV<String, Long>>, Row>() {
          @ProcessElement
          public void process(@Element KV<String, KV<String, Long>> s, OutputReceiver<Row> out) {
            out.output(Row.withSchema(STORY_SCHEMA).addValues(s.getKey(), s.getValue().getKey(), s.getValue().getValue()).build());
          }
        })).setRowSchema(STORY_SCHEMA);
      }
    };
  }

  @Override
  public boolean builds(String table) {
    return table.equals(Tables.CORPUS_ENTITIES) || table.equals(Tables.SPEAKERS);
  }

  // Synchronized: the launcher writes the staged tables side by side (StagedTables.publish).
  @Override
  public synchronized Row staged(String table, Row row, byte[] encoded) throws IOException {
    if (table.equals(Tables.DOCUMENTS)) {
      Row d = stories == null ? row : Stories.StoryColumnsFn.withStoryColumns(row, stories.get(row.getString(DocumentsTable.DOC_ID)));
      if (DocumentsTable.STATUS_KEPT.equals(d.getString(DocumentsTable.STATUS))) {
        kept.put(d.getString(DocumentsTable.DOC_ID), DocInfo.of(d));
      }
      return d;
    }
    int tag = PER_DOCUMENT.indexOf(table);
    if (tag >= 0) {
      perDocument.add(key(row.getString(EntitiesTable.DOC_ID), tag), encoded);
    }
    return row;
  }

  @Override
  public synchronized @Nullable Iterable<Row> built(String table) throws IOException {
    if (!builds(table)) {
      return null;
    }
    if (corpusEntities == null) {
      build();
    }
    return table.equals(Tables.CORPUS_ENTITIES) ? corpusEntities : speakers;
  }

  /** Deletes what the sort spilled, if it was not read. */
  @Override
  public synchronized void close() throws IOException {
    perDocument.close();
  }

  /** doc_id, a zero byte, the table's tag: sorting brings a document's rows together. */
  private static byte[] key(String docId, int tag) {
    byte[] id = docId.getBytes(StandardCharsets.UTF_8);
    byte[] key = Arrays.copyOf(id, id.length + 2);
    key[id.length + 1] = (byte) tag;
    return key;
  }

  private void build() throws IOException {
    CorpusSums<EntityFact, EntityAcc> entitySums = new CorpusSums<>(EntityFact::key, EntityFact::doc, EntityAcc::new);
    CorpusSums<SpeakerFact, SpeakerAcc> speakerSums = new CorpusSums<>(SpeakerFact::key, SpeakerFact::doc, SpeakerAcc::new);
    List<List<Row>> rows = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    String current = null;
    for (Iterator<SortedRows.Pair> it = perDocument.sorted(); ; ) {
      SortedRows.Pair next = it.hasNext() ? it.next() : null;
      String docId = next == null ? null : new String(next.key(), 0, next.key().length - 2, StandardCharsets.UTF_8);
      if (current != null && !current.equals(docId)) {
        DocInfo info = kept.get(current); // rows of documents that were not kept count nowhere
        if (info != null) {
          DocumentFacts.entityFacts(info, rows.get(0), rows.get(1), rows.get(2)).forEach(entitySums::add);
          DocumentFacts.speakerFacts(info, rows.get(0), rows.get(1), rows.get(2)).forEach(speakerSums::add);
        }
        rows.forEach(List::clear);
      }
      if (next == null) {
        break;
      }
      current = docId;
      int tag = next.key()[next.key().length - 1];
      rows.get(tag).add(CoderUtils.decodeFromByteArray(CODERS.get(PER_DOCUMENT.get(tag)), next.value()));
    }
    perDocument.close();
    corpusEntities = entitySums.rows(BuildCorpusTables::entityRow);
    speakers = speakerSums.rows(BuildCorpusTables::speakerRow);
  }
}
