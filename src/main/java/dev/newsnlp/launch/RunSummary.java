package dev.newsnlp.launch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.metrics.DistributionResult;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;

/**
 * The end-of-run numbers: every counter and distribution the stages reported, read from the runner's
 * metrics (attempted values, which every runner supports), printed as a summary and saved as JSON.
 */
public final class RunSummary {
  /** Counter name (without namespace) → value; names are unique across our stages. */
  private final Map<String, Long> counters;

  private final Map<String, DistributionResult> distributions;
  private final long wallMillis;
  private final String state;
  /** What the run was configured with that its rows depend on (e.g. the cleaner's model version). */
  private final Map<String, String> settings = new LinkedHashMap<>();
  /** The run's clock when the launcher waited for the job: the total from JVM start and its parts. */
  private RunClock clock;

  private RunSummary(
      Map<String, Long> counters, Map<String, DistributionResult> distributions, long wallMillis, String state) {
    this.counters = counters;
    this.distributions = distributions;
    this.wallMillis = wallMillis;
    this.state = state;
  }

  public static RunSummary of(PipelineResult result, long wallMillis) {
    MetricQueryResults metrics = result.metrics().queryMetrics(MetricsFilter.builder().build());
    Map<String, Long> counters = new TreeMap<>();
    for (MetricResult<Long> c : metrics.getCounters()) {
      counters.merge(c.getName().getName(), attempted(c), Long::sum);
    }
    Map<String, DistributionResult> distributions = new TreeMap<>();
    for (MetricResult<DistributionResult> d : metrics.getDistributions()) {
      DistributionResult v = d.getAttempted();
      if (v != null) {
        distributions.merge(d.getName().getName(), v,
            (a, b) -> DistributionResult.create(a.getSum() + b.getSum(), a.getCount() + b.getCount(),
                Math.min(a.getMin(), b.getMin()), Math.max(a.getMax(), b.getMax())));
      }
    }
    return new RunSummary(counters, distributions, wallMillis, String.valueOf(result.getState()));
  }

  /** Records a setting in the summary and its JSON; returns this summary. */
  public RunSummary withSetting(String name, String value) {
    settings.put(name, value);
    return this;
  }

  /** The summary of a run the launcher waited for: its wall time is the clock's total, from JVM start. */
  static RunSummary of(PipelineResult result, RunClock clock) {
    RunSummary summary = of(result, clock.totalMillis());
    summary.clock = clock;
    return summary;
  }

  /** A summary of the given counters on the given clock (no distributions). */
  static RunSummary of(Map<String, Long> counters, String state, RunClock clock) {
    RunSummary summary = new RunSummary(new TreeMap<>(counters), new TreeMap<>(), clock.totalMillis(), state);
    summary.clock = clock;
    return summary;
  }

  private static long attempted(MetricResult<Long> c) {
    Long v = c.getAttempted();
    return v == null ? 0 : v;
  }

  public long counter(String name) {
    return counters.getOrDefault(name, 0L);
  }

  /** The run's wall time: from JVM start (the first run of a JVM) to the tables written, when the launcher waited. */
  public double wallSeconds() {
    return wallMillis / 1000.0;
  }

  /**
   * Seconds spent inside each stage, summed over threads: reading and parsing files, cleaning pages,
   * CoreNLP. (Writing is not timed per element; it is the rest of the wall time.)
   */
  public Map<String, Double> stageSeconds() {
    Map<String, Double> stages = new LinkedHashMap<>();
    stages.put("read", counter("readMillis") / 1000.0);
    stages.put("clean", distributionSum("cleanMicrosPerPage") / 1_000_000.0);
    stages.put("annotate (CoreNLP)", distributionSum("annotateMillisPerDoc") / 1000.0);
    stages.values().removeIf(v -> v == 0);
    return stages;
  }

  private long distributionSum(String name) {
    DistributionResult d = distributions.get(name);
    return d == null ? 0 : d.getSum();
  }

  public Map<String, Long> counters() {
    return counters;
  }

  /** Pages that failed at any stage: unreadable records, cleaner crashes, CoreNLP failures. */
  public long failedPages() {
    return counter("pagesFailed") + counter("cleanPagesFailed") + counter("documentsFailed");
  }

  /** Pages read = kept + dropped + failed (+ seen before, with --skipSeen): the accounting every run must close. */
  public boolean accountingHolds() {
    return counter("pagesRead") == counter("documentsKept") + counter("documentsDropped") + failedPages()
        + counter("documentsSeenBefore");
  }

  /** Dropped pages by reason code, from the "dropped_<code>" counters. */
  public Map<String, Long> droppedByReason() {
    Map<String, Long> out = new TreeMap<>();
    counters.forEach((k, v) -> {
      if (k.startsWith("dropped_") && v > 0) {
        out.put(k.substring("dropped_".length()), v);
      }
    });
    return out;
  }

  public String format() {
    long failed = failedPages();
    StringBuilder s = new StringBuilder();
    if (clock == null) {
      s.append(String.format("newsnlp run %s in %.1f s%n", state, wallMillis / 1000.0));
    } else {
      s.append(clock.header(state)).append(clock.format());
    }
    settings.forEach((k, v) -> s.append(String.format("  %-16s %s%n", k, v)));
    s.append(String.format("  files            %,d read, %,d failed%n", counter("filesRead"), counter("filesFailed")));
    s.append(String.format("  pages read       %,d%n", counter("pagesRead")));
    s.append(String.format("    kept           %,d%n", counter("documentsKept")));
    s.append(String.format("    dropped        %,d%s%n", counter("documentsDropped"),
        droppedByReason().isEmpty() ? "" : "  " + droppedByReason()));
    s.append(String.format("    failed         %,d  (read %,d, clean %,d, annotate %,d)%n", failed,
        counter("pagesFailed"), counter("cleanPagesFailed"), counter("documentsFailed")));
    if (counter("documentsSeenBefore") > 0) {
      s.append(String.format("    seen before    %,d  (--skipSeen: annotated by an earlier run, no CoreNLP time)%n",
          counter("documentsSeenBefore")));
    }
    s.append(String.format("  accounting       %s%n", accountingHolds()
        ? "pages read = kept + dropped + failed" : "MISMATCH: pages read != kept + dropped + failed"));
    if (counter("pagesTruncated") + counter("documentsTruncated") > 0) {
      s.append(String.format("  truncated        %,d page(s) read up to --maxPageBytes, %,d article(s) annotated up to "
          + "--maxAnnotateChars%n", counter("pagesTruncated"), counter("documentsTruncated")));
    }
    s.append(String.format("  entity mentions  %,d%n", counter("mentions")));
    s.append(String.format("  quotes           %,d (%,d with a speaker)%n", counter("quotes"), counter("quotesWithSpeaker")));
    s.append(String.format("  tokens           %,d", counter("tokens")));
    if (wallMillis > 0) {
      s.append(String.format("  (%.0f tokens/s, %.2f docs/s)", counter("tokens") * 1000.0 / wallMillis,
          counter("documentsKept") * 1000.0 / wallMillis));
    }
    s.append(System.lineSeparator());
    return s.toString();
  }

  public Map<String, Object> toJsonMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("state", state);
    m.put("wall_seconds", wallMillis / 1000.0);
    if (clock != null) {
      m.put("time", clock.toJsonMap());
    }
    m.put("settings", settings);
    m.put("files_read", counter("filesRead"));
    m.put("files_failed", counter("filesFailed"));
    m.put("pages_read", counter("pagesRead"));
    m.put("kept", counter("documentsKept"));
    m.put("dropped", counter("documentsDropped"));
    m.put("dropped_by_reason", droppedByReason());
    m.put("failed", failedPages());
    m.put("seen_before", counter("documentsSeenBefore"));
    m.put("accounting_holds", accountingHolds());
    m.put("pages_truncated", counter("pagesTruncated"));
    m.put("articles_truncated", counter("documentsTruncated"));
    m.put("mentions", counter("mentions"));
    m.put("quotes", counter("quotes"));
    m.put("tokens", counter("tokens"));
    m.put("stage_seconds", stageSeconds());
    m.put("counters", counters);
    Map<String, Object> dist = new TreeMap<>();
    distributions.forEach((k, v) -> dist.put(k, Map.of(
        "count", v.getCount(), "sum", v.getSum(), "min", v.getMin(), "max", v.getMax(), "mean", v.getMean())));
    m.put("distributions", dist);
    return m;
  }

  /** Writes {@code run_summary.json} into the output folder (any Beam filesystem). */
  public void writeJson(String output) throws IOException {
    ResourceId dir = FileSystems.matchNewResource(output, true);
    ResourceId file = dir.resolve("run_summary.json", org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions.RESOLVE_FILE);
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    try (WritableByteChannel ch = FileSystems.create(file, "application/json");
        OutputStream os = Channels.newOutputStream(ch)) {
      mapper.writeValue(os, toJsonMap());
    }
  }
}
