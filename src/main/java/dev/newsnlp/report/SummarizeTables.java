package dev.newsnlp.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsnlp.clean.DropReasons;
import dev.newsnlp.model.DocumentsTable;
import dev.newsnlp.model.FailuresTable;
import dev.newsnlp.model.Tables;
import dev.newsnlp.write.TableLayout;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.MapCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.RowCoder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Filter;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionRowTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.Row;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The numbers behind report.html, computed inside the pipeline from the tables themselves (so they scale
 * and work on every runner): the funnel, drop reasons, kept-text share, failures, per-site counts, and the
 * top entities (by type) and speakers (one bar per entity_key, from corpus_entities and speakers), the stories on most sites and the entities in most stories. Written as {@code report_data.json} next to the run summary; the launcher
 * renders it (with the run's timings) into report.html.
 */
public final class SummarizeTables extends PTransform<PCollectionRowTuple, PDone> {
  static final String FILE = "report_data.json";
  /** Rows of each top list of the report. */
  static final int TOP = 12;

  private final String output;
  private final @Nullable String runDate;

  private SummarizeTables(String output, @Nullable String runDate) {
    this.output = output;
    this.runDate = runDate;
  }

  public static SummarizeTables to(String output, @Nullable String runDate) {
    return new SummarizeTables(output, runDate);
  }

  @Override
  public PDone expand(PCollectionRowTuple tables) {
    PCollection<String> keys = PCollectionList.of(
            tables.get(Tables.DOCUMENTS).apply("DocumentKeys", ParDo.of(new DocumentKeysFn())))
        .and(tables.get(Tables.FAILURES).apply("FailureKeys", ParDo.of(new FailureKeysFn())))
        .apply("AllCountKeys", Flatten.pCollections());
    PCollectionView<Map<String, Long>> counts = keys
        .apply("CountKeys", Count.perElement())
        .apply("CountsAsMap", View.asMap());

    PCollection<KV<String, List<Row>>> tops = tables.apply("RankedTops", new CorpusTops.RankedTops());

    PCollectionView<List<Row>> topStories = tables.get(Tables.DOCUMENTS)
        .apply("Stories", new CorpusTops.Stories())
        .apply("TopStories", Combine.globally(CorpusTops.topStories()))
        .apply("TopStoriesView", View.asSingleton());
    PCollectionView<List<Row>> topEntities = tables.get(Tables.CORPUS_ENTITIES)
        .apply("NamedCorpusEntities", Filter.by(CorpusTops::isName))
        .apply("TopEntitiesByStories", Combine.globally(CorpusTops.topEntities()))
        .apply("TopEntitiesView", View.asSingleton());

    tops.apply("GatherTops", Combine.globally(new CollectTops()))
        .apply("WriteReportData", ParDo.of(
                new WriteDataFn(TableLayout.runDir(output, runDate), counts, topStories, topEntities))
            .withSideInputs(counts, topStories, topEntities));
    return PDone.in(tables.getPipeline());
  }

  /** The count keys of one documents row (status, drop reason, site, format, kept-text share). */
  static void documentKeys(Row d, Consumer<String> out) {
    String status = d.getString(DocumentsTable.STATUS);
    out.accept("status|" + status);
    String reason = d.getString(DocumentsTable.DROP_REASON);
    if (DocumentsTable.STATUS_DROPPED.equals(status) && reason != null) {
      out.accept("drop|" + DropReasons.code(reason));
    }
    String site = d.getString(DocumentsTable.SITE);
    out.accept("site|" + (site == null ? "(no url)" : site) + "|" + status);
    out.accept("format|" + d.getString(DocumentsTable.FORMAT));
    if (DocumentsTable.STATUS_KEPT.equals(status)) {
      int in = Math.max(1, d.getInt32(DocumentsTable.CHARS_IN));
      int bucket = Math.min(9, (int) (10L * d.getInt32(DocumentsTable.CHARS_KEPT) / in));
      out.accept("share|" + bucket);
    }
  }

  /** The count keys of one failures row. */
  static void failureKeys(Row f, Consumer<String> out) {
    out.accept("failure|" + f.getString(FailuresTable.STAGE) + "|" + f.getString(FailuresTable.ERROR));
    if (f.getInt64(FailuresTable.RECORD_INDEX) == null) {
      out.accept("file_failed");
    } else if (FailuresTable.STAGE_READ.equals(f.getString(FailuresTable.STAGE))) {
      out.accept("record_failed_read");
    }
  }

  static final class DocumentKeysFn extends DoFn<Row, String> {
    @ProcessElement
    public void process(@Element Row d, OutputReceiver<String> out) {
      documentKeys(d, out::output);
    }
  }

  static final class FailureKeysFn extends DoFn<Row, String> {
    @ProcessElement
    public void process(@Element Row f, OutputReceiver<String> out) {
      failureKeys(f, out::output);
    }
  }

  /** Gathers every group's top list into one map (there are few groups). */
  static final class CollectTops extends Combine.CombineFn<KV<String, List<Row>>,
      Map<String, List<Row>>, Map<String, List<Row>>> {
    private static final Coder<Map<String, List<Row>>> CODER =
        MapCoder.of(StringUtf8Coder.of(), ListCoder.of(RowCoder.of(CorpusTops.RANKED)));

    @Override
    public Map<String, List<Row>> createAccumulator() {
      return new TreeMap<>();
    }

    @Override
    public Map<String, List<Row>> addInput(
        Map<String, List<Row>> acc, KV<String, List<Row>> in) {
      acc.put(in.getKey(), new ArrayList<>(in.getValue()));
      return acc;
    }

    @Override
    public Map<String, List<Row>> mergeAccumulators(Iterable<Map<String, List<Row>>> accs) {
      Map<String, List<Row>> merged = new TreeMap<>();
      accs.forEach(merged::putAll);
      return merged;
    }

    @Override
    public Map<String, List<Row>> extractOutput(Map<String, List<Row>> acc) {
      return acc;
    }

    @Override
    public Coder<Map<String, List<Row>>> getAccumulatorCoder(
        CoderRegistry registry, Coder<KV<String, List<Row>>> inputCoder) {
      return CODER;
    }

    @Override
    public Coder<Map<String, List<Row>>> getDefaultOutputCoder(
        CoderRegistry registry, Coder<KV<String, List<Row>>> inputCoder) {
      return CODER;
    }
  }

  /** Writes report_data.json once, from the counts (side input) and the top lists. */
  static final class WriteDataFn extends DoFn<Map<String, List<Row>>, Void> {
    private final String runDir;
    private final PCollectionView<Map<String, Long>> counts;
    private final PCollectionView<List<Row>> topStories;
    private final PCollectionView<List<Row>> topEntities;

    WriteDataFn(String runDir, PCollectionView<Map<String, Long>> counts, PCollectionView<List<Row>> topStories,
        PCollectionView<List<Row>> topEntities) {
      this.runDir = runDir;
      this.counts = counts;
      this.topStories = topStories;
      this.topEntities = topEntities;
    }

    @ProcessElement
    public void process(ProcessContext c) throws IOException {
      writeReportData(runDir, ReportData.from(new TreeMap<>(c.sideInput(counts)), c.element(),
          c.sideInput(topStories), c.sideInput(topEntities)));
    }
  }

  static void writeReportData(String runDir, Map<String, Object> data) throws IOException {
    ResourceId file = FileSystems.matchNewResource(runDir, true).resolve(FILE, StandardResolveOptions.RESOLVE_FILE);
    try (OutputStream os = Channels.newOutputStream(FileSystems.create(file, "application/json"))) {
      new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(os, data);
    }
  }
}
