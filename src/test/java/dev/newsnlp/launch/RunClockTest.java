package dev.newsnlp.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The summary's one clock: arithmetic and wording on fixed timestamps (nothing here is timed). */
class RunClockTest {
  // epoch milliseconds of an imaginary run whose JVM started at T
  private static final long T = 1_765_000_000_000L;

  /** JVM start, graph handed to the runner at 2.44 s, models ready at 5.2 s, pages 8.31–16.2 s, tables at 16.93 s. */
  private static RunClock annotatedRun() {
    return RunClock.of(true, T, T + 2_440, T + 16_500, T + 16_930, T + 8_310, T + 16_200, T + 2_200, T + 5_200);
  }

  @Test
  void thePartsAddUpToTheTotalFromJvmStart() {
    RunClock clock = annotatedRun();
    assertEquals(16_930, clock.totalMillis());
    assertEquals(16.9, clock.totalSeconds());
    Map<String, Double> parts = clock.parts();
    assertEquals(List.of("start", "to_first_page", "annotating", "to_tables_written"), List.copyOf(parts.keySet()));
    // boundaries rounded to tenths first (2.4, 8.3, 16.2, 16.9), so the printed parts add up to the printed total
    assertEquals(2.4, parts.get("start"));
    assertEquals(5.9, parts.get("to_first_page"), 1e-9);
    assertEquals(7.9, parts.get("annotating"), 1e-9);
    assertEquals(0.7, parts.get("to_tables_written"), 1e-9);
    assertEquals(169, Math.round(parts.values().stream().mapToDouble(Double::doubleValue).sum() * 10));
    assertEquals(5.2, clock.modelsReadySeconds());
  }

  @Test
  void theSummaryPrintsOneTotalAndItsParts() {
    RunClock clock = annotatedRun();
    assertEquals("newsnlp run DONE in 16.9 s from JVM start\n", clock.header("DONE").replace(System.lineSeparator(), "\n"));
    assertEquals("  time             16.9 s = 2.4 s start (JVM, options, job graph) + 5.9 s to the first annotated page"
            + " + 7.9 s annotating + 0.7 s to the tables written\n"
            + "  models ready     5.2 s after JVM start (3.0 s of loading, in the background)\n",
        clock.format().replace(System.lineSeparator(), "\n"));

    RunSummary summary = RunSummary.of(Map.of("pagesRead", 3L, "documentsKept", 3L, "tokens", 16_930L), "DONE", clock);
    String text = summary.format();
    assertTrue(text.startsWith("newsnlp run DONE in 16.9 s from JVM start"), text);
    assertTrue(text.contains("  time             16.9 s = 2.4 s start"), text);
    assertEquals(1, text.split(" s from JVM start", -1).length - 1, "one total from JVM start: " + text);
    assertFalse(text.contains("fixed cost"), text);
    // rates are per second of the same total
    assertTrue(text.contains("(1000 tokens/s, 0.18 docs/s)"), text);
    assertEquals(16.93, summary.wallSeconds());
    @SuppressWarnings("unchecked")
    Map<String, Object> time = (Map<String, Object>) summary.toJsonMap().get("time");
    assertEquals("jvm_start", time.get("from"));
    assertEquals(16.9, time.get("total_seconds"));
    assertEquals(clock.parts(), time.get("parts_seconds"));
    assertEquals(5.2, time.get("models_ready_seconds"));
    assertEquals(3.0, time.get("models_loading_seconds"));
  }

  @Test
  void withoutAnnotatedPagesThePartsAreStartJobAndTables() {
    // a cluster runner (workers elsewhere) or a run that kept nothing: no page times, no background models
    RunClock clock = RunClock.of(true, T, T + 3_000, T + 40_000, T + 41_260, 0, 0, 0, 0);
    assertEquals(Map.of("start", 3.0, "job", 37.0, "tables_written", 1.3), clock.parts());
    assertEquals(-1, clock.modelsReadySeconds());
    assertEquals("  time             41.3 s = 3.0 s start (JVM, options, job graph) + 37.0 s job + 1.3 s tables written\n",
        clock.format().replace(System.lineSeparator(), "\n"));
    assertFalse(RunSummary.of(Map.of(), "DONE", clock).toJsonMap().toString().contains("models_ready"));
  }

  @Test
  void aLaterRunInTheSameJvmCountsFromItsOwnStart() {
    long runStart = T + 600_000;
    RunClock clock = RunClock.of(false, runStart, runStart + 500, runStart + 9_000, runStart + 9_400,
        runStart + 4_000, runStart + 8_800, 0, 0);
    assertEquals("newsnlp run DONE in 9.4 s from run start\n", clock.header("DONE").replace(System.lineSeparator(), "\n"));
    assertTrue(clock.format().contains("0.5 s start (options, job graph)"), clock.format());
    assertEquals("run_start", clock.toJsonMap().get("from"));
  }

  @Test
  void pageTimesOutsideTheJobAreClampedToIt() {
    // a first page stamped before the runner started (clock skew between threads) counts from the job's start
    RunClock clock = RunClock.of(true, T, T + 2_000, T + 10_000, T + 10_000, T + 1_900, T + 9_000, 0, 0);
    assertEquals(0.0, clock.parts().get("to_first_page"));
    assertEquals(10.0, clock.parts().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
  }
}
