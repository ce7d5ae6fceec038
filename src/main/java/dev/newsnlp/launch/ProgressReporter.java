package dev.newsnlp.launch;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs progress of a running job at a steady interval: pages done out of pages read so far, the rate, and
 * the time left at that rate. It polls the runner's live metrics, which the direct runner updates as
 * bundles complete (cluster runners show their own progress in their UIs).
 */
final class ProgressReporter implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ProgressReporter.class);

  private final PipelineResult result;
  private final long startNanos = System.nanoTime();
  private final ScheduledExecutorService timer;
  private long lastDone = -1;
  /** When pages were first seen done, and how many: the rate is measured from there (see {@link #line}). */
  private long firstDoneNanos = -1;
  private long firstDone;

  private ProgressReporter(PipelineResult result, Duration interval) {
    this.result = result;
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "newsnlp-progress");
      t.setDaemon(true);
      return t;
    });
    timer.scheduleAtFixedRate(this::report, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  static ProgressReporter start(PipelineResult result, Duration interval) {
    return new ProgressReporter(result, interval);
  }

  private void report() {
    try {
      MetricQueryResults m = result.metrics().queryMetrics(MetricsFilter.builder().build());
      long read = sum(m, "pagesRead");
      long done = sum(m, "documentsKept") + sum(m, "documentsDropped") + sum(m, "documentsFailed")
          + sum(m, "pagesFailed") + sum(m, "cleanPagesFailed");
      if (done == lastDone && done > 0) {
        return; // nothing new to say (e.g. while tables are written)
      }
      lastDone = done;
      long now = System.nanoTime();
      if (firstDoneNanos < 0 && done > 0) {
        firstDoneNanos = now;
        firstDone = done;
      }
      double sinceFirst = firstDoneNanos < 0 ? 0 : (now - firstDoneNanos) / 1e9;
      LOG.info(line(read, done, (now - startNanos) / 1e9, done - firstDone, sinceFirst));
    } catch (RuntimeException e) {
      // Metrics are best effort while running; the final summary is authoritative.
    }
  }

  /**
   * "progress: 120/450 pages done (2.1 pages/s, 1m10s elapsed), about 2m37s left". The rate counts the pages
   * done since pages were first seen done ({@code doneSinceFirst} in {@code secondsSinceFirst}): the start
   * of a run is model loading, and a rate over it promised an hour for a two-minute run.
   */
  static String line(long read, long done, double seconds, long doneSinceFirst, double secondsSinceFirst) {
    double rate = secondsSinceFirst > 0 ? doneSinceFirst / secondsSinceFirst : 0;
    String left = rate > 0 && read > done ? ", about " + human((long) ((read - done) / rate)) + " left" : "";
    return String.format("progress: %,d/%,d pages done (%.2f pages/s, %s elapsed)%s",
        done, read, rate, human((long) seconds), left);
  }

  private static String human(long seconds) {
    if (seconds >= 3600) {
      return String.format("%dh%02dm", seconds / 3600, (seconds % 3600) / 60);
    }
    return seconds >= 60 ? String.format("%dm%02ds", seconds / 60, seconds % 60) : seconds + "s";
  }

  private static long sum(MetricQueryResults m, String name) {
    long total = 0;
    for (MetricResult<Long> c : m.getCounters()) {
      if (c.getName().getName().equals(name) && c.getAttempted() != null) {
        total += c.getAttempted();
      }
    }
    return total;
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
