package dev.newsnlp.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsnlp.SampleRuns;
import dev.newsnlp.model.EntityMentionsTable;
import dev.newsnlp.model.Tables;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's top entities by type and top speakers show one bar per entity_key, by its corpus name: two
 * spellings of one person in two articles (with and without accents) are one person to a reader.
 */
class ReportTopsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String page(String id, String url, String text) throws Exception {
    return JSON.writeValueAsString(Map.of("id", id, "url", url, "text", text));
  }

  @Test
  void twoSpellingsOfOnePersonAreOneRowInTheTopEntitiesAndSpeakers(@TempDir Path in) throws Exception {
    Files.write(in.resolve("two-sites.jsonl"), List.of(
        page("harbor-1", "https://harbornews.example/city/ferry-terminal",
            "Council approves ferry terminal\n\nThe city council voted on Monday to build a ferry terminal on the east"
                + " pier. \"This terminal will bring the islands closer to the city,\" said council member José Peña."
                + " Peña said construction would start in the spring.\n\nResidents of the district said they feared"
                + " more traffic on the pier road."),
        page("valley-1", "https://valleytimes.example/news/ferry-plan",
            "Ferry terminal plan wins support\n\nA plan for a ferry terminal on the east pier won the support of"
                + " business groups on Tuesday. \"We have waited ten years for this,\" said Jose Pena, the council"
                + " member who proposed it. Pena added that the money was already in the budget.")),
        StandardCharsets.UTF_8);
    SampleRuns.Run run = SampleRuns.run("--input=" + in + "/*", "--clean=false");
    JsonNode data = JSON.readTree(run.output().resolve(SummarizeTables.FILE).toFile());

    long mentions = run.rows(Tables.ENTITY_MENTIONS).stream()
        .filter(m -> m.get(EntityMentionsTable.ENTITY_KEY).asText().equals("person:jose pena")).count();
    assertTrue(mentions >= 2, "both spellings are tagged and keyed alike: " + run.rows(Tables.ENTITY_MENTIONS));

    // Rows "name|count|entity_key" of each list; a spelling of the person is "Jose Pena" with or without accents.
    String spelling = "Jos[eé] Pe[nñ]a\\|.*";
    List<String> people = rows(data.path("top_entities").path("PERSON"));
    List<String> pena = people.stream().filter(p -> p.matches(spelling)).toList();
    assertEquals(1, pena.size(), "one row for the person, not one per spelling: " + people);
    assertEquals(mentions + "|person:jose pena", pena.get(0).replaceAll("^[^|]*\\|", ""), "all mentions: " + people);

    List<String> speakers = rows(data.path("top_speakers"));
    List<String> quoted = speakers.stream().filter(p -> p.matches(spelling)).toList();
    assertEquals(1, quoted.size(), "one speaker row, not one per spelling: " + speakers);
    assertEquals("2|person:jose pena", quoted.get(0).replaceAll("^[^|]*\\|", ""), "both quotes: " + speakers);
  }

  private static List<String> rows(JsonNode list) {
    List<String> rows = new ArrayList<>();
    list.forEach(r -> rows.add(r.path("name").asText() + "|" + r.path("count").asLong() + "|" + r.path("entity_key").asText()));
    return rows;
  }
}
