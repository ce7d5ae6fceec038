package dev.newsnlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsnlp.options.NlpPipelineOptions;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.beam.sdk.options.Description;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, as a user runs it: `java -jar target/newsnlp.jar ...`. */
class RunnableJarIT {
  private static final Path JAR = Paths.get("target", "newsnlp.jar").toAbsolutePath();

  record Result(int exit, String stdout, String stderr) {}

  private static Result java(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(
        Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g", "-jar", JAR.toString()));
    cmd.addAll(List.of(args));
    Path out = Files.createTempFile("jar-out", ".txt");
    Path err = Files.createTempFile("jar-err", ".txt");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(p.waitFor(10, TimeUnit.MINUTES), "jar did not finish");
    return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void theJarHoldsTheProductNotTheTools() throws IOException {
    // Benchmarks, evaluation drivers and generators live in src/tools/java and compile with the tests.
    try (JarFile jar = new JarFile(JAR.toFile())) {
      List<String> classes = jar.stream().map(JarEntry::getName).filter(n -> n.endsWith(".class")).toList();
      assertTrue(classes.contains("dev/newsnlp/NewsNlpPipeline.class"), "the launcher is missing");
      List<String> tools = classes.stream().filter(n -> n.startsWith("dev/newsnlp/tools/")).toList();
      assertEquals(List.of(), tools, "tools in the product jar");
    }
  }

  @Test
  void helpListsEveryOptionWithItsDescription() throws Exception {
    Result r = java("--help");
    assertEquals(0, r.exit(), r.stderr());
    for (Method m : NlpPipelineOptions.class.getDeclaredMethods()) {
      if (m.isAnnotationPresent(Description.class)) {
        String name = m.getName().replaceFirst("^(get|is)", "");
        String flag = "--" + Character.toLowerCase(name.charAt(0)) + name.substring(1);
        assertTrue(r.stdout().contains(flag), "--help lacks " + flag);
        String firstWords = m.getAnnotation(Description.class).value().split("[.:(]")[0];
        assertTrue(r.stdout().replaceAll("\\s+", " ").contains(firstWords.replaceAll("\\s+", " ")),
            "--help lacks the description of " + flag);
      }
    }
  }

  @Test
  void userErrorsAreOneClearLineBeforeAnyWork(@TempDir Path tmp) throws Exception {
    Result missing = java("--input=" + tmp.resolve("nothing-here") + "/*.txt", "--output=" + tmp.resolve("o"));
    assertEquals(2, missing.exit());
    assertTrue(missing.stderr().startsWith("newsnlp: --input matches no file"), missing.stderr());

    Result unknown = java("--input=sample-data/*", "--output=" + tmp.resolve("o"), "--qoutes=false");
    assertEquals(2, unknown.exit());
    assertTrue(unknown.stderr().startsWith("newsnlp: "), unknown.stderr());
    assertTrue(unknown.stderr().contains("qoutes"), unknown.stderr());

    Result badValue = java("--input=sample-data/*", "--output=" + tmp.resolve("o"), "--format=csv");
    assertEquals(2, badValue.exit());
    assertTrue(badValue.stderr().contains("csv"), badValue.stderr());

    Result badDate = java("--input=sample-data/*", "--output=" + tmp.resolve("o"), "--runDate=23/11/2026");
    assertEquals(2, badDate.exit());
    assertTrue(badDate.stderr().contains("--runDate must be YYYY-MM-DD"), badDate.stderr());

    Path readOnly = Files.createDirectory(tmp.resolve("ro"));
    assertTrue(readOnly.toFile().setWritable(false));
    if (!Files.isWritable(readOnly)) { // root can write anywhere; the check is meaningful only for others
      Result notWritable = java("--input=sample-data/*", "--output=" + readOnly.resolve("sub"));
      assertEquals(2, notWritable.exit());
      assertTrue(notWritable.stderr().contains("--output is not writable"), notWritable.stderr());
    }
  }

  @Test
  void runsTheJobOnSampleData(@TempDir Path tmp) throws Exception {
    Result r = java("--input=sample-data/*", "--output=" + tmp + "/", "--quotes=false");
    assertEquals(0, r.exit(), r.stderr());
    assertTrue(r.stdout().contains("accounting       pages read = kept + dropped + failed"), r.stdout());
    // One clock: the header's total is from this JVM's start, and the time line's parts add up to it.
    Matcher header = Pattern.compile("(?m)^newsnlp run DONE in ([0-9.]+) s from JVM start$").matcher(r.stdout());
    assertTrue(header.find(), r.stdout());
    Matcher time = Pattern.compile("(?m)^  time +([0-9.]+) s = ([0-9.]+) s start \\(JVM, options, job graph\\) \\+ ([0-9.]+) s "
        + "to the first annotated page \\+ ([0-9.]+) s annotating \\+ ([0-9.]+) s to the tables written$").matcher(r.stdout());
    assertTrue(time.find(), r.stdout());
    assertEquals(header.group(1), time.group(1));
    long partsInTenths = 0;
    for (int i = 2; i <= 5; i++) {
      partsInTenths += Math.round(Double.parseDouble(time.group(i)) * 10);
    }
    assertEquals(Math.round(Double.parseDouble(time.group(1)) * 10), partsInTenths, r.stdout());
    for (String table : List.of("documents", "entity_mentions", "speaker_quotes", "failures")) {
      try (var files = Files.list(tmp.resolve(table))) {
        assertTrue(files.anyMatch(f -> f.getFileName().toString().endsWith(".jsonl")), table);
      }
    }
  }
}
