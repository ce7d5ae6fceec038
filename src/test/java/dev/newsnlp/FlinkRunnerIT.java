package dev.newsnlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The same job on an embedded Flink cluster (local master, parallelism 2, in this JVM) must write the same rows
 * as on the direct runner, in byte-identical files. Kept next to {@link FlinkClusterIT}, which crosses process
 * boundaries with NER only: this one is cheap and covers the default configuration (quotes on) through Flink's
 * translation.
 */
class FlinkRunnerIT {

  @Test
  void flinkWritesTheSameRowsAsTheDirectRunner() {
    SampleRuns.Run direct = SampleRuns.sample("--format=jsonl");
    SampleRuns.Run flink = SampleRuns.sample("--format=jsonl", "--runner=FlinkRunner", "--flinkMaster=[local]",
        "--parallelism=2");
    System.out.print(SampleRuns.assertSameRows("direct", direct, "flink", flink));
    System.out.print(SampleRuns.assertSameFiles("direct", direct, "flink", flink));
    assertTrue(flink.summary().accountingHolds(), flink.summary().format());
    assertEquals(direct.summary().counter("pagesRead"), flink.summary().counter("pagesRead"),
        "metrics reach the summary on Flink too");
    assertEquals(direct.summary().counter("mentions"), flink.summary().counter("mentions"));
  }
}
