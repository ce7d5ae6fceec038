package dev.newsnlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * --skipSeen on a rerun of the same input: every page the first run annotated is seen_before with its earlier
 * doc_id and costs no CoreNLP time; dropped pages are dropped again; the accounting still closes. Both table
 * formats of the earlier run are read.
 */
class SkipSeenTest {
  private static void assertRerunSkipsEverythingAnnotated(String format) {
    SampleRuns.Run first = SampleRuns.sample("--format=" + format, "--quotes=false", "--runDate=2025-03-14");
    SampleRuns.Run second = SampleRuns.sample("--format=jsonl", "--quotes=false",
        "--skipSeen=" + first.output());
    Map<String, JsonNode> before = SampleRuns.sample("--format=jsonl", "--quotes=false").rows("documents").stream()
        .collect(Collectors.toMap(d -> d.get("doc_id").asText(), d -> d));
    List<JsonNode> after = second.rows("documents");
    assertEquals(before.size(), after.size());
    long seen = 0;
    for (JsonNode d : after) {
      JsonNode earlier = before.get(d.get("doc_id").asText());
      if (earlier.get("status").asText().equals("kept")) {
        seen++;
        assertEquals("seen_before", d.get("status").asText(), d.toString());
        assertEquals("seen_before:" + d.get("doc_id").asText(), d.get("drop_reason").asText());
        assertEquals(false, d.get("kept").asBoolean());
      } else {
        assertEquals(earlier.get("drop_reason").asText(), d.get("drop_reason").asText());
      }
    }
    assertTrue(seen >= 5, "pages kept by the first run: " + seen);
    assertEquals(0, second.rows("entity_mentions").size(), "nothing was annotated again");
    assertEquals(seen, second.summary().counter("documentsSeenBefore"));
    assertEquals(0, second.summary().counter("charsAnnotated"));
    assertTrue(second.summary().accountingHolds(), second.summary().format());
  }

  @Test
  void rerunOverJsonLinesTables() {
    assertRerunSkipsEverythingAnnotated("jsonl");
  }

  @Test
  void rerunOverParquetTables() {
    assertRerunSkipsEverythingAnnotated("parquet");
  }
}
