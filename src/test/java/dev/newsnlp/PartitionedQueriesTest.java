package dev.newsnlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsnlp.launch.Launcher;
import dev.newsnlp.launch.RunSummary;
import dev.newsnlp.options.NlpPipelineOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A scheduled deployment reads the same pages again on later dates: with two run_date partitions of the same
 * input in one output folder, every example query in docs/queries/ gives exactly the rows it gives on one run
 * (nothing doubled by a join across partitions), and published_ts reads back as a timestamp.
 */
class PartitionedQueriesTest {
  private static final Path QUERIES = Paths.get("docs", "queries");
  private static Path twoDates;
  private static SampleRuns.Run oneRun;

  @BeforeAll
  static void runTwoDates() {
    oneRun = SampleRuns.sample("--format=parquet");
    twoDates = Paths.get("target", "test-runs", "two-dates").toAbsolutePath();
    SampleRuns.deleteRecursively(twoDates);
    for (String date : List.of("2025-03-14", "2025-03-15")) {
      NlpPipelineOptions options = PipelineOptionsFactory.fromArgs(
          "--input=" + SampleRuns.SAMPLE_DATA + "/*", "--output=" + twoDates + "/", "--runDate=" + date,
          "--format=parquet").withValidation().as(NlpPipelineOptions.class);
      RunSummary summary = Launcher.run(options);
      assertTrue(summary.accountingHolds(), summary.format());
    }
  }

  static List<String> rows(String sql) throws Exception {
    List<String> out = new ArrayList<>();
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = db.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          row.append(i > 1 ? " | " : "").append(rs.getString(i));
        }
        out.add(row.toString());
      }
    }
    return out;
  }

  static List<String> queryFiles() throws Exception {
    try (Stream<Path> files = Files.list(QUERIES)) {
      return files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".sql")).sorted().toList();
    }
  }

  @Test
  void everyExampleQueryGivesTheSameRowsOnTwoPartitionsAsOnOneRun() throws Exception {
    List<String> files = queryFiles();
    assertTrue(files.size() >= 3, files.toString());
    for (String file : files) {
      String sql = Files.readString(QUERIES.resolve(file));
      List<String> single = rows(sql.replace("${OUT}", oneRun.output().toString()));
      List<String> partitioned = rows(sql.replace("${OUT}", twoDates.toString()));
      assertFalse(single.isEmpty(), file);
      assertEquals(single, partitioned, file + ": two partitions of the same input must not double anything");
    }
    // The partitions are really there: the raw tables hold every row twice.
    long once = Long.parseLong(rows("SELECT count(*) FROM read_parquet('" + oneRun.output() + "/speaker_quotes/*.parquet')").get(0));
    long twice = Long.parseLong(rows("SELECT count(*) FROM read_parquet('" + twoDates
        + "/speaker_quotes/**/*.parquet', hive_partitioning = true)").get(0));
    assertEquals(2 * once, twice);
  }

  @Test
  void publishedTsIsAUtcTimestamp() throws Exception {
    List<String> types = rows("SELECT typeof(published_ts) FROM read_parquet('" + twoDates
        + "/documents/**/*.parquet', hive_partitioning = true) LIMIT 1");
    assertTrue(types.get(0).startsWith("TIMESTAMP"), types.toString());
    // The JSON Lines feed gives a date: its published_ts is that day's midnight UTC.
    List<String> wire = rows("SELECT published, epoch_ms(published_ts) FROM read_parquet('" + twoDates
        + "/documents/**/*.parquet', hive_partitioning = true) WHERE published = '2025-03-10' LIMIT 1");
    assertEquals(List.of("2025-03-10 | 1741564800000"), wire);
    long unparsed = Long.parseLong(rows("SELECT count(*) FROM read_parquet('" + twoDates
        + "/documents/**/*.parquet', hive_partitioning = true) WHERE published IS NULL AND published_ts IS NOT NULL").get(0));
    assertEquals(0, unparsed, "no timestamp without a published date");
  }
}
