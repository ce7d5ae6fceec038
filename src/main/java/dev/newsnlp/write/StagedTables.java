package dev.newsnlp.write;

import dev.newsnlp.model.Tables;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import org.apache.beam.sdk.coders.RowCoder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.util.CoderUtils;
import org.apache.beam.sdk.values.Row;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The direct runner's write path, second half: after the pipeline succeeded, the launcher streams each
 * table's staged bundle files ({@link StageRowsFn}) into its part files, named as Beam names them
 * ({@code part-00000-of-00001.jsonl}), then publishes them like the in-pipeline path does. Rows go to the
 * shard their key hashes to and are sorted by key, exactly as {@link WriteSortedShards} does, so the files
 * are byte-identical to the in-pipeline writers' and to every other run's. Memory stays bounded (the sort
 * spills to disk), and every shard file exists even when the table is empty, so readers always find the
 * table's schema.
 */
public final class StagedTables {
  private static final Logger LOG = LoggerFactory.getLogger(StagedTables.class);

  private StagedTables() {}

  /** Where one run's bundle files of a table are staged. */
  static String bundleDir(String output, String table, @Nullable String runDate, String runId) {
    return TableLayout.stagingDir(output, table, runDate) + "bundles-" + runId + "/";
  }

  /**
   * What the launcher does to the staged rows on its way to the tables: the direct runner's last steps,
   * done here in one pass instead of as groupings in the pipeline (see {@code dev.newsnlp.corpus.CorpusFinish}).
   */
  public interface Finisher {
    /**
     * The row to publish for a staged row; sees every staged row. Staged tables are written side by side:
     * calls for different tables come from different threads at once.
     * {@code encoded} is the row's {@link RowCoder} bytes, for a finisher that keeps rows aside.
     */
    Row staged(String table, Row row, byte[] encoded) throws IOException;

    /** The rows of a table the launcher builds itself (after the tables before it), or null if staged. */
    @Nullable Iterable<Row> built(String table) throws IOException;

    /** Whether {@link #built} gives the table's rows: it is written after every staged table. */
    default boolean builds(String table) {
      return false;
    }
  }

  /** Publishes the staged rows as they are. */
  public static final Finisher AS_STAGED = new Finisher() {
    @Override
    public Row staged(String table, Row row, byte[] encoded) {
      return row;
    }

    @Override
    public @Nullable Iterable<Row> built(String table) {
      return null;
    }
  };

  /** Every staged row of one table of run {@code runId} (for small tables: all in memory). */
  public static List<Row> readStaged(String output, @Nullable String runDate, String runId, String table,
      Schema schema) throws IOException {
    RowCoder coder = RowCoder.of(schema);
    List<Row> rows = new ArrayList<>();
    forEachStaged(bundleDir(TableLayout.slash(output), table, runDate, runId),
        encoded -> rows.add(CoderUtils.decodeFromByteArray(coder, encoded)));
    return rows;
  }

  /** What is done with each staged row's bytes. */
  private interface EncodedRow {
    void accept(byte[] encoded) throws IOException;
  }

  /** Every staged row's bytes under {@code dir}, bundle file by bundle file in name order. */
  private static void forEachStaged(String dir, EncodedRow each) throws IOException {
    for (ResourceId bundle : bundles(dir)) {
      try (DataInputStream in = new DataInputStream(open(bundle))) {
        for (byte[] encoded; (encoded = next(in)) != null; ) {
          each.accept(encoded);
        }
      }
    }
  }

  /**
   * Writes and publishes every table of run {@code runId}.
   *
   * @param finisher turns staged rows into published ones and builds the tables the pipeline did not stage
   * @param eachRow sees every row written, with its table's name (the launcher counts the report's numbers)
   */
  public static void publish(String output, @Nullable String runDate, String runId,
      OutputFormat format, int numShards, Finisher finisher, BiConsumer<String, Row> eachRow) throws IOException {
    String out = TableLayout.slash(output);
    int shards = Math.max(1, numShards);
    BiConsumer<String, Row> counted = (table, row) -> {
      synchronized (eachRow) {
        eachRow.accept(table, row);
      }
    };
    List<Tables.TableDef> staged = new ArrayList<>();
    List<Tables.TableDef> built = new ArrayList<>();
    for (Tables.TableDef table : Tables.all()) {
      (finisher.builds(table.name()) ? built : staged).add(table);
    }
    // Tables are sorted and written side by side (the cores are idle after the pipeline); the tables the
    // finisher builds come after every staged table, whose rows it sees on the way.
    Map<String, Written> written = new LinkedHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(staged.size(), Runtime.getRuntime().availableProcessors()));
    try {
      for (List<Tables.TableDef> phase : List.of(staged, built)) {
        Map<String, Future<Written>> writing = new LinkedHashMap<>();
        for (Tables.TableDef table : phase) {
          writing.put(table.name(), pool.submit(() -> writeTable(out, runDate, runId, format, shards, table, finisher, counted)));
        }
        for (Map.Entry<String, Future<Written>> w : writing.entrySet()) {
          written.put(w.getKey(), get(w.getValue()));
        }
      }
    } finally {
      pool.shutdownNow();
    }
    // Every table is written before any is switched: a process killed while writing leaves all as they were.
    Map<String, Long> rowsPerTable = new LinkedHashMap<>();
    for (Tables.TableDef table : Tables.all()) {
      TablePublisher.publish(out, table.name(), runDate, written.get(table.name()).parts());
      rowsPerTable.put(table.name(), written.get(table.name()).rows());
    }
    TablePublisher.deleteStaging(out, runDate);
    LOG.info("Wrote tables {} under {}", rowsPerTable, out);
  }

  /** One table's part files (written, not yet published) and its number of rows. */
  private record Written(List<ResourceId> parts, long rows) {}

  /** Sorts one table's rows into its shards and writes its part files. */
  private static Written writeTable(String output, @Nullable String runDate, String runId, OutputFormat format,
      int shards, Tables.TableDef table, Finisher finisher, BiConsumer<String, Row> eachRow) throws IOException {
    ResourceId stagingDir = FileSystems.matchNewResource(TableLayout.stagingDir(output, table.name(), runDate), true);
    RowCoder coder = RowCoder.of(table.schema());
    TableKey key = new TableKey(table.schema(), table.key());
    List<ResourceId> parts = new ArrayList<>();
    long rows = 0;
    // One sort for all shards: the shard number leads the sort key, so shard files are written one at a time.
    try (SortedRows sorter = new SortedRows(SortedRows.DEFAULT_BUDGET)) {
      Iterable<Row> built = finisher.built(table.name());
      if (built != null) {
        for (Row row : built) {
          add(sorter, key, coder, shards, row, CoderUtils.encodeToByteArray(coder, row));
        }
      } else {
        forEachStaged(bundleDir(output, table.name(), runDate, runId), encoded -> {
          Row staged = CoderUtils.decodeFromByteArray(coder, encoded);
          Row row = finisher.staged(table.name(), staged, encoded);
          add(sorter, key, coder, shards, row, row == staged ? encoded : CoderUtils.encodeToByteArray(coder, row));
        });
      }
      Iterator<SortedRows.Pair> sorted = sorter.sorted();
      SortedRows.Pair pending = sorted.hasNext() ? sorted.next() : null;
      for (int shard = 0; shard < shards; shard++) {
        ResourceId part = stagingDir.resolve(TableLayout.partName(shard, shards, format), StandardResolveOptions.RESOLVE_FILE);
        parts.add(part);
        try (TableFileWriter writer = TableFileWriter.create(part, table.name(), table.schema(), format)) {
          while (pending != null && shardOf(pending.key()) == shard) {
            Row row = CoderUtils.decodeFromByteArray(coder, pending.value());
            writer.write(row);
            eachRow.accept(table.name(), row);
            rows++;
            pending = sorted.hasNext() ? sorted.next() : null;
          }
        }
      }
    }
    return new Written(parts, rows);
  }

  private static <T> T get(Future<T> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while writing the tables", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException) {
        throw (IOException) cause;
      }
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      throw new IOException(cause);
    }
  }

  private static void add(SortedRows sorter, TableKey key, RowCoder coder, int shards, Row row, byte[] encoded)
      throws IOException {
    byte[] k = key.bytes(row);
    sorter.add(withShard(key.shardOf(row, k, coder, shards), k), encoded);
  }

  private static List<ResourceId> bundles(String dir) throws IOException {
    List<ResourceId> files = new ArrayList<>();
    for (MatchResult.Metadata m : TablePublisher.match(dir + "*" + StageRowsFn.SUFFIX)) {
      files.add(m.resourceId());
    }
    files.sort(Comparator.comparing(ResourceId::toString));
    return files;
  }

  private static InputStream open(ResourceId file) throws IOException {
    return new BufferedInputStream(Channels.newInputStream(FileSystems.open(file)), 1 << 16);
  }

  private static byte[] withShard(int shard, byte[] key) {
    return ByteBuffer.allocate(4 + key.length).putInt(shard).put(key).array();
  }

  private static int shardOf(byte[] shardAndKey) {
    return ByteBuffer.wrap(shardAndKey).getInt();
  }

  private static byte @Nullable [] next(DataInputStream in) throws IOException {
    int length;
    try {
      length = in.readInt();
    } catch (EOFException end) {
      return null;
    }
    byte[] bytes = new byte[length];
    in.readFully(bytes);
    return bytes;
  }
}
