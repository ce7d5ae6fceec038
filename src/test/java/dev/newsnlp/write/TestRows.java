package dev.newsnlp.write;

import dev.newsnlp.errors.Failures;
import dev.newsnlp.model.CleanedPage;
import dev.newsnlp.model.DocumentRows;
import dev.newsnlp.model.FailuresTable;
import dev.newsnlp.model.PageFate;
import dev.newsnlp.model.Tables;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.RowCoder;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionRowTuple;
import org.apache.beam.sdk.values.Row;

/** Pages and table rows written for the write-stage tests. */
final class TestRows {
  static final String NIGHT_BUS = "Valdemoor opens a night bus line\n\nThe transport board agreed on Thursday to run "
      + "a night bus to the eastern suburbs. \"It is for the people who keep the city running,\" said Marta Olsen.";

  /** The row of a kept page: every column set. */
  static Row kept(String docId) {
    CleanedPage page = CleanedPage.create(docId, "dumps/" + docId + ".txt", 3, "text",
        "https://valdemoor.example/" + docId, "valdemoor.example", "Night bus", "By Ana Reyes", "2026-04-01", null,
        "UTF-8", "en", NIGHT_BUS, null, NIGHT_BUS.length() + 120);
    return DocumentRows.of(PageFate.annotated(page, NIGHT_BUS.length(), 2, 1));
  }

  /** The row of a dropped page: url, site, title, byline, dates and language null, text empty. */
  static Row dropped(String docId) {
    CleanedPage page = CleanedPage.create(docId, "dumps/" + docId + ".html", 0, "html", null, null, null, null,
        null, null, "UTF-8", null, "", "no_article_text", 812);
    return DocumentRows.of(PageFate.dropped(page));
  }

  static Row failure(String source) {
    return Failures.row(source, null, null, FailuresTable.STAGE_READ, "unreadable_file", "not gzip");
  }

  /** The five tables: the given documents and failures rows, the annotation tables empty. */
  static PCollectionRowTuple tables(Pipeline pipeline, List<Row> documents, List<Row> failures) {
    PCollectionRowTuple tables = PCollectionRowTuple.empty(pipeline);
    for (Tables.TableDef table : Tables.all()) {
      List<Row> rows = switch (table.name()) {
        case Tables.DOCUMENTS -> documents;
        case Tables.FAILURES -> failures;
        default -> List.of();
      };
      PCollection<Row> created = pipeline.apply("Create_" + table.name(),
          rows.isEmpty() ? Create.empty(RowCoder.of(table.schema())) : Create.of(rows).withRowSchema(table.schema()));
      tables = tables.and(table.name(), created.setRowSchema(table.schema()));
    }
    return tables;
  }

  private TestRows() {}
}
