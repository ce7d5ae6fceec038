package dev.newsnlp.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MoveOptions;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves one run's staged files into the live table folders (or partitions) and removes the files of an
 * earlier run that this run did not rewrite. Idempotent, so a runner's retry of this step is safe: files
 * already moved are skipped, and leftovers are computed against this run's file names.
 */
class PublishTablesFn extends DoFn<KV<String, Iterable<KV<String, String>>>, String> {
  static final String MARKER = "__publish__";
  private static final Logger LOG = LoggerFactory.getLogger(PublishTablesFn.class);

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
      ResourceId live = FileSystems.matchNewResource(TableLayout.liveDir(output, table, runDate), true);
      List<ResourceId> sources = new ArrayList<>();
      List<ResourceId> targets = new ArrayList<>();
      Set<String> newNames = new HashSet<>();
      for (String path : staged.getOrDefault(table, List.of())) {
        ResourceId src = FileSystems.matchNewResource(path, false);
        String name = src.getFilename();
        newNames.add(name);
        sources.add(src);
        targets.add(live.resolve(name, StandardResolveOptions.RESOLVE_FILE));
      }
      List<ResourceId> stale = new ArrayList<>();
      for (MatchResult.Metadata m : match(live.toString() + "part-*")) {
        if (!newNames.contains(m.resourceId().getFilename())) {
          stale.add(m.resourceId());
        }
      }
      FileSystems.delete(stale, MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
      removed.inc(stale.size());
      FileSystems.rename(sources, targets, MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
      published.inc(targets.size());
      writeSuccessMarker(live);
      for (ResourceId t : targets) {
        out.output(t.toString());
      }
      LOG.info("Published {} file(s) to {} ({} stale removed)", targets.size(), live, stale.size());
    }
    deleteStaging();
  }

  private static List<MatchResult.Metadata> match(String glob) throws IOException {
    MatchResult result = FileSystems.match(glob, EmptyMatchTreatment.ALLOW);
    return result.status() == MatchResult.Status.OK ? result.metadata() : List.of();
  }

  /** The Hadoop/Spark convention: an empty _SUCCESS file says the folder is complete. */
  private static void writeSuccessMarker(ResourceId dir) throws IOException {
    ResourceId marker = dir.resolve("_SUCCESS", StandardResolveOptions.RESOLVE_FILE);
    try (OutputStream os = Channels.newOutputStream(FileSystems.create(marker, "text/plain"))) {
      os.flush();
    }
  }

  private void deleteStaging() throws IOException {
    String root = TableLayout.stagingRoot(output, runDate);
    List<ResourceId> files = new ArrayList<>();
    for (MatchResult.Metadata m : match(root + "**")) {
      files.add(m.resourceId());
    }
    FileSystems.delete(files, MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
    LocalDirs.deleteEmpty(root);
  }
}
