package dev.newsnlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The job on a Flink session cluster of separate JVMs ({@code pipelines/flink/local-cluster.sh}: a JobManager
 * and two TaskManagers with two slots and their own heaps), submitted through the REST endpoint as a scheduled
 * run is, with the Flink bundle {@code target/newsnlp-flink.jar} staged and loaded by Flink's user-code class
 * loader. Input: {@code sample-data/} plus a few hundred generated pages; NER only, parallelism 4. Every table
 * must hold exactly the direct runner's rows, and its files (same {@code --numShards}) the same bytes, also
 * when a TaskManager is killed while the job is annotating.
 */
class FlinkClusterIT {
  private static final Path WORK = Paths.get("target", "flink-cluster-it").toAbsolutePath();
  private static final Path BUNDLE = Paths.get("target", "newsnlp-flink.jar").toAbsolutePath();
  private static final int GENERATED_PAGES = 300;
  private static final Pattern BUILT =
      Pattern.compile("Built CoreNLP pipeline #\\d+ \\[([^\\]]*)\\] in \\d+ ms; JVM pid (\\d+) has built");
  /** The G1 log's "Pause Young (Normal) (G1 Evacuation Pause) 310M->209M(1874M)": heap after the pause. */
  private static final Pattern GC_PAUSE = Pattern.compile("Pause .* \\d+M->(\\d+)M\\((\\d+)M\\)");

  private static Path corpus;
  private static SampleRuns.Run direct;

  @BeforeAll
  static void corpusAndDirectRun() throws IOException {
    assertTrue(Files.isRegularFile(BUNDLE),
        BUNDLE + " is missing: `mvn verify` builds it before the integration tests (default or flink-runner profile)");
    corpus = WORK.resolve("corpus");
    SampleRuns.deleteRecursively(corpus);
    NewsCorpus.write(corpus, GENERATED_PAGES);
    try (Stream<Path> samples = Files.list(SampleRuns.SAMPLE_DATA)) {
      for (Path f : samples.toList()) {
        Files.copy(f, corpus.resolve(f.getFileName()));
      }
    }
    direct = SampleRuns.run(jobArgs().toArray(new String[0]));
  }

  private static List<String> jobArgs(String... extra) {
    // Same --numShards on both runners: the files must then be byte-identical, not only hold the same rows.
    List<String> args = new ArrayList<>(List.of("--input=" + corpus + "/*", "--format=jsonl", "--quotes=false",
        "--numShards=2"));
    args.addAll(List.of(extra));
    return args;
  }

  private static String[] clusterArgs(LocalFlinkCluster cluster) {
    return jobArgs("--runner=FlinkRunner", "--flinkMaster=" + cluster.master(), "--parallelism=4",
        "--filesToStage=" + BUNDLE).toArray(new String[0]);
  }

  @Test
  void clusterOfSeparateJvmsWritesTheDirectRunnersRows() throws Exception {
    try (LocalFlinkCluster cluster = LocalFlinkCluster.start(WORK.resolve("cluster"))) {
      long t0 = System.nanoTime();
      SampleRuns.Run run = SampleRuns.run(clusterArgs(cluster));
      System.out.printf("cluster run: %.1f s%n", (System.nanoTime() - t0) / 1e9);
      System.out.print(SampleRuns.assertSameRows("direct", direct, "cluster", run));
      System.out.print(SampleRuns.assertSameFiles("direct", direct, "cluster", run));
      assertTrue(run.summary().accountingHolds(), run.summary().format());
      assertEquals(direct.summary().counter("pagesRead"), run.summary().counter("pagesRead"),
          "the workers' metrics reach the launcher's summary");
      assertTrue(direct.summary().counter("pagesRead") > GENERATED_PAGES, direct.summary().format());
      assertPublishedCompletely(run);
      assertOneBuildPerTaskManager(cluster, 2);
      reportHeap(cluster);
    }
  }

  @Test
  void killedTaskManagerLosesNoRowAndDoublesNone() throws Exception {
    try (LocalFlinkCluster cluster = LocalFlinkCluster.start(WORK.resolve("cluster-killed"))) {
      CompletableFuture<SampleRuns.Run> job = CompletableFuture.supplyAsync(() -> SampleRuns.run(clusterArgs(cluster)));
      // Annotate's tasks load the models in their setup and annotate right after: a kill as soon as
      // TaskManager 1 has loaded them lands in the few seconds its slots spend annotating.
      LocalFlinkCluster.await("TaskManager 1 to load the models", Duration.ofMinutes(10),
          () -> job.isDone() || BUILT.matcher(LocalFlinkCluster.read(cluster.log("taskmanager-1"))).find());
      assertFalse(job.isDone(), "the job ended before a worker could be killed");
      JsonNode annotate = annotateVertex(cluster);
      System.out.print(cluster.killTaskManager(1));
      System.out.println("  while Annotate was " + annotate.path("status").asText() + ", its subtasks "
          + annotate.path("tasks"));
      assertEquals("RUNNING", annotate.path("status").asText(), "Annotate was not running at the kill");
      System.out.print(cluster.addTaskManager());
      SampleRuns.Run run = job.get(15, TimeUnit.MINUTES);
      String jobManagerLog = LocalFlinkCluster.read(cluster.log("jobmanager"));
      assertTrue(jobManagerLog.contains("switched from state RUNNING to RESTARTING"),
          "the job was restarted after the loss");
      System.out.print(SampleRuns.assertSameRows("direct", direct, "killed", run));
      System.out.print(SampleRuns.assertSameFiles("direct", direct, "killed", run));
      assertTrue(run.summary().accountingHolds(), run.summary().format());
      assertEquals(direct.summary().counter("mentions"), run.summary().counter("mentions"),
          "the counters of the failed attempts are not added to the final ones");
      assertPublishedCompletely(run);
      // The killed JVM built its pipeline before it died; the survivor and the replacement build one each.
      assertOneBuildPerTaskManager(cluster, 3);
    }
  }

  /** The REST API's view of the job vertex that runs CoreNLP (status, subtasks per state). */
  private static JsonNode annotateVertex(LocalFlinkCluster cluster) throws IOException, InterruptedException {
    for (JsonNode job : cluster.rest("/jobs/overview").path("jobs")) {
      if (job.path("state").asText().equals("RUNNING")) {
        for (JsonNode v : cluster.rest("/jobs/" + job.path("jid").asText()).path("vertices")) {
          // Flink names a vertex after its chain of operators; later steps may be chained after CoreNLP's
          if (v.path("name").asText().contains("FlatMap at Annotate/RunCoreNlp")) {
            return v;
          }
        }
      }
    }
    throw new AssertionError("no running job with an Annotate/RunCoreNlp vertex");
  }

  /**
   * Each table folder holds only finished part files and a _SUCCESS marker written after the last of them;
   * no staging or temporary folder is left.
   */
  private static void assertPublishedCompletely(SampleRuns.Run run) throws IOException {
    assertFalse(Files.exists(run.output().resolve("_staging")), "staging left in " + run.output());
    for (String table : List.of("documents", "entity_mentions", "entities", "speaker_quotes", "failures")) {
      Path dir = run.table(table);
      List<Path> files;
      try (Stream<Path> s = Files.list(dir)) {
        files = s.toList();
      }
      Path success = dir.resolve("_SUCCESS");
      assertTrue(Files.exists(success), "no _SUCCESS in " + dir);
      for (Path f : files) {
        String name = f.getFileName().toString();
        if (!name.equals("_SUCCESS")) {
          assertTrue(name.matches("part-\\d{5}-of-\\d{5}\\.jsonl") && Files.isRegularFile(f), "not a part file: " + f);
          assertFalse(Files.getLastModifiedTime(f).compareTo(Files.getLastModifiedTime(success)) > 0,
              f + " was written after _SUCCESS");
        }
      }
    }
  }

  /** Every TaskManager that ran the job logged exactly one pipeline build per configuration, from its own pid. */
  private static void assertOneBuildPerTaskManager(LocalFlinkCluster cluster, int taskManagers) throws IOException {
    Map<String, Integer> pids = new HashMap<>();
    StringBuilder report = new StringBuilder();
    for (Path log : cluster.taskManagerLogs()) {
      Map<String, Integer> builds = new HashMap<>();
      Matcher m = BUILT.matcher(LocalFlinkCluster.read(log));
      while (m.find()) {
        builds.merge(m.group(1), 1, Integer::sum);
        pids.merge(m.group(2), 1, Integer::sum);
      }
      report.append(String.format("  %-18s %s%n", log.getFileName(), builds));
      for (Map.Entry<String, Integer> b : builds.entrySet()) {
        assertEquals(1, b.getValue(), log + " built [" + b.getKey() + "] " + b.getValue() + " times");
      }
    }
    System.out.print("CoreNLP pipelines built per TaskManager JVM:\n" + report);
    assertEquals(taskManagers, pids.size(), "TaskManager JVMs that built a pipeline:\n" + report);
  }

  /** The TaskManagers' heap from their GC logs: the largest heap left after a collection, and the heap size. */
  private static void reportHeap(LocalFlinkCluster cluster) throws IOException {
    for (Path log : cluster.taskManagerLogs()) {
      Path gc = log.resolveSibling(log.getFileName().toString().replace(".log", "-gc.log"));
      long maxAfter = 0;
      long heap = 0;
      Matcher m = GC_PAUSE.matcher(LocalFlinkCluster.read(gc));
      while (m.find()) {
        maxAfter = Math.max(maxAfter, Long.parseLong(m.group(1)));
        heap = Math.max(heap, Long.parseLong(m.group(2)));
      }
      System.out.printf("%s: heap after GC at most %d MB (of %d MB committed), %d MB per slot%n",
          log.getFileName(), maxAfter, heap, maxAfter / 2);
      assertTrue(maxAfter > 0, "no GC pause logged in " + gc);
      // NER models (~130 MB, once per JVM) + the deployed job + two slots annotating: ~200 MB measured.
      assertTrue(maxAfter < 1024, log.getFileName() + " kept " + maxAfter + " MB after GC: models loaded per slot?");
    }
  }
}
