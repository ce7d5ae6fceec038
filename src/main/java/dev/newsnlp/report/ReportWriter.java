package dev.newsnlp.report;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;

/** Reads a run's report_data.json and writes report.html beside it (any Beam filesystem). */
public final class ReportWriter {
  public static final String HTML = "report.html";

  /** Returns the report's path. */
  public static String write(String runDir, ReportHtml.RunInfo run) throws IOException {
    ResourceId dir = FileSystems.matchNewResource(runDir, true);
    Map<String, Object> data;
    try (InputStream in = Channels.newInputStream(
        FileSystems.open(dir.resolve(SummarizeTables.FILE, StandardResolveOptions.RESOLVE_FILE)))) {
      data = new ObjectMapper().readValue(in, new TypeReference<Map<String, Object>>() {});
    }
    ResourceId html = dir.resolve(HTML, StandardResolveOptions.RESOLVE_FILE);
    try (OutputStream os = Channels.newOutputStream(FileSystems.create(html, "text/html"))) {
      os.write(ReportHtml.render(data, run).getBytes(StandardCharsets.UTF_8));
    }
    return html.toString();
  }

  private ReportWriter() {}
}
