package dev.newsnlp.write;

import dev.newsnlp.model.Tables;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionRowTuple;
import org.apache.beam.sdk.values.Row;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Writes every table of the tuple in one format, then publishes them together.
 *
 * <p>Each table's Beam schema is the only column definition: JSON Lines keys and Parquet columns come from
 * it, in its order. Files go first to a staging folder (each file itself written temp-then-rename by Beam),
 * and only when every table is complete does one final step replace the live folder's (or partition's)
 * files with exactly this run's files. A rerun of the same date therefore leaves the same files, with no
 * leftovers from an earlier run with more shards, and a failed run leaves the live tables untouched.
 *
 * <p>With a fixed {@code numShards}, each table's files are byte-identical on every run and runner at any
 * parallelism: rows are sharded by a stable hash of the table's key and sorted by it ({@link
 * WriteSortedShards}; the direct runner's launcher does the same in {@link StagedTables}).
 */
public final class WriteTables extends PTransform<PCollectionRowTuple, PCollection<String>> {
  private final String output;
  private final OutputFormat format;
  private final int numShards;
  private final @Nullable String runDate;
  private final @Nullable String stagedRunId;

  private WriteTables(String output, OutputFormat format, int numShards, @Nullable String runDate,
      @Nullable String stagedRunId) {
    this.output = TableLayout.slash(output);
    this.format = format;
    this.numShards = numShards;
    this.runDate = runDate;
    this.stagedRunId = stagedRunId;
  }

  /** @param runDate YYYY-MM-DD to write Hive-style partitions, or null for plain table folders */
  public static WriteTables to(String output, OutputFormat format, int numShards, @Nullable String runDate) {
    return new WriteTables(output, format, numShards, runDate, null);
  }

  /**
   * For the direct runner: only stages each bundle's rows; the launcher then writes and publishes the part
   * files with {@link StagedTables#publish} once the pipeline has succeeded. Beam's file writes group all
   * rows of a shard by key, and the direct runner copies such a group's buffered rows for every incoming
   * bundle (quadratic in the run's size: half the run time on 1,000 pages).
   */
  public WriteTables stagedForLauncher(String runId) {
    return new WriteTables(output, format, numShards, runDate, runId);
  }

  /**
   * Puts back a table folder (or partition) that a process killed while publishing had moved aside; a run
   * calls it before it starts (see {@link TablePublisher}).
   */
  public static void recoverInterruptedPublish(String output, @Nullable String runDate) throws IOException {
    TablePublisher.recoverAll(TableLayout.slash(output), runDate);
  }

  /** Returns the published file paths (staged mode: the staged bundle files). */
  @Override
  public PCollection<String> expand(PCollectionRowTuple tables) {
    List<String> names = new ArrayList<>(tables.getAll().keySet());
    if (stagedRunId != null) {
      PCollectionList<String> staged = PCollectionList.empty(tables.getPipeline());
      for (String name : names) {
        PCollection<Row> rows = tables.get(name);
        staged = staged.and(rows.apply("Stage_" + name, ParDo.of(new StageRowsFn(
            StagedTables.bundleDir(output, name, runDate, stagedRunId), rows.getSchema()))));
      }
      return staged.apply("AllStagedFiles", Flatten.pCollections());
    }
    PCollectionList<KV<String, String>> written = PCollectionList.empty(tables.getPipeline());
    Map<String, Schema> schemas = new LinkedHashMap<>();
    for (String name : names) {
      PCollection<Row> rows = tables.get(name);
      schemas.put(name, rows.getSchema());
      String dir = TableLayout.stagingDir(output, name, runDate);
      // A fixed shard count gives byte-identical files; 0 leaves the files to the runner (rows identical).
      written = written.and(rows.apply("Write_" + name, numShards > 0
          ? new WriteSortedShards(dir, name, Tables.keyOf(name), format, numShards)
          : WriteTable.of(dir, name, format, numShards)));
    }
    // A marker, so publishing also runs (and clears old files) when every table is empty.
    written = written.and(tables.getPipeline().apply("PublishMarker",
        Create.of(KV.of(PublishTablesFn.MARKER, "")).withCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()))));
    return written
        .apply("AllWrittenFiles", Flatten.pCollections())
        .apply("OneRun", WithKeys.of("run"))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of())))
        // In batch, the group is emitted only once every table's files are final.
        .apply("WaitForAllTables", GroupByKey.create())
        .apply("PublishTables", ParDo.of(new PublishTablesFn(output, schemas, runDate, format, numShards)));
  }
}
