package dev.newsnlp;

import dev.newsnlp.annotate.Annotate;
import dev.newsnlp.annotate.CoreNlpHolder;
import dev.newsnlp.annotate.NlpConfig;
import dev.newsnlp.clean.CleanPages;
import dev.newsnlp.clean.LanguageIdentifier;
import dev.newsnlp.errors.Failures;
import dev.newsnlp.model.FailuresTable;
import dev.newsnlp.model.Tables;
import dev.newsnlp.options.NlpPipelineOptions;
import dev.newsnlp.options.StageSettings;
import dev.newsnlp.read.ReadDumps;
import dev.newsnlp.report.ReportHtml;
import dev.newsnlp.report.ReportWriter;
import dev.newsnlp.report.SummarizeTables;
import dev.newsnlp.report.TableStats;
import dev.newsnlp.write.BuildDocumentRows;
import dev.newsnlp.write.StagedTables;
import dev.newsnlp.write.TableLayout;
import dev.newsnlp.write.WriteTables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionRowTuple;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.Row;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The newsnlp job: read dump files, drop non-article noise, run CoreNLP, write the tables.
 *
 * <pre>
 * java -jar target/newsnlp.jar --input='sample-data/*' --output=out/
 * </pre>
 */
public final class NewsNlpPipeline {
  private static final Logger LOG = LoggerFactory.getLogger(NewsNlpPipeline.class);

  static {
    PipelineOptionsFactory.register(NlpPipelineOptions.class);
  }

  public static void main(String[] args) {
    if (Arrays.stream(args).anyMatch(a -> a.equals("--help") || a.equals("-h"))) {
      PipelineOptionsFactory.printHelp(System.out, NlpPipelineOptions.class);
      return;
    }
    NlpPipelineOptions options;
    try {
      options = PipelineOptionsFactory.fromArgs(withFastDirectRunner(args)).withValidation().as(NlpPipelineOptions.class);
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

  /**
   * The direct runner re-checks every element for mutation and encodability; our elements are immutable
   * rows, and the checks cost more than the models on short pages. Off for the command line unless asked
   * for (tests, which call run() directly, keep them on).
   */
  static String[] withFastDirectRunner(String[] args) {
    List<String> all = new ArrayList<>(Arrays.asList(args));
    for (String check : List.of("enforceImmutability", "enforceEncodability")) {
      if (all.stream().noneMatch(a -> a.startsWith("--" + check))) {
        all.add("--" + check + "=false");
      }
    }
    return all.toArray(new String[0]);
  }

  /** Runs the job to completion and reports its numbers. */
  public static RunSummary run(NlpPipelineOptions options) {
    // The direct runner blocks in run() by default; return at once so progress can be logged meanwhile.
    options.as(DirectOptions.class).setBlockOnRun(false);
    Pipeline pipeline = Pipeline.create(options);
    // On the direct runner this process is the whole job: it writes the part files itself once the
    // pipeline has succeeded (see WriteTables#stagedForLauncher).
    String stagedRunId = isDirectRunner(options) && waitUntilFinish(options) ? UUID.randomUUID().toString() : null;
    if (isDirectRunner(options)) {
      warmUpModels(options);
    }
    buildPipeline(pipeline, options, stagedRunId);
    long t0 = System.currentTimeMillis();
    PipelineResult result = pipeline.run();
    if (!waitUntilFinish(options)) {
      System.out.println("newsnlp: job submitted (" + result.getState() + "); its counters show in the runner's UI.");
      return RunSummary.of(result, 0);
    }
    try (ProgressReporter progress =
        ProgressReporter.start(result, Duration.ofSeconds(options.getProgressIntervalSeconds()))) {
      result.waitUntilFinish();
    }
    double writeSeconds = 0;
    if (stagedRunId != null && result.getState() == PipelineResult.State.DONE) {
      long w0 = System.nanoTime();
      try {
        TableStats stats = new TableStats();
        StagedTables.publish(options.getOutput(), options.getRunDate(), stagedRunId, options.getFormat(),
            options.getNumShards(), stats::accept);
        stats.write(TableLayout.runDir(options.getOutput(), options.getRunDate()));
      } catch (IOException e) {
        throw new UncheckedIOException("Could not write the tables under " + options.getOutput(), e);
      }
      writeSeconds = (System.nanoTime() - w0) / 1e9;
    }
    RunSummary summary = RunSummary.of(result, System.currentTimeMillis() - t0);
    // On stdout, not only in the log: it is the run's result, whatever the logging setup.
    System.out.print(summary.format());
    if (isDirectRunner(options)) {
      // The workers are this JVM: the proof that the models load once per JVM, not per bundle or thread.
      System.out.printf("  models           %d CoreNLP pipeline(s) built in this JVM%n", CoreNlpHolder.pipelinesBuilt());
    }
    String runDir = TableLayout.runDir(options.getOutput(), options.getRunDate());
    try {
      summary.writeJson(runDir);
      if (options.getRunDate() != null) {
        summary.writeJson(options.getOutput());
      }
      String report = ReportWriter.write(runDir, new ReportHtml.RunInfo(
          "newsnlp run" + (options.getRunDate() == null ? "" : " " + options.getRunDate()),
          options.getInput(), options.getOutput(), options.getRunner().getSimpleName(),
          String.valueOf(result.getState()), summary.wallSeconds(), summary.counter("tokens"),
          stagesWithWrite(summary, writeSeconds)));
      System.out.println("  report           " + report);
    } catch (IOException e) {
      LOG.warn("Could not write the run summary or report: {}", e.toString());
    }
    return summary;
  }

  /** The report's time per stage; on the direct runner the launcher's writing of the tables is one. */
  private static Map<String, Double> stagesWithWrite(RunSummary summary, double writeSeconds) {
    Map<String, Double> stages = new LinkedHashMap<>(summary.stageSeconds());
    if (writeSeconds > 0) {
      stages.put("write tables", writeSeconds);
    }
    return stages;
  }

  /** Composes the stages, with the tables written inside the pipeline (any runner). */
  public static Pipeline buildPipeline(Pipeline pipeline, NlpPipelineOptions options) {
    return buildPipeline(pipeline, options, null);
  }

  /**
   * Composes the stages.
   *
   * @param stagedRunId when set, the tables are only staged, and {@link StagedTables#publish} must write
   *     them after the run, with the report's numbers counted by {@link TableStats} on the way (the direct
   *     runner's launcher does)
   */
  public static Pipeline buildPipeline(Pipeline pipeline, NlpPipelineOptions options, @Nullable String stagedRunId) {
    PCollectionTuple read =
        pipeline.apply("ReadDumps", ReadDumps.from(options.getInput(), options.getMaxPageBytes()));

    PCollectionTuple cleaned =
        read.get(ReadDumps.PAGES)
            .apply("CleanPages",
                CleanPages.with(options.getClean(), StageSettings.languages(options), options.getDropDuplicates()));

    Annotate annotate =
        Annotate.with(StageSettings.nlpConfig(options), options.getMaxAnnotateChars(), options.getAnnotateTimeoutSeconds());
    PCollectionTuple annotated =
        cleaned.get(CleanPages.CLEANED)
            .apply("Annotate", isDirectRunner(options) ? annotate.withoutSpreading() : annotate);

    PCollection<Row> failures =
        PCollectionList.of(read.get(Failures.TAG))
            .and(cleaned.get(Failures.TAG))
            .and(annotated.get(Failures.TAG))
            .apply("CollectFailures", Flatten.pCollections())
            .setRowSchema(FailuresTable.SCHEMA);

    PCollectionRowTuple tables =
        PCollectionRowTuple.of(Tables.DOCUMENTS,
                annotated.get(Annotate.FATES).apply("BuildDocumentRows", BuildDocumentRows.create()))
            .and(Tables.ENTITY_MENTIONS, annotated.get(Annotate.MENTIONS))
            .and(Tables.ENTITIES, annotated.get(Annotate.ENTITIES))
            .and(Tables.SPEAKER_QUOTES, annotated.get(Annotate.QUOTES))
            .and(Tables.FAILURES, failures);
    WriteTables write =
        WriteTables.to(options.getOutput(), options.getFormat(), options.getNumShards(), options.getRunDate());
    tables.apply("WriteTables", stagedRunId == null ? write : write.stagedForLauncher(stagedRunId));
    if (stagedRunId == null) {
      tables.apply("SummarizeTables", SummarizeTables.to(options.getOutput(), options.getRunDate()));
    }
    return pipeline;
  }

  /**
   * On the direct runner the models load in this process: start loading them (CoreNLP's, the language
   * detector's) while Beam starts and the first files are read, rather than when the first page needs them.
   */
  private static void warmUpModels(NlpPipelineOptions options) {
    NlpConfig config = StageSettings.nlpConfig(options);
    boolean languages = !StageSettings.languages(options).isEmpty();
    Thread loader = new Thread(() -> {
      try {
        if (languages) {
          LanguageIdentifier.detect("The models are loaded while the pipeline starts, not when the first page needs them.");
        }
        CoreNlpHolder.warmUp(config);
      } catch (RuntimeException e) {
        // The first page meets the same error and records it as a failure; nothing to do here.
        LOG.debug("Model warm-up failed: {}", e.toString());
      }
    }, "newsnlp-model-warmup");
    loader.setDaemon(true);
    loader.start();
  }

  static boolean isDirectRunner(NlpPipelineOptions options) {
    return options.getRunner().getSimpleName().equals("DirectRunner");
  }

  /** A Flex Template launcher (it sets FLEX_TEMPLATE_JAVA_MAIN_CLASS) must not block on the job. */
  static boolean waitUntilFinish(NlpPipelineOptions options) {
    return options.getWaitUntilFinish() && System.getenv("FLEX_TEMPLATE_JAVA_MAIN_CLASS") == null;
  }

  /** Checks that need the filesystems: done before the pipeline is built, so a typo fails in a second. */
  static final class Preflight {
    static void check(NlpPipelineOptions options) {
      FileSystems.setDefaultPipelineOptions(options);
      if (options.getMaxPageBytes() <= 0) {
        throw new IllegalArgumentException("--maxPageBytes must be positive, got " + options.getMaxPageBytes());
      }
      if (options.getRunDate() != null) {
        try {
          LocalDate.parse(options.getRunDate());
        } catch (DateTimeParseException e) {
          throw new IllegalArgumentException("--runDate must be YYYY-MM-DD, got " + options.getRunDate());
        }
      }
      if (options.getMaxAnnotateChars() < 1000) {
        throw new IllegalArgumentException("--maxAnnotateChars must be at least 1000, got " + options.getMaxAnnotateChars());
      }
      if (options.getMaxSentenceTokens() < 10) {
        throw new IllegalArgumentException("--maxSentenceTokens must be at least 10, got " + options.getMaxSentenceTokens());
      }
      if (options.getAnnotateTimeoutSeconds() < 0) {
        throw new IllegalArgumentException("--annotateTimeoutSeconds must be 0 (no limit) or more, got " + options.getAnnotateTimeoutSeconds());
      }
      if (options.getProgressIntervalSeconds() <= 0) {
        throw new IllegalArgumentException("--progressIntervalSeconds must be positive, got " + options.getProgressIntervalSeconds());
      }
      if (options.getNumShards() < 0) {
        throw new IllegalArgumentException("--numShards must be 0 (runner decides) or more, got " + options.getNumShards());
      }
      try {
        MatchResult match = FileSystems.match(options.getInput());
        if (match.status() == MatchResult.Status.NOT_FOUND || match.metadata().isEmpty()) {
          throw new IllegalArgumentException("--input matches no file: " + options.getInput());
        }
      } catch (IOException e) {
        throw new IllegalArgumentException("--input cannot be listed: " + options.getInput() + " (" + e.getMessage() + ")");
      }
      OutputProbe.check(options.getOutput());
    }
  }

  private NewsNlpPipeline() {}
}
