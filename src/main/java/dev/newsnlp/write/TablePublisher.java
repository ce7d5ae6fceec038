package dev.newsnlp.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
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
 * Replaces a table's live folder (or run-date partition) with a run's finished part files and a _SUCCESS
 * marker, so that exactly this run's files are there afterwards. Idempotent, so a runner's retry is safe.
 *
 * <p>On a local or mounted disk the switch is atomic for readers: the new folder is assembled complete under
 * {@code _staging/.../_ready/TABLE/} (parts, then _SUCCESS), the live folder is renamed aside to
 * {@code _previous/TABLE/}, the new one renamed into its place, and the old one deleted. A reader sees the old
 * folder or the new one, never a mix (for the instant between the two renames, none). A process killed
 * between them leaves the old folder in {@code _previous/}; {@link #recover} puts it back, and every run
 * and every publish calls it first.
 *
 * <p>Object stores have no folder rename: there the old _SUCCESS is removed first, the files are moved in one
 * by one, stale ones deleted, and _SUCCESS written last, so a reader that waits for _SUCCESS never reads a
 * mix (a listing during the step may).
 */
final class TablePublisher {
  private static final Logger LOG = LoggerFactory.getLogger(TablePublisher.class);
  static final String SUCCESS = "_SUCCESS";
  static final String READY = "_ready";
  static final String PREVIOUS = "_previous";

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
    int stale = isLocal(live)
        ? swapFolder(local(live), local(TableLayout.stagingRoot(output, runDate)), table, sources, newNames)
        : replaceFileByFile(live, sources, targets, newNames);
    LOG.info("Published {} file(s) to {} ({} stale removed)", targets.size(), live, stale);
    return new Published(targets, stale);
  }

  private static int swapFolder(Path live, Path stagingRoot, String table, List<ResourceId> sources,
      Set<String> newNames) throws IOException {
    Path ready = stagingRoot.resolve(READY).resolve(table);
    Path previous = stagingRoot.resolve(PREVIOUS).resolve(table);
    recover(live, previous);
    List<Path> staged = sources.stream().map(r -> local(r.toString())).filter(Files::exists).toList();
    Files.createDirectories(ready);
    for (Path src : staged) {
      Files.move(src, ready.resolve(src.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }
    for (Path leftover : list(ready)) { // files of a run killed while publishing (folders are carried over)
      if (Files.isRegularFile(leftover) && !newNames.contains(leftover.getFileName().toString())) {
        Files.delete(leftover);
      }
    }
    if (Files.isDirectory(live)) {
      for (Path sub : list(live)) {
        if (Files.isDirectory(sub)) { // run_date= partitions inside a table folder written without a run date
          Files.move(sub, ready.resolve(sub.getFileName()));
        }
      }
    }
    Files.createFile(ready.resolve(SUCCESS)); // last, after every part file
    int stale = 0;
    if (Files.isDirectory(live)) {
      stale = (int) list(live).stream().filter(f -> !newNames.contains(f.getFileName().toString())
          && !f.getFileName().toString().equals(SUCCESS)).count();
      Files.createDirectories(previous.getParent());
      Files.move(live, previous, StandardCopyOption.ATOMIC_MOVE);
    } else {
      Files.createDirectories(live.getParent());
    }
    Files.move(ready, live, StandardCopyOption.ATOMIC_MOVE);
    deleteRecursively(previous);
    return stale;
  }

  /**
   * Whether a retried publish finds this table switched already: its written files are gone from staging and
   * no new folder is being assembled. (Object stores: never; replacing file by file is idempotent.)
   */
  static boolean alreadyPublished(String output, String table, @Nullable String runDate, List<ResourceId> written) {
    ResourceId root = FileSystems.matchNewResource(TableLayout.stagingRoot(output, runDate), true);
    if (!isLocal(root) || written.isEmpty()) {
      return false;
    }
    return written.stream().noneMatch(r -> Files.exists(local(r.toString())))
        && !Files.exists(local(root).resolve(READY).resolve(table));
  }

  /**
   * Finishes the folder switch of a process killed in the middle: the old folder is put back when the new one
   * never arrived, and dropped when it did. Does nothing when no switch was interrupted.
   */
  static void recover(Path live, Path previous) throws IOException {
    if (!Files.exists(previous)) {
      return;
    }
    if (Files.exists(live)) {
      deleteRecursively(previous);
    } else {
      Files.createDirectories(live.getParent());
      Files.move(previous, live, StandardCopyOption.ATOMIC_MOVE);
      LOG.warn("Restored {}: a run was killed while it replaced it", live);
    }
  }

  /** {@link #recover} for every table of this output and run date. */
  static void recoverAll(String output, @Nullable String runDate) throws IOException {
    if (output.contains("://") && !output.startsWith("file:")) {
      return; // an object store: nothing is ever moved aside there (and its filesystem may not be set up yet)
    }
    ResourceId root = FileSystems.matchNewResource(TableLayout.stagingRoot(output, runDate), true);
    if (!isLocal(root)) {
      return;
    }
    Path previous = local(root.toString()).resolve(PREVIOUS);
    if (Files.isDirectory(previous)) {
      for (Path table : list(previous)) {
        recover(local(TableLayout.liveDir(output, table.getFileName().toString(), runDate)), table);
      }
    }
  }

  private static int replaceFileByFile(ResourceId live, List<ResourceId> sources, List<ResourceId> targets,
      Set<String> newNames) throws IOException {
    ResourceId marker = live.resolve(SUCCESS, StandardResolveOptions.RESOLVE_FILE);
    FileSystems.delete(List.of(marker), MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
    List<ResourceId> stale = new ArrayList<>();
    for (MatchResult.Metadata m : match(live.toString() + "part-*")) {
      if (!newNames.contains(m.resourceId().getFilename())) {
        stale.add(m.resourceId());
      }
    }
    FileSystems.rename(sources, targets, MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
    FileSystems.delete(stale, MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
    try (OutputStream os = Channels.newOutputStream(FileSystems.create(marker, "text/plain"))) {
      os.flush();
    }
    return stale.size();
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

  private static boolean isLocal(ResourceId dir) {
    return dir.getScheme().equals("file");
  }

  private static Path local(ResourceId dir) {
    return local(dir.toString());
  }

  private static Path local(String path) {
    return path.startsWith("file:") ? Paths.get(java.net.URI.create(path)) : Paths.get(path);
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }

  static void deleteRecursively(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(p)) {
      for (Path f : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.deleteIfExists(f);
      }
    }
  }

  private TablePublisher() {}
}
