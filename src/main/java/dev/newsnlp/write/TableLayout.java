package dev.newsnlp.write;

import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Where tables live under {@code --output}. Without a run date: {@code OUTPUT/TABLE/part-*}. With one:
 * Hive-style partitions {@code OUTPUT/TABLE/run_date=YYYY-MM-DD/part-*}, which Spark, DuckDB
 * ({@code hive_partitioning}), BigQuery external tables and pandas/pyarrow read as a {@code run_date} column.
 * A run first writes under {@code OUTPUT/_staging/}; folders starting with "_" are hidden from those readers.
 */
public final class TableLayout {
  public static final String STAGING = "_staging";
  public static final String RUNS = "_runs";

  public static String partition(@Nullable String runDate) {
    return runDate == null ? "" : "run_date=" + runDate + "/";
  }

  /** The folder readers see: the table, or its partition for this run date. */
  public static String liveDir(String output, String table, @Nullable String runDate) {
    return slash(output) + table + "/" + partition(runDate);
  }

  /** Where this run's files of a table are written before they are published. */
  public static String stagingDir(String output, String table, @Nullable String runDate) {
    return stagingRoot(output, runDate) + table + "/";
  }

  public static String stagingRoot(String output, @Nullable String runDate) {
    return slash(output) + STAGING + "/" + (runDate == null ? "all/" : partition(runDate));
  }

  /** Where a run's summary and report are kept (one folder per run date). */
  public static String runDir(String output, @Nullable String runDate) {
    return runDate == null ? slash(output) : slash(output) + RUNS + "/" + partition(runDate);
  }

  /** A table file's name, as Beam's sharded writers name them: {@code part-00000-of-00002.jsonl}. */
  static String partName(int shard, int numShards, OutputFormat format) {
    return String.format("part-%05d-of-%05d%s", shard, numShards, TableFileWriter.suffix(format));
  }

  static String slash(String s) {
    return s.endsWith("/") ? s : s + "/";
  }

  private TableLayout() {}
}
