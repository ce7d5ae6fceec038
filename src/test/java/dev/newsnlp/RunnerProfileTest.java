package dev.newsnlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsnlp.options.NlpPipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;

/** The runner-specific choices: which runner and launcher get which. */
class RunnerProfileTest {
  private static NlpPipelineOptions options(String... flags) {
    return PipelineOptionsFactory.fromArgs(flags).as(NlpPipelineOptions.class);
  }

  @Test
  void directRunnerWithAWaitingLauncherStagesTablesForIt() {
    RunnerProfile profile = RunnerProfile.of(options(), true);
    assertTrue(profile.workersAreThisJvm());
    assertTrue(profile.launcherPublishesTables());
    assertNotNull(profile.stagedRunId());
  }

  @Test
  void tablesAreWrittenInThePipelineWhenNobodyWaitsOrOnACluster() {
    RunnerProfile notWaiting = RunnerProfile.of(options(), false);
    assertTrue(notWaiting.workersAreThisJvm());
    assertFalse(notWaiting.launcherPublishesTables());
    assertNull(notWaiting.stagedRunId());

    RunnerProfile flink = RunnerProfile.of(options("--runner=FlinkRunner"), true);
    assertFalse(flink.workersAreThisJvm());
    assertFalse(flink.launcherPublishesTables());
  }

  @Test
  void directRunnerReadsFewFilesOneBundleEachAndManyInBatches() {
    assertEquals(0, RunnerProfile.batches(5, 2));
    assertEquals(0, RunnerProfile.batches(16, 2)); // a file per batch anyway
    assertEquals(0, RunnerProfile.batches(0, 2));
    assertEquals(16, RunnerProfile.batches(32, 2)); // two files each
    assertEquals(14, RunnerProfile.batches(40, 2)); // three files each
    assertEquals(15, RunnerProfile.batches(101, 2)); // about eight batches per thread: 7 files each
    assertEquals(64, RunnerProfile.batches(1010, 2)); // at most 16 files each
    assertEquals(625, RunnerProfile.batches(10_000, 4));
    assertEquals(0, RunnerProfile.of(options("--runner=FlinkRunner"), true).batches());
  }

  @Test
  void commandLineTurnsTheDirectRunnersChecksOffUnlessAskedFor() {
    assertArrayEquals(new String[] {"--input=x", "--enforceImmutability=false", "--enforceEncodability=false"},
        RunnerProfile.commandLineDefaults(new String[] {"--input=x"}));
    assertArrayEquals(new String[] {"--enforceImmutability=true", "--enforceEncodability=false"},
        RunnerProfile.commandLineDefaults(new String[] {"--enforceImmutability=true"}));
  }
}
