package dev.newsnlp.write;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.util.UUID;
import org.apache.beam.sdk.coders.RowCoder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.util.CoderUtils;
import org.apache.beam.sdk.values.Row;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Writes each bundle's rows of one table to its own staged file (length-prefixed Beam row encoding) and
 * outputs the file's path. No grouping step: on the direct runner a GroupByKey that receives many small
 * bundles copies its whole buffered state for every bundle, which made writing cost more than CoreNLP.
 * {@link StagedTables} turns the staged files into the table's part files after the pipeline finished.
 */
final class StageRowsFn extends DoFn<Row, String> {
  static final String SUFFIX = ".rows";

  private final Counter staged = Metrics.counter(WriteTables.class, "rowsStaged");
  private final String dir;
  private final Schema schema;
  private transient RowCoder coder;
  private transient @Nullable DataOutputStream out;
  private transient @Nullable ResourceId file;

  StageRowsFn(String dir, Schema schema) {
    this.dir = dir;
    this.schema = schema;
  }

  @Setup
  public void setup() {
    coder = RowCoder.of(schema);
  }

  @ProcessElement
  public void process(@Element Row row) throws IOException {
    if (out == null) {
      // One file per bundle, opened only when the bundle has rows for this table.
      file = FileSystems.matchNewResource(dir, true)
          .resolve(UUID.randomUUID() + SUFFIX, StandardResolveOptions.RESOLVE_FILE);
      out = new DataOutputStream(new BufferedOutputStream(
          Channels.newOutputStream(FileSystems.create(file, "application/octet-stream")), 1 << 16));
    }
    byte[] bytes = CoderUtils.encodeToByteArray(coder, row);
    out.writeInt(bytes.length);
    out.write(bytes);
    staged.inc();
  }

  @FinishBundle
  public void finish(FinishBundleContext context) throws IOException {
    if (out != null) {
      out.close();
      context.output(file.toString(), GlobalWindow.INSTANCE.maxTimestamp(), GlobalWindow.INSTANCE);
      out = null;
      file = null;
    }
  }
}
