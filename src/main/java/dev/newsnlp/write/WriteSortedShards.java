package dev.newsnlp.write;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.RowCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MoveOptions;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.util.CoderUtils;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;

/**
 * One table → {@code dir/part-SSSSS-of-NNNNN.(jsonl|parquet)} with a fixed shard count, byte-identical on every
 * run and runner: each row goes to the shard its key hashes to ({@link TableKey}), and each shard's rows are
 * sorted by key ({@link SortedRows}) before they are written, so neither the runner's parallelism nor its
 * bundles show in the files. The same writer ({@link TableFileWriter}) as the direct runner's launcher, so
 * both give the same bytes. Returns (table, file path) for each file written; shards without rows get
 * their (empty) file when the run is published ({@link PublishTablesFn}).
 */
final class WriteSortedShards extends PTransform<PCollection<Row>, PCollection<KV<String, String>>> {
  private final String dir;
  private final String table;
  private final List<String> key;
  private final OutputFormat format;
  private final int numShards;

  WriteSortedShards(String dir, String table, List<String> key, OutputFormat format, int numShards) {
    this.dir = dir;
    this.table = table;
    this.key = List.copyOf(key);
    this.format = format;
    this.numShards = numShards;
  }

  @Override
  public PCollection<KV<String, String>> expand(PCollection<Row> rows) {
    Schema schema = rows.getSchema();
    return rows.apply("AssignShard", ParDo.of(new AssignShardFn(schema, key, numShards)))
        .setCoder(KvCoder.of(VarIntCoder.of(), RowCoder.of(schema)))
        .apply("GroupByShard", GroupByKey.create())
        .apply("WriteSortedShard", ParDo.of(new WriteShardFn(dir, table, schema, key, format, numShards)))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));
  }

  static final class AssignShardFn extends DoFn<Row, KV<Integer, Row>> {
    private final Schema schema;
    private final TableKey key;
    private final int numShards;
    private transient RowCoder coder;

    AssignShardFn(Schema schema, List<String> key, int numShards) {
      this.schema = schema;
      this.key = new TableKey(schema, key);
      this.numShards = numShards;
    }

    @Setup
    public void setup() {
      coder = RowCoder.of(schema);
    }

    @ProcessElement
    public void process(@Element Row row, OutputReceiver<KV<Integer, Row>> out) throws IOException {
      out.output(KV.of(key.shardOf(row, key.bytes(row), coder, numShards), row));
    }
  }

  static final class WriteShardFn extends DoFn<KV<Integer, Iterable<Row>>, KV<String, String>> {
    private final String dir;
    private final String table;
    private final Schema schema;
    private final TableKey key;
    private final OutputFormat format;
    private final int numShards;
    private transient RowCoder coder;

    WriteShardFn(String dir, String table, Schema schema, List<String> key, OutputFormat format, int numShards) {
      this.dir = dir;
      this.table = table;
      this.schema = schema;
      this.key = new TableKey(schema, key);
      this.format = format;
      this.numShards = numShards;
    }

    @Setup
    public void setup() {
      coder = RowCoder.of(schema);
    }

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<Row>> shard, OutputReceiver<KV<String, String>> out)
        throws IOException {
      ResourceId folder = FileSystems.matchNewResource(dir, true);
      String name = TableLayout.partName(shard.getKey(), numShards, format);
      // Written under a unique name and renamed: a retried or duplicated task replaces the file whole.
      ResourceId temp = folder.resolve(".tmp-" + UUID.randomUUID() + "-" + name, StandardResolveOptions.RESOLVE_FILE);
      ResourceId file = folder.resolve(name, StandardResolveOptions.RESOLVE_FILE);
      try (SortedRows sorter = new SortedRows(SortedRows.DEFAULT_BUDGET)) {
        for (Row row : shard.getValue()) {
          sorter.add(key.bytes(row), CoderUtils.encodeToByteArray(coder, row));
        }
        try (TableFileWriter writer = TableFileWriter.create(temp, table, schema, format)) {
          for (Iterator<SortedRows.Pair> it = sorter.sorted(); it.hasNext(); ) {
            writer.write(CoderUtils.decodeFromByteArray(coder, it.next().value()));
          }
        }
      }
      FileSystems.rename(List.of(temp), List.of(file), MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
      out.output(KV.of(table, file.toString()));
    }
  }
}
