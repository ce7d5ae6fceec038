package dev.newsnlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsnlp.launch.Launcher;
import dev.newsnlp.launch.RunSummary;
import dev.newsnlp.options.NlpPipelineOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scheduled runs of the whole job write Hive-style partitions; rerunning a date replaces exactly that
 * partition (same rows, no leftovers, no duplicates) and leaves other dates untouched. The writing composite's
 * partition rules are tested on their own in WriteTablesTest; this shows the launcher's path end to end, with
 * the run's summary kept per date.
 */
class ScheduledRunTest {
  @TempDir Path out;

  private void runFor(String runDate, int shards) {
    NlpPipelineOptions options = PipelineOptionsFactory.fromArgs(
        "--input=" + SampleRuns.SAMPLE_DATA + "/*", "--output=" + out + "/", "--runDate=" + runDate,
        "--numShards=" + shards, "--quotes=false").withValidation().as(NlpPipelineOptions.class);
    RunSummary summary = Launcher.run(options);
    assertTrue(summary.accountingHolds(), summary.format());
  }

  /** Relative path → SHA-256 of the content, for every file under the output. */
  private Map<String, String> listing() throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(out)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        String rel = out.relativize(p).toString();
        if (!rel.endsWith("run_summary.json")) {
          files.put(rel, sha256(Files.readAllBytes(p)));
        }
      }
    }
    return files;
  }

  /** The rows of a partition, sorted (file layout aside). */
  private List<String> rows(String table, String runDate) throws IOException {
    List<String> rows = new ArrayList<>();
    try (Stream<Path> files = Files.list(out.resolve(table).resolve("run_date=" + runDate))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).toList()) {
        rows.addAll(Files.readAllLines(f).stream().filter(l -> !l.isBlank()).toList());
      }
    }
    rows.sort(null);
    return rows;
  }

  @Test
  void rerunReplacesExactlyItsPartition() throws IOException {
    runFor("2025-03-14", 2);
    runFor("2025-03-15", 1);
    Map<String, String> before = listing();
    List<String> docsBefore = rows("documents", "2025-03-14");
    assertTrue(before.containsKey("documents/run_date=2025-03-14/part-00001-of-00002.jsonl"), before.toString());
    assertTrue(before.containsKey("documents/run_date=2025-03-15/_SUCCESS"));
    assertFalse(before.keySet().stream().anyMatch(k -> k.startsWith("_staging")), "staging is cleaned up");

    // Same date again, with fewer shards: the old part-00001 must not survive.
    runFor("2025-03-14", 1);
    Map<String, String> after = listing();
    List<String> partition = after.keySet().stream().filter(k -> k.startsWith("documents/run_date=2025-03-14/")).toList();
    assertEquals(List.of("documents/run_date=2025-03-14/_SUCCESS",
        "documents/run_date=2025-03-14/part-00000-of-00001.jsonl"), partition);
    assertEquals(docsBefore, rows("documents", "2025-03-14"), "same rows, no duplicates");
    after.forEach((path, hash) -> {
      if (path.contains("run_date=2025-03-15")) {
        assertEquals(before.get(path), hash, "other date untouched: " + path);
      }
    });
    assertTrue(Files.exists(out.resolve("_runs/run_date=2025-03-14/run_summary.json")));
    assertTrue(Files.exists(out.resolve("_runs/run_date=2025-03-15/run_summary.json")));
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
