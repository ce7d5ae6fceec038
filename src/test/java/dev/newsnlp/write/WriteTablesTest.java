package dev.newsnlp.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.runners.direct.DirectOptions;
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
 * partition, and the launcher's staged path gives the same files as the in-pipeline writers, byte for byte
 * whatever the rows' order and bundles.
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
    StagedTables.publish(out.toString(), "2026-04-01", "run-1", OutputFormat.jsonl, 2, StagedTables.AS_STAGED, (table, row) -> {});

    Map<String, byte[]> staged = contents("documents/run_date=2026-04-01");
    assertEquals(inPipeline.keySet(), staged.keySet());
    inPipeline.forEach((name, bytes) -> assertArrayEquals(bytes, staged.get(name), name));
    assertReadsBack(OutputFormat.jsonl, "documents/run_date=2026-04-01", DocumentsTable.SCHEMA, documents);
    assertReadsBack(OutputFormat.jsonl, "failures/run_date=2026-04-01", FailuresTable.SCHEMA, failures);
    assertFalse(Files.exists(out.resolve(TableLayout.STAGING + "/run_date=2026-04-01")));
  }

  @Test
  void aFolderSwitchInterruptedByAKillIsFinishedByTheNextRun() throws IOException {
    write(OutputFormat.jsonl, 2, "2026-04-01", List.of(TestRows.kept("a"), TestRows.kept("b")), List.of());
    Map<String, byte[]> published = contents("documents/run_date=2026-04-01");
    Path live = out.resolve("documents/run_date=2026-04-01");
    Path previous = out.resolve(TableLayout.STAGING + "/run_date=2026-04-01/" + TablePublisher.PREVIOUS + "/documents");

    // Killed between the two renames: the old folder moved aside, the new one not yet in place.
    Files.createDirectories(previous.getParent());
    Files.move(live, previous);
    WriteTables.recoverInterruptedPublish(out.toString(), "2026-04-01");
    Map<String, byte[]> restored = contents("documents/run_date=2026-04-01");
    assertEquals(published.keySet(), restored.keySet());
    published.forEach((name, bytes) -> assertArrayEquals(bytes, restored.get(name), name));
    assertFalse(Files.exists(previous));

    // Killed after the switch, before the old folder was deleted: the old one goes, the live one stays.
    Files.createDirectories(previous);
    Files.writeString(previous.resolve("part-00000-of-00009.jsonl"), "{}\n");
    WriteTables.recoverInterruptedPublish(out.toString(), "2026-04-01");
    assertFalse(Files.exists(previous));
    assertEquals(published.keySet(), contents("documents/run_date=2026-04-01").keySet());
  }

  /** Writes the tables with the in-pipeline writers, or the launcher's staged path, at a given parallelism. */
  private void writeWith(boolean staged, int parallelism, OutputFormat format, List<Row> documents,
      List<Row> failures) throws IOException {
    DirectOptions options = TestPipeline.testingPipelineOptions().as(DirectOptions.class);
    options.setTargetParallelism(parallelism);
    TestPipeline pipeline = TestPipeline.fromOptions(options).enableAbandonedNodeEnforcement(false);
    WriteTables write = WriteTables.to(out.toString(), format, 3, "2026-04-01");
    TestRows.tables(pipeline, documents, failures).apply(staged ? write.stagedForLauncher("run-" + parallelism) : write);
    assertEquals(PipelineResult.State.DONE, pipeline.run().waitUntilFinish());
    if (staged) {
      StagedTables.publish(out.toString(), "2026-04-01", "run-" + parallelism, format, 3, StagedTables.AS_STAGED, (table, row) -> {});
    }
  }

  /** Every file of the partition of both tables, by relative path. */
  private Map<String, byte[]> partition() throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    for (String table : List.of(Tables.DOCUMENTS, Tables.FAILURES)) {
      contents(table + "/run_date=2026-04-01").forEach((name, bytes) -> files.put(table + "/" + name, bytes));
    }
    return files;
  }

  private void assertByteIdenticalRuns(OutputFormat format) throws IOException {
    List<Row> documents = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      documents.add(i % 5 == 0 ? TestRows.dropped("doc-" + i) : TestRows.kept("doc-" + i));
    }
    List<Row> failures = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      failures.add(TestRows.failure("dumps/broken-" + i + ".gz"));
    }
    writeWith(false, 4, format, documents, failures);
    Map<String, byte[]> first = partition();

    // The same rows in another order, in other bundles, through the other write path: the same bytes.
    List<Row> shuffledDocs = new ArrayList<>(documents);
    List<Row> shuffledFailures = new ArrayList<>(failures);
    Collections.shuffle(shuffledDocs, new Random(7));
    Collections.shuffle(shuffledFailures, new Random(7));
    for (boolean staged : List.of(false, true)) {
      writeWith(staged, staged ? 1 : 2, format, shuffledDocs, shuffledFailures);
      Map<String, byte[]> again = partition();
      assertEquals(first.keySet(), again.keySet());
      first.forEach((name, bytes) -> assertArrayEquals(bytes, again.get(name), (staged ? "staged " : "") + name));
    }
    assertEquals(8, first.size(), "three shards and _SUCCESS per table: " + first.keySet());
    assertReadsBack(format, "documents/run_date=2026-04-01", DocumentsTable.SCHEMA, documents);
  }

  @Test
  void jsonLinesAreByteIdenticalWhateverTheOrderBundlesAndWritePath() throws IOException {
    assertByteIdenticalRuns(OutputFormat.jsonl);
    // Each file is sorted by the table's key, and the rows are spread over the shards by its hash.
    Path dir = out.resolve("documents/run_date=2026-04-01");
    for (int shard = 0; shard < 3; shard++) {
      List<String> ids = Files.readAllLines(dir.resolve(TableLayout.partName(shard, 3, OutputFormat.jsonl))).stream()
          .map(l -> l.replaceFirst("^\\{\"doc_id\":\"([^\"]+)\".*", "$1")).toList();
      assertTrue(ids.size() >= 10 && ids.size() <= 30, "shard " + shard + " holds " + ids.size() + " of 60 rows");
      assertEquals(ids.stream().sorted().toList(), ids, "shard " + shard + " is sorted by doc_id");
    }
  }

  @Test
  void parquetIsByteIdenticalWhateverTheOrderBundlesAndWritePath() throws IOException {
    assertByteIdenticalRuns(OutputFormat.parquet);
  }

  private Map<String, byte[]> contents(String dir) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    for (String name : listing(dir)) {
      files.put(name, Files.readAllBytes(out.resolve(dir).resolve(name)));
    }
    return files;
  }
}
