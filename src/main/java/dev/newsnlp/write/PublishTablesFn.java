package dev.newsnlp.write;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.schemas.Schema;
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
  private final Map<String, Schema> tables;
  private final @Nullable String runDate;
  private final OutputFormat format;
  private final int numShards;

  /** @param numShards the fixed shard count of {@link WriteSortedShards}, or 0 (the runner's files) */
  PublishTablesFn(String output, Map<String, Schema> tables, @Nullable String runDate, OutputFormat format,
      int numShards) {
    this.output = output;
    this.tables = new LinkedHashMap<>(tables);
    this.runDate = runDate;
    this.format = format;
    this.numShards = numShards;
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
    for (Map.Entry<String, Schema> t : tables.entrySet()) {
      String table = t.getKey();
      List<ResourceId> sources = new ArrayList<>();
      for (String path : staged.getOrDefault(table, List.of())) {
        sources.add(FileSystems.matchNewResource(path, false));
      }
      if (TablePublisher.alreadyPublished(output, table, runDate, sources)) {
        continue; // a retry of this step after the table was switched
      }
      addEmptyShards(table, t.getValue(), sources);
      TablePublisher.Published result = TablePublisher.publish(output, table, runDate, sources);
      published.inc(result.files().size());
      removed.inc(result.staleRemoved());
      for (ResourceId f : result.files()) {
        out.output(f.toString());
      }
    }
    TablePublisher.deleteStaging(output, runDate);
  }

  /** Every shard has its file, also without rows (readers find the schema); shards are sorted by number. */
  private void addEmptyShards(String table, Schema schema, List<ResourceId> sources) throws IOException {
    if (numShards == 0) {
      return;
    }
    Set<String> written = new HashSet<>();
    sources.forEach(s -> written.add(s.getFilename()));
    ResourceId dir = FileSystems.matchNewResource(TableLayout.stagingDir(output, table, runDate), true);
    for (int shard = 0; shard < numShards; shard++) {
      String name = TableLayout.partName(shard, numShards, format);
      if (!written.contains(name)) {
        ResourceId file = dir.resolve(name, StandardResolveOptions.RESOLVE_FILE);
        TableFileWriter.create(file, table, schema, format).close();
        sources.add(file);
      }
    }
    sources.sort(Comparator.comparing(ResourceId::getFilename));
  }
}
