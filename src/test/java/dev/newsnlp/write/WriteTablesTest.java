package dev.newsnlp.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsnlp.SampleRuns;
import dev.newsnlp.model.DocumentsTable;
import dev.newsnlp.model.FailuresTable;
import dev.newsnlp.model.Tables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.extensions.avro.schemas.utils.AvroUtils;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.io.parquet.ParquetIO;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.JsonToRow;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The writing composite on the direct runner, on rows built for the test: both formats give back exactly
 * the rows written (nulls included) when read with a second pipeline, a run date replaces exactly its
 * partition, and the launcher's staged path gives the same files as the in-pipeline writers.
 */
class WriteTablesTest {
  @TempDir Path out;

  private static TestPipeline newPipeline() {
    return TestPipeline.create().enableAbandonedNodeEnforcement(false);
  }

  /** Writes the tables in one pipeline run (in-pipeline writers, as on Flink and Dataflow). */
  private void write(OutputFormat format, int shards, @Nullable String runDate, List<Row> documents, List<Row> failures) {
    TestPipeline pipeline = newPipeline();
    TestRows.tables(pipeline, documents, failures).apply(WriteTables.to(out.toString(), format, shards, runDate));
    assertEquals(PipelineResult.State.DONE, pipeline.run().waitUntilFinish());
  }

  /** The rows of a table read back from its files with a second pipeline, checked against {@code expected}. */
  private void assertReadsBack(OutputFormat format, String dir, Schema schema, List<Row> expected) {
    TestPipeline reader = newPipeline();
    String files = out.resolve(dir) + "/*" + TableFileWriter.suffix(format);
    PCollection<Row> rows;
    if (format == OutputFormat.jsonl) {
      rows = reader.apply(TextIO.read().from(files)).apply(JsonToRow.withSchema(schema));
    } else {
      org.apache.avro.Schema avro = AvroUtils.toAvroSchema(schema, dir.split("/")[0], WriteTable.AVRO_NAMESPACE);
      rows = reader.apply(ParquetIO.read(avro).from(files))
          .apply(MapElements.into(TypeDescriptors.rows()).via((GenericRecord r) -> AvroUtils.toBeamRowStrict(r, schema)))
          .setRowSchema(schema);
    }
    PAssert.that(rows).containsInAnyOrder(expected);
    reader.run().waitUntilFinish();
  }

  private List<String> listing(String dir) throws IOException {
    try (Stream<Path> files = Files.list(out.resolve(dir))) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private void assertRoundTrip(OutputFormat format) throws IOException {
    List<Row> documents = List.of(TestRows.kept("bus"), TestRows.dropped("menu"));
    List<Row> failures = List.of(TestRows.failure("dumps/broken.gz"));
    write(format, 1, null, documents, failures);

    String part = "part-00000-of-00001" + TableFileWriter.suffix(format);
    assertEquals(List.of("_SUCCESS", part), listing(Tables.DOCUMENTS));
    assertEquals(List.of("_SUCCESS", part), listing(Tables.FAILURES));
    assertFalse(Files.exists(out.resolve(TableLayout.STAGING)), "staging is removed after publishing");
    assertReadsBack(format, Tables.DOCUMENTS, DocumentsTable.SCHEMA, documents);
    assertReadsBack(format, Tables.FAILURES, FailuresTable.SCHEMA, failures);
  }

  @Test
  void jsonLinesGiveBackTheRowsWritten() throws IOException {
    assertRoundTrip(OutputFormat.jsonl);
    // Columns in schema order, nulls written as null.
    String line = Files.readAllLines(out.resolve("documents/part-00000-of-00001.jsonl")).stream()
        .filter(l -> l.contains("\"menu\"")).findFirst().orElseThrow();
    assertTrue(line.startsWith("{\"doc_id\":\"menu\",\"source\":"), line);
    assertTrue(line.contains("\"url\":null"), line);
  }

  @Test
  void parquetGivesBackTheRowsWritten() throws IOException {
    assertRoundTrip(OutputFormat.parquet);
  }

  @Test
  void aRunDateReplacesExactlyItsPartition() throws IOException {
    write(OutputFormat.jsonl, 2, "2026-04-01", List.of(TestRows.kept("a"), TestRows.kept("b")), List.of());
    write(OutputFormat.jsonl, 1, "2026-04-02", List.of(TestRows.kept("c")), List.of());
    Map<String, byte[]> otherDate = contents("documents/run_date=2026-04-02");
    assertEquals(List.of("_SUCCESS", "part-00000-of-00002.jsonl", "part-00001-of-00002.jsonl"),
        listing("documents/run_date=2026-04-01"));

    // Rerun of the first date with fewer shards and fewer rows: nothing of the earlier run survives.
    write(OutputFormat.jsonl, 1, "2026-04-01", List.of(TestRows.kept("a")), List.of(TestRows.failure("x.gz")));
    assertEquals(List.of("_SUCCESS", "part-00000-of-00001.jsonl"), listing("documents/run_date=2026-04-01"));
    assertReadsBack(OutputFormat.jsonl, "documents/run_date=2026-04-01", DocumentsTable.SCHEMA,
        List.of(TestRows.kept("a")));
    assertReadsBack(OutputFormat.jsonl, "failures/run_date=2026-04-01", FailuresTable.SCHEMA,
        List.of(TestRows.failure("x.gz")));
    Map<String, byte[]> after = contents("documents/run_date=2026-04-02");
    assertEquals(otherDate.keySet(), after.keySet());
    otherDate.forEach((name, bytes) -> assertTrue(Arrays.equals(bytes, after.get(name)), name));
    assertFalse(Files.exists(out.resolve(TableLayout.STAGING + "/run_date=2026-04-01")));
  }

  @Test
  void theLaunchersStagedPathWritesTheSameFiles() throws IOException {
    List<Row> documents = List.of(TestRows.kept("bus"), TestRows.kept("tram"), TestRows.dropped("menu"));
    List<Row> failures = List.of(TestRows.failure("dumps/broken.gz"));
    write(OutputFormat.jsonl, 2, "2026-04-01", documents, failures);
    Map<String, byte[]> inPipeline = contents("documents/run_date=2026-04-01");

    SampleRuns.deleteRecursively(out.resolve(Tables.DOCUMENTS));
    TestPipeline pipeline = newPipeline();
    TestRows.tables(pipeline, documents, failures)
        .apply(WriteTables.to(out.toString(), OutputFormat.jsonl, 2, "2026-04-01").stagedForLauncher("run-1"));
    assertEquals(PipelineResult.State.DONE, pipeline.run().waitUntilFinish());
    StagedTables.publish(out.toString(), "2026-04-01", "run-1", OutputFormat.jsonl, 2, (table, row) -> {});

    assertEquals(inPipeline.keySet(), contents("documents/run_date=2026-04-01").keySet());
    assertReadsBack(OutputFormat.jsonl, "documents/run_date=2026-04-01", DocumentsTable.SCHEMA, documents);
    assertReadsBack(OutputFormat.jsonl, "failures/run_date=2026-04-01", FailuresTable.SCHEMA, failures);
    assertFalse(Files.exists(out.resolve(TableLayout.STAGING + "/run_date=2026-04-01")));
  }

  private Map<String, byte[]> contents(String dir) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    for (String name : listing(dir)) {
      files.put(name, Files.readAllBytes(out.resolve(dir).resolve(name)));
    }
    return files;
  }
}
