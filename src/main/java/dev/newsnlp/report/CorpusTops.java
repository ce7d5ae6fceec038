package dev.newsnlp.report;

import dev.newsnlp.model.CorpusEntitiesTable;
import dev.newsnlp.model.DocumentsTable;
import dev.newsnlp.model.SpeakersTable;
import dev.newsnlp.model.Tables;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.RowCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.schemas.Schema.FieldType;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Top;
import org.apache.beam.sdk.transforms.Values;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionRowTuple;
import org.apache.beam.sdk.values.Row;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The report's corpus-level lists: the stories on most sites (documents sharing story_id) and the entities
 * in most stories (corpus_entities.stories), so syndicated copies of one article count once. Both are Beam
 * combiners ({@link Combine#perKey}, {@link Top#of}) in the pipeline; {@link TableStats} applies the same
 * combine functions in the launcher, so ranking and ties are identical on every path.
 *
 * <p>The top entities by type and the top speakers are ranked here too, from corpus_entities (its mentions)
 * and speakers (its quotes): one row per entity_key, shown by that row's name, so the spellings of one person
 * ("Jose Pena", "José Peña") are one bar, as they are one row of those tables.
 */
final class CorpusTops {
  static final Schema STORY = Schema.builder()
      .addStringField("story_id")
      .addNullableField("title", FieldType.STRING)
      .addInt64Field("sites")
      .addInt64Field("documents")
      .build();

  /** One bar of the top entities by type or of the top speakers: an entity_key, its name and its count. */
  static final Schema RANKED = Schema.builder()
      .addStringField("entity_key")
      .addStringField("name")
      .addInt64Field("count")
      .build();

  /** The report group of the top lists by type ({@code entity|TYPE}) and of the top speakers. */
  static final String SPEAKER_GROUP = "speaker";

  /**
   * The group and {@link #RANKED} row of one corpus_entities row (group entity|TYPE, its mentions) or speakers
   * row (group speaker, its quotes); null for other tables.
   */
  static @Nullable KV<String, Row> ranked(String table, Row r) {
    switch (table) {
      case Tables.CORPUS_ENTITIES:
        return KV.of("entity|" + r.getString(CorpusEntitiesTable.TYPE), rankedRow(r.getString(CorpusEntitiesTable.ENTITY_KEY),
            r.getString(CorpusEntitiesTable.NAME), r.getInt64(CorpusEntitiesTable.MENTIONS)));
      case Tables.SPEAKERS:
        return KV.of(SPEAKER_GROUP, rankedRow(r.getString(SpeakersTable.ENTITY_KEY), r.getString(SpeakersTable.NAME),
            r.getInt64(SpeakersTable.QUOTES)));
      default:
        return null;
    }
  }

  static Row rankedRow(String entityKey, String name, long count) {
    return Row.withSchema(RANKED).addValues(entityKey, name, count).build();
  }

  /** Largest count first, then the smaller entity_key (the same order on every runner). */
  static final class ByCount implements Comparator<Row>, Serializable {
    @Override
    public int compare(Row a, Row b) {
      int c = Long.compare(a.getInt64("count"), b.getInt64("count"));
      return c != 0 ? c : b.getString("entity_key").compareTo(a.getString("entity_key"));
    }
  }

  static Top.TopCombineFn<Row, ByCount> topRanked() {
    return new Top.TopCombineFn<>(SummarizeTables.TOP, new ByCount());
  }

  /** (group, RANKED row) of each corpus_entities or speakers row. */
  static final class RankedFn extends DoFn<Row, KV<String, Row>> {
    private final String table;

    RankedFn(String table) {
      this.table = table;
    }

    @ProcessElement
    public void process(@Element Row r, OutputReceiver<KV<String, Row>> out) {
      KV<String, Row> ranked = ranked(table, r);
      if (ranked != null) {
        out.output(ranked);
      }
    }
  }

  /** The top lists of corpus_entities (by type) and speakers: group → RANKED rows, largest first. */
  static final class RankedTops extends PTransform<PCollectionRowTuple, PCollection<KV<String, List<Row>>>> {
    @Override
    public PCollection<KV<String, List<Row>>> expand(PCollectionRowTuple tables) {
      KvCoder<String, Row> coder = KvCoder.of(StringUtf8Coder.of(), RowCoder.of(RANKED));
      return PCollectionList.of(tables.get(Tables.CORPUS_ENTITIES)
              .apply("RankEntities", ParDo.of(new RankedFn(Tables.CORPUS_ENTITIES))).setCoder(coder))
          .and(tables.get(Tables.SPEAKERS).apply("RankSpeakers", ParDo.of(new RankedFn(Tables.SPEAKERS))).setCoder(coder))
          .apply("AllRanked", Flatten.pCollections())
          .setCoder(coder)
          .apply("TopRankedPerGroup", Combine.perKey(topRanked()));
    }
  }

  static List<Map<String, Object>> rankedMaps(List<Row> ranked) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Row r : ranked) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", r.getString("name"));
      m.put("count", r.getInt64("count"));
      m.put("entity_key", r.getString("entity_key"));
      out.add(m);
    }
    return out;
  }

  /** The story key of a documents row worth ranking (a story with a copy), or null. */
  static @Nullable String storyOf(Row d) {
    Long size = d.getInt64(DocumentsTable.STORY_SIZE);
    return size != null && size > 1 ? d.getString(DocumentsTable.STORY_ID) : null;
  }

  /** Whether a corpus_entities row is a name (numbers, dates and titles are left out, as in the report). */
  static boolean isName(Row e) {
    return !ReportHtml.NOT_NAMES.contains(e.getString(CorpusEntitiesTable.TYPE));
  }

  /** Most sites first, then most documents, then the smaller story_id (the same order on every runner). */
  static final class BySites implements Comparator<Row>, Serializable {
    @Override
    public int compare(Row a, Row b) {
      int c = Long.compare(a.getInt64("sites"), b.getInt64("sites"));
      c = c != 0 ? c : Long.compare(a.getInt64("documents"), b.getInt64("documents"));
      return c != 0 ? c : b.getString("story_id").compareTo(a.getString("story_id"));
    }
  }

  /** Most stories first, then most sites, most documents, then the smaller entity_key. */
  static final class ByStories implements Comparator<Row>, Serializable {
    @Override
    public int compare(Row a, Row b) {
      int c = Long.compare(a.getInt64(CorpusEntitiesTable.STORIES), b.getInt64(CorpusEntitiesTable.STORIES));
      c = c != 0 ? c : Long.compare(a.getInt64(CorpusEntitiesTable.SITES), b.getInt64(CorpusEntitiesTable.SITES));
      c = c != 0 ? c : Long.compare(a.getInt64(CorpusEntitiesTable.DOCUMENTS), b.getInt64(CorpusEntitiesTable.DOCUMENTS));
      return c != 0 ? c
          : b.getString(CorpusEntitiesTable.ENTITY_KEY).compareTo(a.getString(CorpusEntitiesTable.ENTITY_KEY));
    }
  }

  static Top.TopCombineFn<Row, BySites> topStories() {
    return new Top.TopCombineFn<>(SummarizeTables.TOP, new BySites());
  }

  static Top.TopCombineFn<Row, ByStories> topEntities() {
    return new Top.TopCombineFn<>(SummarizeTables.TOP, new ByStories());
  }

  /** One story's sites, documents and title, merged from its documents rows in any order. */
  static final class StoryAcc implements Serializable {
    final TreeSet<String> sites = new TreeSet<>();
    long documents;
    @Nullable String title;
    boolean titleOfStoryDoc;
    @Nullable String storyId;
  }

  /** Folds a story's documents rows into one {@link #STORY} row: the title of its story_id document, or the smallest title. */
  static final class StoryFn extends Combine.CombineFn<Row, StoryAcc, Row> {
    @Override
    public StoryAcc createAccumulator() {
      return new StoryAcc();
    }

    @Override
    public StoryAcc addInput(StoryAcc acc, Row d) {
      acc.storyId = d.getString(DocumentsTable.STORY_ID);
      acc.documents++;
      String site = d.getString(DocumentsTable.SITE);
      if (site != null) {
        acc.sites.add(site);
      }
      offerTitle(acc, d.getString(DocumentsTable.TITLE), acc.storyId != null && acc.storyId.equals(d.getString(DocumentsTable.DOC_ID)));
      return acc;
    }

    private static void offerTitle(StoryAcc acc, @Nullable String title, boolean ofStoryDoc) {
      if (title == null || title.isBlank() || (acc.titleOfStoryDoc && !ofStoryDoc)) {
        return;
      }
      if (ofStoryDoc && !acc.titleOfStoryDoc || acc.title == null || title.compareTo(acc.title) < 0) {
        acc.title = title;
        acc.titleOfStoryDoc = ofStoryDoc;
      }
    }

    @Override
    public StoryAcc mergeAccumulators(Iterable<StoryAcc> accs) {
      StoryAcc merged = new StoryAcc();
      for (StoryAcc a : accs) {
        merged.storyId = a.storyId != null ? a.storyId : merged.storyId;
        merged.documents += a.documents;
        merged.sites.addAll(a.sites);
        offerTitle(merged, a.title, a.titleOfStoryDoc);
      }
      return merged;
    }

    @Override
    public Row extractOutput(StoryAcc acc) {
      return Row.withSchema(STORY).addValues(acc.storyId, acc.title, (long) acc.sites.size(), acc.documents).build();
    }

    @Override
    public Coder<StoryAcc> getAccumulatorCoder(CoderRegistry registry, Coder<Row> inputCoder) {
      return SerializableCoder.of(StoryAcc.class);
    }

    @Override
    public Coder<Row> getDefaultOutputCoder(CoderRegistry registry, Coder<Row> inputCoder) {
      return RowCoder.of(STORY);
    }
  }

  /** documents → one {@link #STORY} row per story with a copy. */
  static final class Stories extends PTransform<PCollection<Row>, PCollection<Row>> {
    @Override
    public PCollection<Row> expand(PCollection<Row> documents) {
      return documents
          .apply("KeyByStory", ParDo.of(new KeyByStoryFn()))
          .setCoder(KvCoder.of(StringUtf8Coder.of(), documents.getCoder()))
          .apply("CombineStory", Combine.perKey(new StoryFn()))
          .apply("StoryRows", Values.create())
          .setRowSchema(STORY);
    }
  }

  static final class KeyByStoryFn extends DoFn<Row, KV<String, Row>> {
    @ProcessElement
    public void process(@Element Row d, OutputReceiver<KV<String, Row>> out) {
      String story = storyOf(d);
      if (story != null) {
        out.output(KV.of(story, d));
      }
    }
  }

  static List<Map<String, Object>> storyMaps(List<Row> stories) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Row s : stories) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("story_id", s.getString("story_id"));
      m.put("title", s.getString("title"));
      m.put("sites", s.getInt64("sites"));
      m.put("documents", s.getInt64("documents"));
      out.add(m);
    }
    return out;
  }

  static List<Map<String, Object>> entityMaps(List<Row> entities) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Row e : entities) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("entity_key", e.getString(CorpusEntitiesTable.ENTITY_KEY));
      m.put("name", e.getString(CorpusEntitiesTable.NAME));
      m.put("type", e.getString(CorpusEntitiesTable.TYPE));
      m.put("stories", e.getInt64(CorpusEntitiesTable.STORIES));
      m.put("sites", e.getInt64(CorpusEntitiesTable.SITES));
      m.put("documents", e.getInt64(CorpusEntitiesTable.DOCUMENTS));
      out.add(m);
    }
    return out;
  }

  private CorpusTops() {}
}
