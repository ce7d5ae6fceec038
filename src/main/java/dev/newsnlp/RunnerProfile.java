package dev.newsnlp;

import dev.newsnlp.annotate.Annotate;
import dev.newsnlp.clean.CleanPages;
import dev.newsnlp.corpus.CorpusFinish;
import dev.newsnlp.options.NlpPipelineOptions;
import dev.newsnlp.read.ReadDumps;
import dev.newsnlp.write.WriteTables;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.io.FileSystems;
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
 *       For the same reason the launcher also adds the story columns and builds the corpus tables on the way
 *       ({@link dev.newsnlp.corpus.CorpusFinish}): as groupings in the pipeline they took 25–35 s after the
 *       last annotated page of 1,010 pages. Only when the launcher waits for the job, since it is the
 *       launcher that publishes.
 *   <li>Pages are not spread over workers before CoreNLP ({@link Annotate#withoutSpreading()}).
 *   <li>Pages travel in bundles of several pages, not one bundle per file: small files are read in batches
 *       ({@link ReadDumps#withSmallFilesInBatches}) and duplicates are looked for in as many buckets
 *       ({@link CleanPages#withDuplicateBuckets}). The direct runner sets up every step anew for every
 *       bundle (it translates the step and deserializes its DoFn each time), which with a page per bundle
 *       cost more than cleaning (docs/PERFORMANCE.md).
 *   <li>The models are loaded in this process, so they warm up while Beam starts, and the summary can show
 *       how many CoreNLP pipelines the JVM built.
 *   <li>Its per-element immutability and encodability checks are off on the command line ({@link
 *       #commandLineDefaults}).
 * </ul>
 */
public final class RunnerProfile {
  /**
   * At most this many small files are read into one bundle. Every step costs a setup per bundle: 16 rather
   * than 8 took 3.6% less CPU at 1,010 pages (docs/PERFORMANCE.md, stop 22).
   */
  static final int MAX_FILES_PER_BATCH = 16;
  /**
   * Batches per thread: enough that the threads finish together (the last batch runs alone). 8 rather than
   * 16 took 9% less CPU at 101 pages (same page).
   */
  static final int BATCHES_PER_THREAD = 8;

  private final boolean directRunner;
  private final @Nullable String stagedRunId;
  private final int batches;

  private RunnerProfile(boolean directRunner, @Nullable String stagedRunId, int batches) {
    this.directRunner = directRunner;
    this.stagedRunId = stagedRunId;
    this.batches = batches;
  }

  /**
   * @param launcherWaits whether the launcher waits for the job to finish (and so can publish staged tables);
   *     false writes the tables inside the pipeline on every runner
   */
  public static RunnerProfile of(NlpPipelineOptions options, boolean launcherWaits) {
    boolean direct = options.getRunner().getSimpleName().equals("DirectRunner");
    int batches = direct
        ? batches(countFiles(options.getInput()), options.as(DirectOptions.class).getTargetParallelism())
        : 0;
    return new RunnerProfile(direct, direct && launcherWaits ? UUID.randomUUID().toString() : null, batches);
  }

  /**
   * How many batches {@code files} input files are read in on the direct runner: about {@value
   * #BATCHES_PER_THREAD} per thread, so that the threads stay evenly busy to the end, with at most {@value
   * #MAX_FILES_PER_BATCH} files in one; 0 (one bundle per file) when batches would hold a single file anyway.
   */
  static int batches(int files, int threads) {
    int perThread = BATCHES_PER_THREAD * Math.max(1, threads);
    int perBatch = Math.min(MAX_FILES_PER_BATCH, Math.max(1, (files + perThread - 1) / perThread));
    return perBatch <= 1 ? 0 : (files + perBatch - 1) / perBatch;
  }

  private static int countFiles(String glob) {
    try {
      return FileSystems.match(glob).metadata().size();
    } catch (IOException | RuntimeException e) {
      return 0; // reading reports a bad glob; without a count pages go one bundle per file
    }
  }

  /** The number of read batches and duplicate buckets (0: one bundle per file, as on cluster runners). */
  public int batches() {
    return batches;
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

  /**
   * Who groups the stories. Where the launcher publishes the tables and nothing before annotation needs the
   * stories (no {@code --dropNearDuplicates}), the launcher does: as groupings the direct runner ran them
   * after the last annotated page.
   */
  public CorpusFinish.StorySource storySource(NlpPipelineOptions options) {
    if (!options.getStories()) {
      return CorpusFinish.StorySource.NONE;
    }
    return launcherPublishesTables() && !options.getDropNearDuplicates()
        ? CorpusFinish.StorySource.LAUNCHER
        : CorpusFinish.StorySource.PIPELINE;
  }

  ReadDumps readDumps(ReadDumps read) {
    return batches > 0 ? read.withSmallFilesInBatches(batches) : read;
  }

  CleanPages cleanPages(CleanPages clean) {
    return batches > 0 ? clean.withDuplicateBuckets(batches) : clean;
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
