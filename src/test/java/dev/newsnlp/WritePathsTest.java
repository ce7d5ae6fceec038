package dev.newsnlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsnlp.model.Tables;
import dev.newsnlp.options.NlpPipelineOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;

/**
 * The direct runner's launcher stages rows and writes the part files (and counts the report's numbers)
 * itself; other runners write with Beam's file sinks and summarize inside the pipeline. Both must give the
 * same files (byte for byte), the same rows and the same report data.
 */
class WritePathsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void launcherWritesTheSameTablesAndReportAsTheInPipelineWriters() throws Exception {
    SampleRuns.Run staged = SampleRuns.sample();

    Path out = Paths.get("target", "test-runs", "in-pipeline-writes").toAbsolutePath();
    SampleRuns.deleteRecursively(out);
    NlpPipelineOptions options = PipelineOptionsFactory.fromArgs(
        "--input=" + SampleRuns.SAMPLE_DATA + "/*", "--output=" + out + "/").as(NlpPipelineOptions.class);
    Pipeline pipeline = NewsNlpPipeline.buildPipeline(Pipeline.create(options), options);
    assertEquals(PipelineResult.State.DONE, pipeline.run().waitUntilFinish());
    SampleRuns.Run inPipeline = new SampleRuns.Run(out, null);

    for (Tables.TableDef table : Tables.all()) {
      assertEquals(listing(inPipeline.table(table.name())), listing(staged.table(table.name())), table.name());
      assertEquals(sortedRows(inPipeline, table.name()), sortedRows(staged, table.name()), table.name());
    }
    assertFalse(sortedRows(staged, Tables.ENTITY_MENTIONS).isEmpty());
    System.out.print(SampleRuns.assertSameFiles("launcher", staged, "in-pipeline", inPipeline));
    assertEquals(JSON.readTree(out.resolve("report_data.json").toFile()),
        JSON.readTree(staged.output().resolve("report_data.json").toFile()));
    assertTrue(JSON.readTree(out.resolve("report_data.json").toFile()).path("pages").path("kept").asLong() > 0);
    assertFalse(Files.exists(staged.output().resolve("_staging")), "staging is removed after publishing");
  }

  private static List<String> listing(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static List<String> sortedRows(SampleRuns.Run run, String table) {
    return run.rows(table).stream().map(JsonNode::toString).sorted().toList();
  }
}
