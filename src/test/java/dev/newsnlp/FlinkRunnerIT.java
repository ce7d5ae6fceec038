package dev.newsnlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsnlp.model.Tables;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The same job on an embedded Flink cluster (local master, parallelism 2) must write the same rows as on the
 * direct runner. Rows are compared as multisets: file names and row order may differ between runners, the
 * rows may not.
 */
class FlinkRunnerIT {

  @Test
  void flinkWritesTheSameRowsAsTheDirectRunner() {
    SampleRuns.Run direct = SampleRuns.sample("--format=jsonl");
    SampleRuns.Run flink = SampleRuns.sample("--format=jsonl", "--runner=FlinkRunner", "--flinkMaster=[local]",
        "--parallelism=2");
    StringBuilder report = new StringBuilder("table            direct  flink\n");
    for (Tables.TableDef table : Tables.all()) {
      List<String> a = sorted(direct.rows(table.name()));
      List<String> b = sorted(flink.rows(table.name()));
      report.append(String.format("%-16s %6d %6d%n", table.name(), a.size(), b.size()));
      assertEquals(a, b, "rows of " + table.name());
    }
    System.out.print(report);
    assertTrue(flink.summary().accountingHolds(), flink.summary().format());
    assertEquals(direct.summary().counter("pagesRead"), flink.summary().counter("pagesRead"),
        "metrics reach the summary on Flink too");
    assertEquals(direct.summary().counter("mentions"), flink.summary().counter("mentions"));
  }

  private static List<String> sorted(List<JsonNode> rows) {
    return rows.stream().map(JsonNode::toString).sorted().toList();
  }
}
