package dev.newsnlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The DuckDB examples in docs/queries/ run against the sample output's Parquet tables and give sane results. */
class DownstreamQueriesTest {
  private static final Path QUERIES = Paths.get("docs", "queries");
  private static SampleRuns.Run run;

  @BeforeAll
  static void runParquet() {
    run = SampleRuns.sample("--format=parquet");
  }

  /** Rows of a query file, columns joined by " | ". */
  private static List<String> query(String file) throws IOException, SQLException {
    String sql = Files.readString(QUERIES.resolve(file)).replace("${OUT}", run.output().toString());
    return rows(sql);
  }

  private static List<String> rows(String sql) throws SQLException {
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

  private static long scalar(String sql) throws SQLException {
    return Long.parseLong(rows(sql.replace("${OUT}", run.output().toString())).get(0));
  }

  @Test
  void topSpeakers() throws Exception {
    List<String> top = query("top_speakers.sql");
    System.out.println("top_speakers.sql\n  " + String.join("\n  ", top));
    assertTrue(top.size() >= 5, top.toString());
    long quoted = scalar("SELECT count(*) FROM read_parquet('${OUT}/speaker_quotes/*.parquet') WHERE speaker_entity_id IS NOT NULL");
    assertEquals(quoted, top.stream().mapToLong(r -> Long.parseLong(r.split(" \\| ")[1])).sum(),
        "every quote of a named speaker is counted once");
    assertEquals(scalar("SELECT sum(quotes) FROM read_parquet('${OUT}/speakers/*.parquet')"), quoted,
        "as in the speakers table");
    assertTrue(top.stream().anyMatch(r -> r.startsWith("Priya Raman | ")), "canonical names, not surnames: " + top);
    // sample-data spells one port director "José Peña" on one site and "Jose Pena" on another.
    assertEquals(1, top.stream().filter(r -> r.matches("Jos[eé] Pe[nñ]a \\| .*")).count(), "one row per person: " + top);
  }

  @Test
  void entitiesInQuotes() throws Exception {
    List<String> pairs = query("entities_in_quotes.sql");
    System.out.println("entities_in_quotes.sql\n  " + String.join("\n  ", pairs));
    assertFalse(pairs.isEmpty());
    assertEquals(pairs.size(), pairs.stream().map(r -> r.split(" \\| ")[4] + " " + r.split(" \\| ")[5]).distinct().count(),
        "one row per speaker entity_key and named entity_key: " + pairs);
    long inside = scalar("SELECT count(*) FROM read_parquet('${OUT}/speaker_quotes/*.parquet') q "
        + "JOIN read_parquet('${OUT}/entity_mentions/*.parquet') m ON m.doc_id = q.doc_id "
        + "AND m.\"start\" >= q.\"start\" AND m.\"end\" <= q.\"end\" "
        + "WHERE q.canonical_speaker IS NOT NULL AND m.type IN ('PERSON','ORGANIZATION','LOCATION','CITY','COUNTRY','STATE_OR_PROVINCE','MISC','NATIONALITY') "
        + "AND position(m.text IN q.text) = 0");
    assertEquals(0, inside, "a mention counted inside a quote is part of the quote's text");
  }

  @Test
  void quotesPerSitePerDay() throws Exception {
    List<String> days = query("quotes_per_site_per_day.sql");
    System.out.println("quotes_per_site_per_day.sql\n  " + String.join("\n  ", days));
    long quotes = scalar("SELECT count(*) FROM read_parquet('${OUT}/speaker_quotes/*.parquet')");
    assertEquals(quotes, days.stream().mapToLong(r -> Long.parseLong(r.split(" \\| ")[2])).sum());
    assertTrue(days.stream().anyMatch(r -> r.startsWith("eastwire.example | 2025-03-10 | ")), days.toString());
  }
}
