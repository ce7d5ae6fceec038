package dev.newsnlp.write;

import java.util.ArrayList;
import java.util.List;
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
    for (String name : names) {
      PCollection<KV<String, String>> files =
          tables.get(name).apply("Write_" + name,
              WriteTable.of(TableLayout.stagingDir(output, name, runDate), name, format, numShards));
      written = written.and(files);
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
        .apply("PublishTables", ParDo.of(new PublishTablesFn(output, names, runDate)));
  }
}
