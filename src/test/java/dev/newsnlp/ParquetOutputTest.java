package dev.newsnlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsnlp.model.Tables;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.beam.sdk.schemas.Schema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Parquet tables read back by an analytics engine (DuckDB): real column types, and the same rows as the
 * JSON Lines tables of the same input.
 */
class ParquetOutputTest {
  private static SampleRuns.Run parquet;
  private static SampleRuns.Run jsonl;

  @BeforeAll
  static void runBothFormats() {
    jsonl = SampleRuns.sample("--format=jsonl");
    parquet = SampleRuns.sample("--format=parquet");
  }

  private static String glob(String table) {
    return parquet.table(table).resolve("*.parquet").toString().replace("'", "''");
  }

  @Test
  void columnsCarryTheirTypes() throws SQLException {
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = db.createStatement()) {
      for (Tables.TableDef table : Tables.all()) {
        Map<String, String> types = new HashMap<>();
        try (ResultSet rs = st.executeQuery("DESCRIBE SELECT * FROM read_parquet('" + glob(table.name()) + "')")) {
          while (rs.next()) {
            types.put(rs.getString("column_name"), rs.getString("column_type"));
          }
        }
        List<String> expectedOrder = table.schema().getFieldNames();
        assertEquals(new TreeSet<>(expectedOrder), new TreeSet<>(types.keySet()), table.name());
        for (Schema.Field f : table.schema().getFields()) {
          String want = switch (f.getType().getTypeName()) {
            case INT32 -> "INTEGER";
            case INT64 -> "BIGINT";
            case BOOLEAN -> "BOOLEAN";
            case DOUBLE -> "DOUBLE";
            case STRING -> "VARCHAR";
            case DATETIME -> "TIMESTAMP WITH TIME ZONE";
            case ARRAY -> f.getType().getCollectionElementType().getTypeName() == Schema.TypeName.STRING
                ? "VARCHAR[]" : types.get(f.getName()).startsWith("STRUCT(") && types.get(f.getName()).endsWith(")[]")
                ? types.get(f.getName()) : "a list of structs";
            default -> throw new AssertionError("unexpected type in " + f);
          };
          assertEquals(want, types.get(f.getName()), table.name() + "." + f.getName());
        }
      }
    }
  }

  @Test
  void sameRowsAsJsonLines() throws SQLException {
    for (Tables.TableDef table : Tables.all()) {
      List<String> fromJson = new ArrayList<>();
      for (JsonNode row : jsonl.rows(table.name())) {
        fromJson.add(canonical(table.schema(), row));
      }
      List<String> fromParquet = new ArrayList<>();
      try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
          Statement st = db.createStatement();
          ResultSet rs = st.executeQuery("SELECT " + columns(table.schema()) + " FROM read_parquet('" + glob(table.name()) + "')")) {
        ResultSetMetaData md = rs.getMetaData();
        while (rs.next()) {
          Map<String, Object> values = new HashMap<>();
          for (int i = 1; i <= md.getColumnCount(); i++) {
            values.put(md.getColumnName(i), rs.getObject(i));
          }
          fromParquet.add(canonical(table.schema(), values));
        }
      }
      fromJson.sort(null);
      fromParquet.sort(null);
      assertTrue(!fromJson.isEmpty(), table.name() + " has rows");
      assertEquals(fromJson, fromParquet, table.name());
    }
  }

  @Test
  void nullsRoundTrip() throws SQLException {
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FILTER (WHERE url IS NULL), count(*) FILTER (WHERE drop_reason IS NULL), "
            + "count(*) FILTER (WHERE kept) FROM read_parquet('" + glob("documents") + "')")) {
      rs.next();
      assertEquals(4, rs.getLong(1), "the four one-page text files have no URL");
      assertEquals(rs.getLong(3), rs.getLong(2), "drop_reason is null exactly for kept pages");
    }
  }

  /** Every column; lists (of strings or structs) as their JSON text, to compare with the JSON Lines. */
  private static String columns(Schema schema) {
    List<String> cols = new ArrayList<>();
    for (Schema.Field f : schema.getFields()) {
      String quoted = "\"" + f.getName() + "\"";
      cols.add(f.getType().getTypeName() == Schema.TypeName.ARRAY
          ? "CAST(to_json(" + quoted + ") AS VARCHAR) AS " + quoted : quoted);
    }
    return String.join(", ", cols);
  }

  private static String canonical(Schema schema, JsonNode row) {
    StringBuilder s = new StringBuilder();
    for (String name : schema.getFieldNames()) {
      JsonNode v = row.get(name);
      s.append(name).append('=').append(v == null || v.isNull() ? "null" : normalise(v.isNumber() ? v.numberValue() : v.isBoolean() ? v.booleanValue() : v.isContainerNode() ? v.toString() : v.asText())).append('|');
    }
    return s.toString();
  }

  private static String canonical(Schema schema, Map<String, Object> row) {
    StringBuilder s = new StringBuilder();
    for (String name : schema.getFieldNames()) {
      Object v = row.get(name);
      s.append(name).append('=').append(v == null ? "null" : normalise(v)).append('|');
    }
    return s.toString();
  }

  private static String normalise(Object v) {
    if (v instanceof java.time.OffsetDateTime t) {
      // As Beam's JSON writer prints a timestamp: UTC, milliseconds.
      return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
          .format(t.withOffsetSameInstant(java.time.ZoneOffset.UTC));
    }
    if (v instanceof Number n) {
      double d = n.doubleValue();
      return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
    return v.toString();
  }
}
