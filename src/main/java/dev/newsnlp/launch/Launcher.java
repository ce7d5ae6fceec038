package dev.newsnlp.launch;

import dev.newsnlp.NewsNlpPipeline;
import dev.newsnlp.RunnerProfile;
import dev.newsnlp.annotate.AnnotationTimes;
import dev.newsnlp.annotate.CoreNlpHolder;
import dev.newsnlp.clean.CleanerMode;
import dev.newsnlp.clean.model.LineModel;
import dev.newsnlp.corpus.CorpusFinish;
import dev.newsnlp.options.NlpPipelineOptions;
import dev.newsnlp.report.TableStats;
import dev.newsnlp.write.StagedTables;
import dev.newsnlp.write.TableLayout;
import dev.newsnlp.write.WriteTables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * The command line: parses and checks the options, runs the job ({@link NewsNlpPipeline#buildPipeline}),
 * logs progress, publishes staged tables when the runner profile asks for it, then prints the summary and
 * writes the report.
 */
public final class Launcher {

  static {
    PipelineOptionsFactory.register(NlpPipelineOptions.class);
  }

  /** The first run of this JVM counts its time from the JVM's start; a later one (tests) from its own. */
  private static final AtomicBoolean FIRST_RUN = new AtomicBoolean(true);

  /** Exit codes: 0 done, 1 nothing was read, 2 bad options (one line on stderr). */
  public static void main(String[] args) {
    if (Arrays.stream(args).anyMatch(a -> a.equals("--help") || a.equals("-h"))) {
      PipelineOptionsFactory.printHelp(System.out, NlpPipelineOptions.class);
      return;
    }
    NlpPipelineOptions options;
    try {
      options = PipelineOptionsFactory.fromArgs(RunnerProfile.commandLineDefaults(args))
          .withValidation().as(NlpPipelineOptions.class);
      Preflight.check(options);
    } catch (IllegalArgumentException | IllegalStateException e) {
      String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip();
      System.err.println("newsnlp: " + message + " (--help lists every option)");
      System.exit(2);
      return;
    }
    RunSummary summary = run(options);
    System.exit(summary.counter("filesRead") == 0 && summary.counter("pagesRead") == 0 ? 1 : 0);
  }

  /** Runs the job to completion (unless nobody may wait for it) and reports its numbers. */
  /** Which cleaner made documents.text: "rules", "off", or "learned" with the models' version (lineage). */
  static String cleanerDescription(NlpPipelineOptions options) {
    if (!options.getClean()) {
      return "off";
    }
    return options.getCleaner() == CleanerMode.learned ? "learned " + LineModel.shippedVersion() : "rules";
  }

  public static RunSummary run(NlpPipelineOptions options) {
    boolean fromJvmStart = FIRST_RUN.getAndSet(false);
    long origin = fromJvmStart ? ManagementFactory.getRuntimeMXBean().getStartTime() : System.currentTimeMillis();
    try {
      WriteTables.recoverInterruptedPublish(options.getOutput(), options.getRunDate());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not restore the tables under " + options.getOutput(), e);
    }
    RunnerProfile runner = RunnerProfile.of(options, waitsForJob(options));
    RunnerProfile.returnFromRunAtOnce(options);
    AnnotationTimes.reset();
    ModelWarmUp.reset();
    if (runner.workersAreThisJvm()) {
      ModelWarmUp.start(options);
      HugeMethods.warnIfInterpreted();
    }
    Pipeline pipeline = NewsNlpPipeline.buildPipeline(Pipeline.create(options), options, runner);
    long pipelineStart = System.currentTimeMillis();
    PipelineResult result = pipeline.run();
    if (!waitsForJob(options)) {
      System.out.println("newsnlp: job submitted (" + result.getState() + "); its counters show in the runner's UI.");
      return RunSummary.of(result, 0);
    }
    try (ProgressReporter progress =
        ProgressReporter.start(result, Duration.ofSeconds(options.getProgressIntervalSeconds()))) {
      result.waitUntilFinish();
    }
    long jobDone = System.currentTimeMillis();
    double writeSeconds = 0;
    if (runner.launcherPublishesTables() && result.getState() == PipelineResult.State.DONE) {
      writeSeconds = publishStagedTables(options, runner);
    }
    // One clock for the whole summary: the total from JVM start, split into its parts (RunClock).
    RunClock clock = RunClock.of(fromJvmStart, origin, pipelineStart, jobDone, System.currentTimeMillis(),
        AnnotationTimes.firstMillis(), AnnotationTimes.lastMillis(), ModelWarmUp.startedMillis(),
        ModelWarmUp.readyMillis());
    RunSummary summary = RunSummary.of(result, clock).withSetting("cleaner", cleanerDescription(options));
    // On stdout, not only in the log: it is the run's result, whatever the logging setup.
    System.out.print(summary.format());
    if (runner.workersAreThisJvm()) {
      // The proof that the models load once per JVM, not per bundle or thread.
      System.out.printf("  models           %d CoreNLP pipeline(s) built in this JVM%n", CoreNlpHolder.pipelinesBuilt());
      System.out.print(HugeMethods.advice());
    }
    RunReport.write(options, result, summary, writeSeconds);
    return summary;
  }

  /**
   * Writes and publishes the tables staged by the pipeline, counting the report's numbers on the way.
   *
   * @return the seconds it took (a stage of the report)
   */
  private static double publishStagedTables(NlpPipelineOptions options, RunnerProfile runner) {
    long t0 = System.nanoTime();
    try {
      TableStats stats = new TableStats();
      String runId = runner.stagedRunId();
      try (CorpusFinish finish = CorpusFinish.of(options.getOutput(), options.getRunDate(), runId,
          runner.storySource(options), options.getStorySimilarity())) {
        StagedTables.publish(options.getOutput(), options.getRunDate(), runId, options.getFormat(),
            options.getNumShards(), finish, stats::accept);
      }
      stats.write(TableLayout.runDir(options.getOutput(), options.getRunDate()));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the tables under " + options.getOutput(), e);
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  /** A Flex Template launcher (it sets FLEX_TEMPLATE_JAVA_MAIN_CLASS) must not block on the job. */
  static boolean waitsForJob(NlpPipelineOptions options) {
    return options.getWaitUntilFinish() && System.getenv("FLEX_TEMPLATE_JAVA_MAIN_CLASS") == null;
  }

  private Launcher() {}
}
