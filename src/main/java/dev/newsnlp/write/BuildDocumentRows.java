package dev.newsnlp.write;

import dev.newsnlp.model.DocumentRows;
import dev.newsnlp.model.DocumentsTable;
import dev.newsnlp.model.PageFate;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;

/**
 * The fate of every cleaned page → its {@code documents} row, and the final count of pages kept, dropped
 * and failed (the run summary's accounting: pages read = kept + dropped + failed).
 */
public final class BuildDocumentRows extends PTransform<PCollection<PageFate>, PCollection<Row>> {

  public static BuildDocumentRows create() {
    return new BuildDocumentRows();
  }

  private BuildDocumentRows() {}

  @Override
  public PCollection<Row> expand(PCollection<PageFate> fates) {
    return fates.apply("DocumentRow", ParDo.of(new DocumentRowFn())).setRowSchema(DocumentsTable.SCHEMA);
  }

  static class DocumentRowFn extends DoFn<PageFate, Row> {
    private final Counter kept = Metrics.counter(BuildDocumentRows.class, "documentsKept");
    private final Counter dropped = Metrics.counter(BuildDocumentRows.class, "documentsDropped");
    private final Counter failed = Metrics.counter(BuildDocumentRows.class, "documentsFailed");
    private final Counter seen = Metrics.counter(BuildDocumentRows.class, "documentsSeenBefore");

    @ProcessElement
    public void process(@Element PageFate fate, OutputReceiver<Row> out) {
      switch (fate.getStatus()) {
        case DocumentsTable.STATUS_KEPT -> kept.inc();
        case DocumentsTable.STATUS_DROPPED -> dropped.inc();
        case DocumentsTable.STATUS_FAILED -> failed.inc();
        case DocumentsTable.STATUS_SEEN_BEFORE -> seen.inc();
        default -> throw new IllegalArgumentException("unknown status " + fate.getStatus());
      }
      out.output(DocumentRows.of(fate));
    }
  }
}
