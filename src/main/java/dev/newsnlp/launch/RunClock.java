package dev.newsnlp.launch;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The run's one clock. Its origin is the JVM's start (for the first run of a JVM; a later run in the same JVM,
 * as in the tests, starts at its own start), and the run's time is split into consecutive parts that add up
 * to the total the summary prints: the start (JVM, options, job graph), the job until the first annotated
 * page, annotating, and from the last annotated page to the tables written. Without annotated pages in this
 * JVM (a cluster runner, or nothing kept) the parts are the start, the job and the tables written after it.
 * The models load in the background during the start and the read: their ready time is a point on the
 * same clock, not a part.
 *
 * <p>All times are epoch milliseconds; 0 means "did not happen". Parts are differences of the boundaries
 * rounded to tenths of a second, so the printed parts add up exactly to the printed total.
 */
final class RunClock {
  private final boolean fromJvmStart;
  private final long origin;
  private final long pipelineStart;
  private final long jobDone;
  private final long end;
  private final long firstPage;
  private final long lastPage;
  private final long modelsStart;
  private final long modelsReady;

  private RunClock(boolean fromJvmStart, long origin, long pipelineStart, long jobDone, long end,
      long firstPage, long lastPage, long modelsStart, long modelsReady) {
    this.fromJvmStart = fromJvmStart;
    this.origin = origin;
    this.pipelineStart = Math.max(origin, pipelineStart);
    this.jobDone = Math.max(this.pipelineStart, jobDone);
    this.end = Math.max(this.jobDone, end);
    boolean annotated = firstPage > 0 && lastPage >= firstPage;
    this.firstPage = annotated ? Math.min(this.jobDone, Math.max(this.pipelineStart, firstPage)) : 0;
    this.lastPage = annotated ? Math.min(this.jobDone, Math.max(this.firstPage, lastPage)) : 0;
    this.modelsStart = modelsStart;
    this.modelsReady = modelsStart > 0 && modelsReady >= modelsStart ? modelsReady : 0;
  }

  /**
   * @param fromJvmStart whether {@code origin} is the JVM's start (else the run's own start)
   * @param origin when the clock starts
   * @param pipelineStart when the job graph was built and handed to the runner
   * @param jobDone when the runner reported the job finished
   * @param end when the tables were written (published) and the summary is printed
   * @param firstPage when this JVM annotated its first page, 0 if it annotated none
   * @param lastPage when this JVM annotated its last page, 0 if it annotated none
   * @param modelsStart when the background model loading started, 0 if it did not
   * @param modelsReady when the background model loading ended, 0 if it did not (yet)
   */
  static RunClock of(boolean fromJvmStart, long origin, long pipelineStart, long jobDone, long end,
      long firstPage, long lastPage, long modelsStart, long modelsReady) {
    return new RunClock(fromJvmStart, origin, pipelineStart, jobDone, end, firstPage, lastPage, modelsStart,
        modelsReady);
  }

  /** "JVM start" or "run start": where the clock starts. */
  String originName() {
    return fromJvmStart ? "JVM start" : "run start";
  }

  long totalMillis() {
    return end - origin;
  }

  double totalSeconds() {
    return tenths(end) / 10.0;
  }

  /** The consecutive parts of the total, in seconds, keyed by their name in run_summary.json. */
  Map<String, Double> parts() {
    Map<String, Double> parts = new LinkedHashMap<>();
    long[] bounds = firstPage > 0
        ? new long[] {origin, pipelineStart, firstPage, lastPage, end}
        : new long[] {origin, pipelineStart, jobDone, end};
    String[] names = firstPage > 0
        ? new String[] {"start", "to_first_page", "annotating", "to_tables_written"}
        : new String[] {"start", "job", "tables_written"};
    for (int i = 0; i < names.length; i++) {
      parts.put(names[i], (tenths(bounds[i + 1]) - tenths(bounds[i])) / 10.0);
    }
    return parts;
  }

  /** Seconds from the clock's origin to the models being ready, or -1 when they were not loaded in the background. */
  double modelsReadySeconds() {
    return modelsReady == 0 ? -1 : tenths(Math.max(origin, modelsReady)) / 10.0;
  }

  /** The summary's header: the run's state and its total time on this clock. */
  String header(String state) {
    return String.format(Locale.ROOT, "newsnlp run %s in %.1f s from %s%n", state, totalSeconds(), originName());
  }

  /** The summary's lines that split the total into its parts, and the models' ready time on the same clock. */
  String format() {
    Map<String, Double> p = parts();
    StringBuilder s = new StringBuilder();
    String start = fromJvmStart ? "JVM, options, job graph" : "options, job graph";
    if (firstPage > 0) {
      s.append(String.format(Locale.ROOT,
          "  time             %.1f s = %.1f s start (%s) + %.1f s to the first annotated page + %.1f s annotating "
              + "+ %.1f s to the tables written%n",
          totalSeconds(), p.get("start"), start, p.get("to_first_page"), p.get("annotating"),
          p.get("to_tables_written")));
    } else {
      s.append(String.format(Locale.ROOT,
          "  time             %.1f s = %.1f s start (%s) + %.1f s job + %.1f s tables written%n",
          totalSeconds(), p.get("start"), start, p.get("job"), p.get("tables_written")));
    }
    if (modelsReady > 0) {
      s.append(String.format(Locale.ROOT, "  models ready     %.1f s after %s (%.1f s of loading, in the background)%n",
          modelsReadySeconds(), originName(), (modelsReady - modelsStart) / 1000.0));
    }
    return s.toString();
  }

  /** For run_summary.json: the origin, the total, its parts and the models' ready time. */
  Map<String, Object> toJsonMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("from", fromJvmStart ? "jvm_start" : "run_start");
    m.put("total_seconds", totalSeconds());
    m.put("parts_seconds", parts());
    if (modelsReady > 0) {
      m.put("models_ready_seconds", modelsReadySeconds());
      m.put("models_loading_seconds", (modelsReady - modelsStart) / 1000.0);
    }
    return m;
  }

  /** Tenths of a second from the origin to {@code t}, rounded. */
  private long tenths(long t) {
    return Math.round((t - origin) / 100.0);
  }
}
