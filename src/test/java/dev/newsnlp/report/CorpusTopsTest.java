package dev.newsnlp.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsnlp.SampleRuns;
import dev.newsnlp.model.CorpusEntitiesTable;
import dev.newsnlp.model.DocumentsTable;
import dev.newsnlp.model.Tables;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.schemas.Schema.FieldType;
import org.apache.beam.sdk.testing.CombineFnTester;
import org.apache.beam.sdk.values.Row;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The report's top stories by sites and top entities by stories: the combiner, and the lists of a sample-data run. */
class CorpusTopsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The documents columns the story combiner reads. */
  private static final Schema DOC = Schema.builder()
      .addStringField(DocumentsTable.DOC_ID)
      .addNullableField(DocumentsTable.SITE, FieldType.STRING)
      .addNullableField(DocumentsTable.TITLE, FieldType.STRING)
      .addNullableField(DocumentsTable.STORY_ID, FieldType.STRING)
      .addNullableField(DocumentsTable.STORY_SIZE, FieldType.INT64)
      .build();

  private static Row doc(String id, String site, String title) {
    return Row.withSchema(DOC).addValues(id, site, title, "a-1", 4L).build();
  }

  @Test
  void storyCombinerCountsDistinctSitesAndPrefersTheStoryDocumentsTitleInAnyMergeOrder() {
    List<Row> docs = List.of(doc("c-3", "wire.example", "A later headline"),
        doc("a-1", "bay.example", "Mill to close"),
        doc("b-2", "wire.example", "Another wording"),
        doc("d-4", null, "Zz no site"));
    Row expected = Row.withSchema(CorpusTops.STORY).addValues("a-1", "Mill to close", 2L, 4L).build();
    // Every split and merge order must give the same row, as on Flink and Dataflow.
    CombineFnTester.testCombineFn(new CorpusTops.StoryFn(), new ArrayList<>(docs), expected);

    Row withoutStoryDoc = Row.withSchema(CorpusTops.STORY).addValues("a-1", "A later headline", 1L, 2L).build();
    CombineFnTester.testCombineFn(new CorpusTops.StoryFn(), new ArrayList<>(docs.subList(0, 3).stream()
        .filter(d -> !d.getString(DocumentsTable.DOC_ID).equals("a-1")).toList()), withoutStoryDoc);
  }

  @Test
  void sampleRunReportsTheSyndicatedStoryAndEntitiesByStories() throws Exception {
    SampleRuns.Run run = SampleRuns.sample();
    JsonNode data = JSON.readTree(run.output().resolve(SummarizeTables.FILE).toFile());

    // Expected lists, computed here from the tables the run wrote.
    Map<String, Set<String>> sites = new TreeMap<>();
    Map<String, Integer> docs = new TreeMap<>();
    Map<String, String> titles = new TreeMap<>();
    Map<String, Set<String>> sources = new TreeMap<>();
    for (JsonNode d : run.rows(Tables.DOCUMENTS)) {
      if (d.path(DocumentsTable.STORY_SIZE).asLong(0) < 2) {
        continue;
      }
      String story = d.get(DocumentsTable.STORY_ID).asText();
      docs.merge(story, 1, Integer::sum);
      Set<String> s = sites.computeIfAbsent(story, k -> new HashSet<>());
      if (!d.path(DocumentsTable.SITE).isNull()) {
        s.add(d.get(DocumentsTable.SITE).asText());
      }
      sources.computeIfAbsent(story, k -> new HashSet<>())
          .add(d.get(DocumentsTable.SOURCE).asText().replaceAll(".*/", ""));
      if (d.get(DocumentsTable.DOC_ID).asText().equals(story)) {
        titles.put(story, d.get(DocumentsTable.TITLE).asText());
      }
    }
    List<String> expectedStories = new ArrayList<>();
    sites.keySet().stream()
        .sorted(Comparator.comparing((String k) -> -sites.get(k).size()).thenComparing(k -> -docs.get(k))
            .thenComparing(k -> k))
        .limit(SummarizeTables.TOP)
        .forEach(k -> expectedStories.add(k + "|" + titles.get(k) + "|" + sites.get(k).size() + "|" + docs.get(k)));
    List<String> reported = new ArrayList<>();
    data.get("top_stories").forEach(s -> reported.add(s.get("story_id").asText() + "|" + s.get("title").asText()
        + "|" + s.get("sites").asLong() + "|" + s.get("documents").asLong()));
    assertEquals(expectedStories, reported);
    // sample-data holds one article syndicated from the partner feed to the wire feed's site.
    JsonNode top = data.get("top_stories").get(0);
    assertEquals(2, top.get("sites").asLong(), top.toString());
    assertEquals(Set.of("partner-feed.jsonl", "eastwire-feed.jsonl"), sources.get(top.get("story_id").asText()));

    List<JsonNode> entities = new ArrayList<>(run.rows(Tables.CORPUS_ENTITIES));
    entities.removeIf(e -> ReportHtml.NOT_NAMES.contains(e.get(CorpusEntitiesTable.TYPE).asText()));
    entities.sort(Comparator.comparingLong((JsonNode e) -> -e.get(CorpusEntitiesTable.STORIES).asLong())
        .thenComparingLong(e -> -e.get(CorpusEntitiesTable.SITES).asLong())
        .thenComparingLong(e -> -e.get(CorpusEntitiesTable.DOCUMENTS).asLong())
        .thenComparing(e -> e.get(CorpusEntitiesTable.ENTITY_KEY).asText()));
    List<Map<String, Object>> expectedEntities = new ArrayList<>();
    for (JsonNode e : entities.subList(0, Math.min(SummarizeTables.TOP, entities.size()))) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (String f : List.of("entity_key", "name", "type", "stories", "sites", "documents")) {
        m.put(f, e.get(f).isNumber() ? (Object) e.get(f).asLong() : e.get(f).asText());
      }
      expectedEntities.add(m);
    }
    List<Map<String, Object>> reportedEntities = new ArrayList<>();
    data.get("top_entities_by_stories").forEach(e -> {
      Map<String, Object> m = new LinkedHashMap<>();
      e.fields().forEachRemaining(f -> m.put(f.getKey(), f.getValue().isNumber() ? (Object) f.getValue().asLong() : f.getValue().asText()));
      reportedEntities.add(m);
    });
    assertEquals(expectedEntities, reportedEntities);
    assertTrue(reportedEntities.size() >= 5, "sample-data names many entities");
    assertTrue(reportedEntities.stream().anyMatch(e -> (long) e.get("documents") > (long) e.get("stories")),
        "an entity of the syndicated story: its copies count once: " + reportedEntities);

    String page = Jsoup.parse(Files.readString(run.output().resolve(ReportWriter.HTML))).text();
    assertTrue(page.contains("Top stories by sites") && page.contains(top.get("title").asText()), "story shown");
    assertTrue(page.contains("Top entities by stories") && page.contains((String) reportedEntities.get(0).get("name")));
  }
}
