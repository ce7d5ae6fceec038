package dev.newsnlp;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** Two runs over the same input give identical rows: ids, offsets, values (row order aside). */
class DeterminismTest {
  @Test
  void sameInputSameRows() {
    SampleRuns.Run first = SampleRuns.sample("--format=jsonl");
    // A second, separate run (different argument list, same configuration: one shard is the default).
    SampleRuns.Run second = SampleRuns.sample("--format=jsonl", "--numShards=1");
    assertFalse(first.output().equals(second.output()));
    SampleRuns.assertSameRows("first", first, "second", second);
  }
}
