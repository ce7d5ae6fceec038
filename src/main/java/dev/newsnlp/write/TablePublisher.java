package dev.newsnlp.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MoveOptions;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves a run's finished part files of one table into its live folder (or partition) and removes the part
 * files of an earlier run that this run did not rewrite, then marks the folder complete with _SUCCESS.
 * Idempotent: files already moved are skipped, and leftovers are computed against this run's file names.
 */
final class TablePublisher {
  private static final Logger LOG = LoggerFactory.getLogger(TablePublisher.class);

  record Published(List<ResourceId> files, int staleRemoved) {}

  static Published publish(String output, String table, @Nullable String runDate, List<ResourceId> sources)
      throws IOException {
    ResourceId live = FileSystems.matchNewResource(TableLayout.liveDir(output, table, runDate), true);
    List<ResourceId> targets = new ArrayList<>();
    Set<String> newNames = new HashSet<>();
    for (ResourceId src : sources) {
      newNames.add(src.getFilename());
      targets.add(live.resolve(src.getFilename(), StandardResolveOptions.RESOLVE_FILE));
    }
    List<ResourceId> stale = new ArrayList<>();
    for (MatchResult.Metadata m : match(live.toString() + "part-*")) {
      if (!newNames.contains(m.resourceId().getFilename())) {
        stale.add(m.resourceId());
      }
    }
    FileSystems.delete(stale, MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
    FileSystems.rename(sources, targets, MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
    writeSuccessMarker(live);
    LOG.info("Published {} file(s) to {} ({} stale removed)", targets.size(), live, stale.size());
    return new Published(targets, stale.size());
  }

  /** Removes everything staged for this output and run date, including leftovers of failed runs. */
  static void deleteStaging(String output, @Nullable String runDate) throws IOException {
    String root = TableLayout.stagingRoot(output, runDate);
    List<ResourceId> files = new ArrayList<>();
    for (MatchResult.Metadata m : match(root + "**")) {
      files.add(m.resourceId());
    }
    FileSystems.delete(files, MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
    LocalDirs.deleteEmpty(root);
  }

  static List<MatchResult.Metadata> match(String glob) throws IOException {
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

  private TablePublisher() {}
}
