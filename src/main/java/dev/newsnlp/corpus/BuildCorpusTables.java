package dev.newsnlp.corpus;

import dev.newsnlp.corpus.CorpusStats.EntityAcc;
import dev.newsnlp.corpus.CorpusStats.SpeakerAcc;
import dev.newsnlp.corpus.DocumentFacts.DocInfo;
import dev.newsnlp.corpus.DocumentFacts.EntityFact;
import dev.newsnlp.corpus.DocumentFacts.SpeakerFact;
import dev.newsnlp.model.CorpusEntitiesTable;
import dev.newsnlp.model.DocumentsTable;
import dev.newsnlp.model.EntitiesTable;
import dev.newsnlp.model.NamedRow;
import dev.newsnlp.model.SpeakersTable;
import dev.newsnlp.model.Tables;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.RowCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.Distinct;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionRowTuple;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.joda.time.Instant;

/**
 * The per-document tables → {@code corpus_entities} and {@code speakers}. Each kept document's rows are
 * grouped by doc_id and turned into facts per entity key ({@link DocumentFacts}); the facts are summed per
 * key with combiners ({@link CorpusStats}), and distinct stories and sites are counted with Distinct and
 * Count, so no step holds more than one document's rows or one key's partial sums, on any runner.
 */
public final class BuildCorpusTables extends PTransform<PCollectionRowTuple, PCollectionRowTuple> {
  private static final TupleTag<DocInfo> DOC = new TupleTag<>() {};
  private static final TupleTag<Row> ENTITIES = new TupleTag<>() {};
  private static final TupleTag<Row> MENTIONS = new TupleTag<>() {};
  private static final TupleTag<Row> QUOTES = new TupleTag<>() {};
  private static final TupleTag<KV<String, EntityFact>> ENTITY_FACTS = new TupleTag<>() {};
  private static final TupleTag<KV<String, SpeakerFact>> SPEAKER_FACTS = new TupleTag<>() {};
  private static final TupleTag<EntityAcc> ENTITY_STATS = new TupleTag<>() {};
  private static final TupleTag<SpeakerAcc> SPEAKER_STATS = new TupleTag<>() {};
  private static final TupleTag<Long> STORIES = new TupleTag<>() {};
  private static final TupleTag<Long> SITES = new TupleTag<>() {};

  public static BuildCorpusTables create() {
    return new BuildCorpusTables();
  }

  private BuildCorpusTables() {}

  /** Reads tables documents, entity_mentions, entities, speaker_quotes; returns corpus_entities, speakers. */
  @Override
  public PCollectionRowTuple expand(PCollectionRowTuple tables) {
    PCollection<KV<String, DocInfo>> docs = tables.get(Tables.DOCUMENTS)
        .apply("KeptDocumentInfo", ParDo.of(new DocInfoFn()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), SerializableCoder.of(DocInfo.class)));
    PCollectionTuple facts = KeyedPCollectionTuple.of(DOC, docs)
        .and(ENTITIES, byDocId(tables.get(Tables.ENTITIES), "EntitiesByDocument"))
        .and(MENTIONS, byDocId(tables.get(Tables.ENTITY_MENTIONS), "MentionsByDocument"))
        .and(QUOTES, byDocId(tables.get(Tables.SPEAKER_QUOTES), "QuotesByDocument"))
        .apply("GroupByDocument", CoGroupByKey.create())
        .apply("DocumentFacts", ParDo.of(new FactsFn()).withOutputTags(ENTITY_FACTS, TupleTagList.of(SPEAKER_FACTS)));
    PCollection<KV<String, EntityFact>> entityFacts = facts.get(ENTITY_FACTS)
        .setCoder(KvCoder.of(StringUtf8Coder.of(), SerializableCoder.of(EntityFact.class)));
    PCollection<KV<String, SpeakerFact>> speakerFacts = facts.get(SPEAKER_FACTS)
        .setCoder(KvCoder.of(StringUtf8Coder.of(), SerializableCoder.of(SpeakerFact.class)));

    PCollection<Row> corpusEntities = KeyedPCollectionTuple
        .of(ENTITY_STATS, entityFacts.apply("CombineEntityStats", Combine.perKey(new CorpusStats.EntityStatsFn())))
        .and(STORIES, distinctCount(entityFacts, "EntityStories", f -> f.doc().storyId()))
        .and(SITES, distinctCount(entityFacts, "EntitySites", f -> f.doc().site()))
        .apply("JoinEntityCounts", CoGroupByKey.create())
        .apply("CorpusEntityRow", ParDo.of(new EntityRowFn()))
        .setRowSchema(CorpusEntitiesTable.SCHEMA);
    PCollection<Row> speakers = KeyedPCollectionTuple
        .of(SPEAKER_STATS, speakerFacts.apply("CombineSpeakerStats", Combine.perKey(new CorpusStats.SpeakerStatsFn())))
        .and(STORIES, distinctCount(speakerFacts, "SpeakerStories", f -> f.doc().storyId()))
        .and(SITES, distinctCount(speakerFacts, "SpeakerSites", f -> f.doc().site()))
        .apply("JoinSpeakerCounts", CoGroupByKey.create())
        .apply("SpeakerRow", ParDo.of(new SpeakerRowFn()))
        .setRowSchema(SpeakersTable.SCHEMA);
    return PCollectionRowTuple.of(Tables.CORPUS_ENTITIES, corpusEntities).and(Tables.SPEAKERS, speakers);
  }

  private static PCollection<KV<String, Row>> byDocId(PCollection<Row> rows, String name) {
    return rows.apply(name, ParDo.of(new DoFn<Row, KV<String, Row>>() {
      @ProcessElement
      public void process(@Element Row r, OutputReceiver<KV<String, Row>> out) {
        out.output(KV.of(r.getString(EntitiesTable.DOC_ID), r));
      }
    })).setCoder(KvCoder.of(StringUtf8Coder.of(), RowCoder.of(rows.getSchema())));
  }

  /** A function of a fact that Beam can serialize. */
  interface Part<F> extends java.io.Serializable {
    String of(F fact);
  }

  /** Distinct non-null values of {@code part} per key, counted. */
  private static <F> PCollection<KV<String, Long>> distinctCount(PCollection<KV<String, F>> facts, String name,
      Part<F> part) {
    return facts
        .apply(name, ParDo.of(new DoFn<KV<String, F>, KV<String, String>>() {
          @ProcessElement
          public void process(@Element KV<String, F> f, OutputReceiver<KV<String, String>> out) {
            String value = part.of(f.getValue());
            if (value != null) {
              out.output(KV.of(f.getKey(), value));
            }
          }
        }))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()))
        .apply(name + "Distinct", Distinct.create())
        .apply(name + "Count", Count.perKey());
  }

  static final class DocInfoFn extends DoFn<Row, KV<String, DocInfo>> {
    @ProcessElement
    public void process(@Element Row d, OutputReceiver<KV<String, DocInfo>> out) {
      if (DocumentsTable.STATUS_KEPT.equals(d.getString(DocumentsTable.STATUS))) {
        out.output(KV.of(d.getString(DocumentsTable.DOC_ID), DocInfo.of(d)));
      }
    }
  }

  static final class FactsFn extends DoFn<KV<String, CoGbkResult>, KV<String, EntityFact>> {
    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> doc, MultiOutputReceiver out) {
      DocInfo info = doc.getValue().getOnly(DOC, null);
      if (info == null) {
        return; // rows of a document that was not kept: none are written
      }
      // Flink's grouped values may be iterated once: copy.
      List<Row> entities = copy(doc.getValue().getAll(ENTITIES));
      List<Row> mentions = copy(doc.getValue().getAll(MENTIONS));
      List<Row> quotes = copy(doc.getValue().getAll(QUOTES));
      for (EntityFact f : DocumentFacts.entityFacts(info, entities, mentions, quotes)) {
        out.get(ENTITY_FACTS).output(KV.of(f.key(), f));
      }
      for (SpeakerFact f : DocumentFacts.speakerFacts(info, entities, mentions, quotes)) {
        out.get(SPEAKER_FACTS).output(KV.of(f.key(), f));
      }
    }

    private static List<Row> copy(Iterable<Row> rows) {
      List<Row> list = new ArrayList<>();
      rows.forEach(list::add);
      return list;
    }
  }

  static final class EntityRowFn extends DoFn<KV<String, CoGbkResult>, Row> {
    private final Counter rows = Metrics.counter(BuildCorpusTables.class, "corpusEntities");

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> e, OutputReceiver<Row> out) {
      rows.inc();
      out.output(entityRow(e.getKey(), e.getValue().getOnly(ENTITY_STATS), e.getValue().getOnly(STORIES, 0L),
          e.getValue().getOnly(SITES, 0L)));
    }
  }

  /** A corpus_entities row from one key's sums and its distinct story and site counts. */
  static Row entityRow(String key, EntityAcc acc, long stories, long sites) {
    return NamedRow.of(CorpusEntitiesTable.SCHEMA)
        .set(CorpusEntitiesTable.ENTITY_KEY, key)
        .set(CorpusEntitiesTable.TYPE, CorpusStats.mostFrequent(acc.types))
        .set(CorpusEntitiesTable.NAME, CorpusStats.mostFrequent(acc.names))
        .set(CorpusEntitiesTable.VARIANTS, new ArrayList<>(acc.variants))
        .set(CorpusEntitiesTable.DOCUMENTS, acc.documents)
        .set(CorpusEntitiesTable.STORIES, stories)
        .set(CorpusEntitiesTable.MENTIONS, acc.mentions)
        .set(CorpusEntitiesTable.SITES, sites)
        .set(CorpusEntitiesTable.FIRST_PUBLISHED, instant(acc.firstPublished))
        .set(CorpusEntitiesTable.LAST_PUBLISHED, instant(acc.lastPublished))
        .set(CorpusEntitiesTable.QUOTES, acc.quotes)
        .build();
  }

  private static Instant instant(Long millis) {
    return millis == null ? null : Instant.ofEpochMilli(millis);
  }

  static final class SpeakerRowFn extends DoFn<KV<String, CoGbkResult>, Row> {
    private final Counter rows = Metrics.counter(BuildCorpusTables.class, "speakers");

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> e, OutputReceiver<Row> out) {
      rows.inc();
      out.output(speakerRow(e.getKey(), e.getValue().getOnly(SPEAKER_STATS), e.getValue().getOnly(STORIES, 0L),
          e.getValue().getOnly(SITES, 0L)));
    }
  }

  /** A speakers row from one key's sums and its distinct story and site counts. */
  static Row speakerRow(String key, SpeakerAcc acc, long stories, long sites) {
    List<Row> named = new ArrayList<>();
    for (CorpusStats.Named n : CorpusStats.topNamed(acc.named, SpeakersTable.TOP_NAMED)) {
      named.add(Row.withSchema(SpeakersTable.NAMED_ENTITY).addValues(n.key(), n.name(), n.mentions()).build());
    }
    return NamedRow.of(SpeakersTable.SCHEMA)
        .set(SpeakersTable.ENTITY_KEY, key)
        .set(SpeakersTable.NAME, CorpusStats.mostFrequent(acc.names))
        .set(SpeakersTable.TYPE, CorpusStats.mostFrequent(acc.types))
        .set(SpeakersTable.QUOTES, acc.quotes)
        .set(SpeakersTable.DOCUMENTS, acc.documents)
        .set(SpeakersTable.STORIES, stories)
        .set(SpeakersTable.SITES, sites)
        .set(SpeakersTable.NAMED_IN_QUOTES, named)
        .build();
  }
}
