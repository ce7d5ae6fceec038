package dev.newsnlp;

import dev.newsnlp.annotate.Annotate;
import dev.newsnlp.options.NlpPipelineOptions;
import dev.newsnlp.write.WriteTables;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.beam.runners.direct.DirectOptions;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Everything that differs between the direct runner and the cluster runners (Flink, Dataflow), decided in
 * this one place. The graph has the same stages and gives the same tables on every runner.
 *
 * <p>On the direct runner this process is the whole job, so:
 *
 * <ul>
 *   <li>Tables are staged to disk bundle by bundle, and the launcher writes and publishes the part files once
 *       the pipeline has succeeded ({@link dev.newsnlp.write.StagedTables}). Beam's sharded file writes group
 *       all rows of a shard by key, and the direct runner copies such a group's buffered rows for every
 *       incoming bundle: quadratic in the run's size (half the run time on 1,000 pages; README "Memory").
 *       Only when the launcher waits for the job, since it is the launcher that publishes.
 *   <li>Pages are not spread over workers before CoreNLP ({@link Annotate#withoutSpreading()}).
 *   <li>The models are loaded in this process, so they warm up while Beam starts, and the summary can show
 *       how many CoreNLP pipelines the JVM built.
 *   <li>Its per-element immutability and encodability checks are off on the command line ({@link
 *       #commandLineDefaults}).
 * </ul>
 */
public final class RunnerProfile {
  private final boolean directRunner;
  private final @Nullable String stagedRunId;

  private RunnerProfile(boolean directRunner, @Nullable String stagedRunId) {
    this.directRunner = directRunner;
    this.stagedRunId = stagedRunId;
  }

  /**
   * @param launcherWaits whether the launcher waits for the job to finish (and so can publish staged tables);
   *     false writes the tables inside the pipeline on every runner
   */
  public static RunnerProfile of(NlpPipelineOptions options, boolean launcherWaits) {
    boolean direct = options.getRunner().getSimpleName().equals("DirectRunner");
    return new RunnerProfile(direct, direct && launcherWaits ? UUID.randomUUID().toString() : null);
  }

  /** Whether the pipeline's workers are this JVM (models load here; their count is this JVM's). */
  public boolean workersAreThisJvm() {
    return directRunner;
  }

  /** The run whose staged tables the launcher must publish after the pipeline succeeded, or null. */
  public @Nullable String stagedRunId() {
    return stagedRunId;
  }

  public boolean launcherPublishesTables() {
    return stagedRunId != null;
  }

  Annotate annotate(Annotate annotate) {
    return directRunner ? annotate.withoutSpreading() : annotate;
  }

  WriteTables writeTables(WriteTables write) {
    return stagedRunId == null ? write : write.stagedForLauncher(stagedRunId);
  }

  /** The direct runner blocks in run() by default; return at once so the launcher can log progress. */
  public static void returnFromRunAtOnce(NlpPipelineOptions options) {
    options.as(DirectOptions.class).setBlockOnRun(false);
  }

  /**
   * The direct runner re-checks every element for mutation and encodability; our elements are immutable
   * rows, and the checks cost more than the models on short pages. Off for the command line unless asked
   * for (tests, which call the launcher's run() directly, keep them on).
   */
  public static String[] commandLineDefaults(String[] args) {
    List<String> all = new ArrayList<>(Arrays.asList(args));
    for (String check : List.of("enforceImmutability", "enforceEncodability")) {
      if (all.stream().noneMatch(a -> a.startsWith("--" + check))) {
        all.add("--" + check + "=false");
      }
    }
    return all.toArray(new String[0]);
  }
}
