package dev.newsnlp.launch;

import dev.newsnlp.options.NlpPipelineOptions;
import dev.newsnlp.report.ReportHtml;
import dev.newsnlp.report.ReportWriter;
import dev.newsnlp.write.TableLayout;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.beam.sdk.PipelineResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes a finished run's {@code run_summary.json} and {@code report.html}. */
final class RunReport {
  private static final Logger LOG = LoggerFactory.getLogger(RunReport.class);

  /**
   * @param writeSeconds time the launcher spent writing staged tables (0 when the pipeline wrote them)
   */
  static void write(NlpPipelineOptions options, PipelineResult result, RunSummary summary, double writeSeconds) {
    String runDir = TableLayout.runDir(options.getOutput(), options.getRunDate());
    try {
      summary.writeJson(runDir);
      if (options.getRunDate() != null) {
        // The latest run's summary also sits at the top of the output, where monitoring looks.
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
  }

  /** The report's time per stage; when the launcher wrote the tables, that is one. */
  private static Map<String, Double> stagesWithWrite(RunSummary summary, double writeSeconds) {
    Map<String, Double> stages = new LinkedHashMap<>(summary.stageSeconds());
    if (writeSeconds > 0) {
      stages.put("write tables", writeSeconds);
    }
    return stages;
  }

  private RunReport() {}
}
