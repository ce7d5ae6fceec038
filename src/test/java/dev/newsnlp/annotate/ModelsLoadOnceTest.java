package dev.newsnlp.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsnlp.SampleRuns;
import org.junit.jupiter.api.Test;

/** CoreNLP's models load once per JVM and configuration: not per bundle, per thread, or per run. */
class ModelsLoadOnceTest {
  @Test
  void twoWholeRunsOnTwoThreadsBuildOnePipelineForTheirConfiguration() {
    int before = CoreNlpHolder.pipelinesBuilt();
    SampleRuns.Run first = SampleRuns.sample("--quotes=false", "--ner=fast", "--targetParallelism=2");
    int afterFirst = CoreNlpHolder.pipelinesBuilt();
    assertTrue(first.summary().counter("documentsKept") >= 5, "several pages were annotated");
    assertTrue(afterFirst - before <= 1, "NER-only pipelines are shared by all threads: " + (afterFirst - before));

    SampleRuns.sample("--quotes=false", "--ner=fast", "--targetParallelism=2", "--format=parquet");
    assertEquals(afterFirst, CoreNlpHolder.pipelinesBuilt(), "a second run in the same JVM loads nothing");
  }
}
