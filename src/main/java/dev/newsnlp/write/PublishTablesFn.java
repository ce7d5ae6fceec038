package dev.newsnlp.write;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Publishes one run's staged part files of every table (see {@link TablePublisher}), in one step that runs
 * once all tables are written. Idempotent, so a runner's retry of this step is safe.
 */
class PublishTablesFn extends DoFn<KV<String, Iterable<KV<String, String>>>, String> {
  static final String MARKER = "__publish__";

  private final Counter published = Metrics.counter(WriteTables.class, "filesPublished");
  private final Counter removed = Metrics.counter(WriteTables.class, "staleFilesRemoved");

  private final String output;
  private final List<String> tables;
  private final @Nullable String runDate;

  PublishTablesFn(String output, List<String> tables, @Nullable String runDate) {
    this.output = output;
    this.tables = List.copyOf(tables);
    this.runDate = runDate;
  }

  @ProcessElement
  public void process(@Element KV<String, Iterable<KV<String, String>>> run, OutputReceiver<String> out)
      throws IOException {
    Map<String, List<String>> staged = new HashMap<>();
    for (KV<String, String> file : run.getValue()) {
      if (!file.getKey().equals(MARKER)) {
        staged.computeIfAbsent(file.getKey(), k -> new ArrayList<>()).add(file.getValue());
      }
    }
    for (String table : tables) {
      List<ResourceId> sources = new ArrayList<>();
      for (String path : staged.getOrDefault(table, List.of())) {
        sources.add(FileSystems.matchNewResource(path, false));
      }
      TablePublisher.Published result = TablePublisher.publish(output, table, runDate, sources);
      published.inc(result.files().size());
      removed.inc(result.staleRemoved());
      for (ResourceId t : result.files()) {
        out.output(t.toString());
      }
    }
    TablePublisher.deleteStaging(output, runDate);
  }
}
