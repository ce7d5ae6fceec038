package dev.newsnlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two runs over the same input with the same options and shard count write byte-identical table files, JSON
 * Lines and Parquet, whatever the direct runner's parallelism (and so its bundles and thread interleaving).
 */
class DeterminismTest {
  @Test
  void sameInputSameJsonLinesFiles() {
    SampleRuns.Run first = SampleRuns.sample("--format=jsonl");
    SampleRuns.Run second = SampleRuns.sample("--format=jsonl", "--targetParallelism=1");
    assertFalse(first.output().equals(second.output()));
    SampleRuns.assertSameRows("first", first, "second", second);
    System.out.print(SampleRuns.assertSameFiles("parallelism 2", first, "parallelism 1", second));
  }

  @Test
  void sameInputSameParquetFiles() throws SQLException {
    SampleRuns.Run first = SampleRuns.sample("--format=parquet");
    SampleRuns.Run second = SampleRuns.sample("--format=parquet", "--targetParallelism=1");
    String listing = SampleRuns.assertSameFiles("parallelism 2", first, "parallelism 1", second);
    System.out.print(listing);
    assertTrue(listing.contains("documents/part-00000-of-00001.parquet"), listing);
    // What the writer records about itself: its version, the Avro schema; no time, host or run id.
    String file = first.table("documents").resolve("part-00000-of-00001.parquet").toString();
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = db.createStatement()) {
      try (ResultSet rs = st.executeQuery("SELECT created_by, num_row_groups FROM parquet_file_metadata('" + file + "')")) {
        assertTrue(rs.next());
        System.out.println("created_by: " + rs.getString(1) + ", row groups: " + rs.getLong(2));
        assertTrue(rs.getString(1).startsWith("parquet-mr version "), rs.getString(1));
      }
      List<String> keys = new ArrayList<>();
      try (ResultSet rs = st.executeQuery("SELECT decode(key) FROM parquet_kv_metadata('" + file + "') ORDER BY 1")) {
        while (rs.next()) {
          keys.add(rs.getString(1));
        }
      }
      System.out.println("key-value metadata: " + keys);
      assertEquals(List.of("parquet.avro.schema", "writer.model.name"), keys);
    }
  }
}
