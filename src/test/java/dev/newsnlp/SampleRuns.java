package dev.newsnlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsnlp.launch.Launcher;
import dev.newsnlp.launch.RunSummary;
import dev.newsnlp.model.Tables;
import dev.newsnlp.options.NlpPipelineOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * Runs the real job over sample-data/ once per set of arguments per test JVM, so the test classes that
 * check its tables share one run (CoreNLP's models load once per JVM anyway, but a run still takes time).
 */
public final class SampleRuns {
  public static final Path SAMPLE_DATA = Paths.get("sample-data").toAbsolutePath();
  private static final Path RUNS = Paths.get("target", "test-runs").toAbsolutePath();
  private static final Map<String, Run> CACHE = new ConcurrentHashMap<>();
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A finished run: its output folder and summary. */
  public record Run(Path output, RunSummary summary) {
    public Path table(String name) {
      return output.resolve(name);
    }

    /** All rows of a JSON Lines table. */
    public List<JsonNode> rows(String table) {
      List<JsonNode> rows = new ArrayList<>();
      try (Stream<Path> files = Files.list(table(table))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
          for (String line : Files.readAllLines(f)) {
            if (!line.isBlank()) {
              rows.add(JSON.readTree(line));
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return rows;
    }
  }

  /**
   * Asserts that every table of {@code actual} has exactly the rows of {@code expected}, compared as multisets
   * (file names and row order may differ between runners and runs, the rows may not), and returns the row
   * counts table by table.
   */
  public static String assertSameRows(String expectedName, Run expected, String actualName, Run actual) {
    StringBuilder report = new StringBuilder(String.format("%-16s %10s %10s%n", "table", expectedName, actualName));
    for (Tables.TableDef table : Tables.all()) {
      List<String> a = sortedRows(expected, table.name());
      List<String> b = sortedRows(actual, table.name());
      report.append(String.format("%-16s %10d %10d%n", table.name(), a.size(), b.size()));
      assertEquals(a, b, "rows of " + table.name() + " (" + expectedName + " vs " + actualName + ")\n" + report);
    }
    return report.toString();
  }

  /** MD5 (hex) of every file of every table of a run, by path relative to the output folder, as md5sum prints it. */
  public static Map<String, String> tableChecksums(Run run) {
    Map<String, String> sums = new TreeMap<>();
    try {
      for (Tables.TableDef table : Tables.all()) {
        try (Stream<Path> walk = Files.walk(run.table(table.name()))) {
          for (Path f : walk.filter(Files::isRegularFile).toList()) {
            byte[] digest = MessageDigest.getInstance("MD5").digest(Files.readAllBytes(f));
            sums.put(run.output().relativize(f).toString(), HexFormat.of().formatHex(digest));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    return sums;
  }

  /** Asserts that two runs wrote the same table files, byte for byte; returns the md5sum-style listing. */
  public static String assertSameFiles(String expectedName, Run expected, String actualName, Run actual) {
    Map<String, String> a = tableChecksums(expected);
    Map<String, String> b = tableChecksums(actual);
    StringBuilder listing = new StringBuilder();
    a.forEach((file, sum) -> listing.append(String.format("%s  %s  (%s: %s)%n", sum, file, actualName,
        sum.equals(b.get(file)) ? "same" : b.get(file))));
    assertEquals(a, b, "table files of " + expectedName + " vs " + actualName + "\n" + listing);
    return listing.toString();
  }

  private static List<String> sortedRows(Run run, String table) {
    return run.rows(table).stream().map(JsonNode::toString).sorted().toList();
  }

  /** Runs (once) the job with {@code --input=sample-data/*} and the given extra arguments. */
  public static Run sample(String... extraArgs) {
    List<String> args = new ArrayList<>(List.of("--input=" + SAMPLE_DATA + "/*"));
    args.addAll(Arrays.asList(extraArgs));
    return run(args.toArray(new String[0]));
  }

  /** Runs (once per argument list) the job; {@code --output} is added, under target/test-runs/. */
  public static synchronized Run run(String... args) {
    String key = String.join(" ", args);
    Run cached = CACHE.get(key);
    if (cached != null) {
      return cached;
    }
    Path out = RUNS.resolve("run-" + Integer.toHexString(key.hashCode()));
    deleteRecursively(out);
    List<String> all = new ArrayList<>(Arrays.asList(args));
    all.add("--output=" + out + "/");
    NlpPipelineOptions options =
        PipelineOptionsFactory.fromArgs(all.toArray(new String[0])).withValidation().as(NlpPipelineOptions.class);
    Run run = new Run(out, Launcher.run(options));
    CACHE.put(key, run);
    return run;
  }

  public static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private SampleRuns() {}
}
