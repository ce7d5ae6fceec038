package dev.newsnlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsnlp.model.Tables;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The direct runner's job, as a separate process ({@code java -jar target/newsnlp.jar}), killed with SIGKILL
 * while it writes a date that an earlier run published: every table's partition must still hold exactly the
 * earlier run's files (never a mix, never a partial file), and a rerun must complete the date with exactly
 * the files of a run that was never interrupted, _SUCCESS last.
 *
 * <p>The input is cheap on purpose (no page for CoreNLP: empty pages, which are dropped, and records without
 * text, which are failures), and large enough that writing the tables takes seconds: the kill comes as soon as
 * the first part file appears in the staging folder, that is once the pipeline has finished and the launcher
 * is writing the files it will publish.
 */
class KilledWriteIT {
  private static final Path JAR = Paths.get("target", "newsnlp.jar").toAbsolutePath();
  private static final String DATE = "2026-02-03";
  private static final int RECORDS = 60_000;

  @TempDir Path tmp;

  /** A JSON Lines dump: {@code RECORDS} empty pages and as many records without text, ids prefixed by {@code version}. */
  private static void writeDump(Path dir, String version) throws IOException {
    Files.createDirectories(dir);
    try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("dump.jsonl"), StandardCharsets.UTF_8)) {
      for (int i = 0; i < RECORDS; i++) {
        w.write("{\"id\":\"" + version + "-page-" + i + "\",\"text\":\"\"}\n");
        w.write("{\"id\":\"" + version + "-record-" + i + "\",\"url\":\"https://example.org/" + i + "\"}\n");
      }
    }
  }

  private static Process start(Path input, Path output, int shards, Path log) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(
        Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-jar", JAR.toString(),
        "--input=" + input + "/*", "--output=" + output + "/", "--runDate=" + DATE, "--quotes=false",
        "--numShards=" + shards));
    return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  private static void runToEnd(Path input, Path output, int shards, Path log) throws Exception {
    Process p = start(input, output, shards, log);
    assertTrue(p.waitFor(10, TimeUnit.MINUTES), "the job did not finish");
    assertEquals(0, p.exitValue(), Files.readString(log));
  }

  /** Every file of the date's partitions, path → MD5; with _SUCCESS checked to be each folder's last file. */
  private static Map<String, String> partitions(Path output) throws Exception {
    Map<String, String> files = new TreeMap<>();
    for (Tables.TableDef table : Tables.all()) {
      Path dir = output.resolve(table.name()).resolve("run_date=" + DATE);
      if (!Files.isDirectory(dir)) {
        files.put(table.name() + "/", "missing");
        continue;
      }
      try (Stream<Path> s = Files.list(dir)) {
        for (Path f : s.sorted().toList()) {
          files.put(output.relativize(f).toString(),
              HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(Files.readAllBytes(f))));
        }
      }
    }
    return files;
  }

  private static List<Path> stagedPartFiles(Path output) throws IOException {
    Path staging = output.resolve("_staging");
    if (!Files.isDirectory(staging)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(staging)) {
      return walk.filter(p -> p.getFileName().toString().startsWith("part-")).toList();
    } catch (java.io.UncheckedIOException e) {
      return List.of(); // a folder vanished while we walked
    }
  }

  @Test
  void killedWhileWritingLeavesTheEarlierPartitionWholeAndARerunCompletesIt() throws Exception {
    assertTrue(Files.isRegularFile(JAR), JAR + " is missing: `mvn verify` packages it before the integration tests");
    Path before = tmp.resolve("input-1");
    Path after = tmp.resolve("input-2");
    writeDump(before, "v1");
    writeDump(after, "v2");
    Path out = tmp.resolve("out");

    runToEnd(before, out, 2, tmp.resolve("run-1.log"));
    Map<String, String> published = partitions(out);
    assertTrue(published.containsKey("failures/run_date=" + DATE + "/part-00001-of-00002.jsonl"), published.toString());

    // The same date again, with other input and shard count, killed once its first table file is being written.
    Process p = start(after, out, 3, tmp.resolve("run-2.log"));
    long t0 = System.nanoTime();
    List<Path> staged = List.of();
    while (p.isAlive() && (staged = stagedPartFiles(out)).isEmpty()) {
      Thread.sleep(5);
    }
    assertTrue(p.isAlive(), "the job ended before it could be killed:\n" + Files.readString(tmp.resolve("run-2.log")));
    p.destroyForcibly(); // SIGKILL
    assertTrue(p.waitFor(1, TimeUnit.MINUTES));
    System.out.printf("killed after %.1f s, with %s in staging (exit %d)%n", (System.nanoTime() - t0) / 1e9,
        staged.stream().map(f -> out.relativize(f).toString()).toList(), p.exitValue());
    assertEquals(137, p.exitValue(), "killed by SIGKILL");
    assertEquals(published, partitions(out), "after the kill, every partition is the earlier run's, whole");
    assertFalse(stagedPartFiles(out).isEmpty(), "the kill came before the switch: this run's files were still staged");

    // The rerun completes the date: exactly the files of a run that was never interrupted.
    runToEnd(after, out, 3, tmp.resolve("run-3.log"));
    Path clean = tmp.resolve("clean");
    runToEnd(after, clean, 3, tmp.resolve("run-clean.log"));
    Map<String, String> completed = partitions(out);
    Map<String, String> uninterrupted = new TreeMap<>();
    partitions(clean).forEach((k, v) -> uninterrupted.put(k, v));
    assertEquals(uninterrupted, completed);
    assertNotEquals(published, completed);
    assertTrue(completed.containsKey("failures/run_date=" + DATE + "/part-00002-of-00003.jsonl"), completed.toString());
    assertFalse(Files.exists(out.resolve("_staging")), "staging is removed after the rerun");
    for (Tables.TableDef table : Tables.all()) {
      Path dir = out.resolve(table.name()).resolve("run_date=" + DATE);
      long success = Files.getLastModifiedTime(dir.resolve("_SUCCESS")).toMillis();
      try (Stream<Path> s = Files.list(dir)) {
        for (Path f : s.toList()) {
          assertTrue(Files.getLastModifiedTime(f).toMillis() <= success, f + " is newer than _SUCCESS");
        }
      }
    }
  }
}
