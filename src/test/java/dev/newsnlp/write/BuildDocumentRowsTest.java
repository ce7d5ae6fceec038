package dev.newsnlp.write;

import static dev.newsnlp.model.DocumentsTable.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsnlp.model.CleanedPage;
import dev.newsnlp.model.PageFate;
import java.util.List;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.jupiter.api.Test;

/** One documents row per page whatever its fate, and the final kept/dropped/failed counts. */
class BuildDocumentRowsTest {
  private final TestPipeline pipeline = TestPipeline.create().enableAbandonedNodeEnforcement(false);

  private static CleanedPage page(String docId, String text, String dropReason) {
    return CleanedPage.create(docId, "dumps/day.jsonl", 7, "jsonl", null, null, null, null, null, null, "UTF-8", "en",
        text, dropReason, 400);
  }

  private long counter(PipelineResult result, String name) {
    Iterable<MetricResult<Long>> counters = result.metrics().queryMetrics(MetricsFilter.builder()
        .addNameFilter(MetricNameFilter.named(BuildDocumentRows.class, name)).build()).getCounters();
    long sum = 0;
    for (MetricResult<Long> c : counters) {
      sum += c.getAttempted();
    }
    return sum;
  }

  @Test
  void everyFateGivesOneRow() {
    String text = TestRows.NIGHT_BUS;
    List<PageFate> fates = List.of(
        PageFate.annotated(page("whole", text, null), text.length(), 3, 1),
        PageFate.annotated(page("cut", text, null), 40, 1, 0),
        PageFate.dropped(page("copy", text, "duplicate_of:whole")),
        PageFate.dropped(page("german", "Der Nachtbus fährt ab Freitag.", "not_english:de")),
        PageFate.failed(page("slow", text, null), "annotation_timeout"));
    PCollection<String> rows = pipeline.apply(Create.of(fates)).apply(BuildDocumentRows.create())
        .apply(MapElements.into(TypeDescriptors.strings()).via((Row r) -> String.join(" | ", r.getString(DOC_ID),
            r.getString(STATUS), String.valueOf(r.getBoolean(KEPT)), String.valueOf(r.getString(DROP_REASON)),
            String.valueOf(r.getInt32(CHARS_KEPT)), String.valueOf(r.getInt32(CHARS_ANNOTATED)),
            String.valueOf(r.getBoolean(TRUNCATED)), r.getInt32(MENTION_COUNT) + "/" + r.getInt32(QUOTE_COUNT))));
    int n = text.length();
    PAssert.that(rows).containsInAnyOrder(
        "whole | kept | true | null | " + n + " | " + n + " | false | 3/1",
        "cut | kept | true | null | " + n + " | 40 | true | 1/0",
        "copy | dropped | false | duplicate_of:whole | " + n + " | 0 | false | 0/0",
        "german | dropped | false | not_english:de | 30 | 0 | false | 0/0",
        "slow | failed | false | annotation_timeout | " + n + " | 0 | false | 0/0");
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();
    assertEquals(2, counter(result, "documentsKept"));
    assertEquals(2, counter(result, "documentsDropped"));
    assertEquals(1, counter(result, "documentsFailed"));
  }
}
