package dev.newsnlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsnlp.model.Tables;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two runs over the same input give identical rows: ids, offsets, values (row order aside). */
class DeterminismTest {
  @Test
  void sameInputSameRows() {
    SampleRuns.Run first = SampleRuns.sample("--format=jsonl");
    // A second, separate run (different argument list, same configuration: one shard is the default).
    SampleRuns.Run second = SampleRuns.sample("--format=jsonl", "--numShards=1");
    assertFalse(first.output().equals(second.output()));
    for (Tables.TableDef table : Tables.all()) {
      List<String> a = first.rows(table.name()).stream().map(JsonNode::toString).sorted().toList();
      List<String> b = second.rows(table.name()).stream().map(JsonNode::toString).sorted().toList();
      assertEquals(a, b, table.name());
    }
  }
}
