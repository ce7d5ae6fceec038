package dev.newsnlp.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsnlp.clean.CleanPages;
import dev.newsnlp.clean.DropReasons;
import dev.newsnlp.model.CleanedPage;
import dev.newsnlp.model.DocumentsTable;
import dev.newsnlp.model.Tables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.parquet.ParquetIO;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Filter;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.Min;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Partition;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.TupleTag;

/**
 * {@code --skipSeen}: kept pages whose cleaned text an earlier run already annotated are not annotated again.
 * The earlier run's {@code documents} tables (every run_date partition, JSON Lines or Parquet) are read for
 * their kept rows; the fingerprint of a text is the SHA-256 of its UTF-8 bytes (the exact-duplicate hash), so
 * it is the same on every run and runner. A page whose fingerprint was seen leaves with drop_reason
 * {@code seen_before:<earlier doc_id>} (the smallest, when several runs had it) and status seen_before.
 */
public final class SeenBefore extends PTransform<PCollection<CleanedPage>, PCollection<CleanedPage>> {
  private static final TupleTag<CleanedPage> PAGE = new TupleTag<>() {};
  private static final TupleTag<String> EARLIER = new TupleTag<>() {};

  private final String earlierOutput;

  private SeenBefore(String earlierOutput) {
    this.earlierOutput = earlierOutput.endsWith("/") ? earlierOutput : earlierOutput + "/";
  }

  public static SeenBefore in(String earlierOutput) {
    return new SeenBefore(earlierOutput);
  }

  @Override
  public PCollection<CleanedPage> expand(PCollection<CleanedPage> pages) {
    String dir = earlierOutput + Tables.DOCUMENTS + "/";
    PCollection<KV<String, String>> fromJson = pages.getPipeline()
        .apply("EarlierJsonTables", Create.of(dir + "*.jsonl", dir + "*/*.jsonl"))
        .apply("MatchEarlierJson", FileIO.matchAll().withEmptyMatchTreatment(EmptyMatchTreatment.ALLOW))
        .apply("OpenEarlierJson", FileIO.readMatches())
        .apply("ReadEarlierJson", TextIO.readFiles())
        .apply("FingerprintJson", ParDo.of(new JsonFingerprintFn()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));
    PCollection<KV<String, String>> fromParquet = pages.getPipeline()
        .apply("EarlierParquetTables", Create.of(dir + "*.parquet", dir + "*/*.parquet"))
        .apply("MatchEarlierParquet", FileIO.matchAll().withEmptyMatchTreatment(EmptyMatchTreatment.ALLOW))
        .apply("OpenEarlierParquet", FileIO.readMatches())
        .apply("ReadEarlierParquet", ParquetIO.parseFilesGenericRecords(SeenBefore::fingerprint)
            .withCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of())))
        .apply("KeptParquetRows", Filter.by((KV<String, String> kv) -> !kv.getKey().isEmpty()));
    PCollection<KV<String, String>> seen = PCollectionList.of(fromJson).and(fromParquet)
        .apply("AllEarlierFingerprints", Flatten.pCollections())
        .apply("FirstEarlierDocId", Min.perKey());

    PCollectionList<CleanedPage> split =
        pages.apply("SplitKeptFromDropped", Partition.of(2, (CleanedPage p, int n) -> p.kept() ? 0 : 1));
    PCollection<KV<String, CleanedPage>> kept = split.get(0)
        .apply("KeyByFingerprint", ParDo.of(new KeyByFingerprintFn()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), pages.getCoder()));
    PCollection<CleanedPage> marked = KeyedPCollectionTuple.of(PAGE, kept).and(EARLIER, seen)
        .apply("JoinEarlierFingerprints", CoGroupByKey.create())
        .apply("MarkSeenBefore", ParDo.of(new MarkFn()))
        .setCoder(pages.getCoder());
    return PCollectionList.of(marked).and(split.get(1)).apply("MergeSeenAndDropped", Flatten.pCollections());
  }

  /** (fingerprint, doc_id) of a kept row of an earlier Parquet documents table; ("", "") for others. */
  static KV<String, String> fingerprint(GenericRecord r) {
    Object status = r.get(DocumentsTable.STATUS);
    if (status == null || !DocumentsTable.STATUS_KEPT.equals(status.toString())) {
      return KV.of("", "");
    }
    return KV.of(CleanPages.sha256(r.get(DocumentsTable.TEXT).toString()), r.get(DocumentsTable.DOC_ID).toString());
  }

  static final class JsonFingerprintFn extends DoFn<String, KV<String, String>> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ProcessElement
    public void process(@Element String line, OutputReceiver<KV<String, String>> out) {
      if (line.isBlank()) {
        return;
      }
      try {
        JsonNode row = JSON.readTree(line);
        if (DocumentsTable.STATUS_KEPT.equals(row.path(DocumentsTable.STATUS).asText())) {
          out.output(KV.of(CleanPages.sha256(row.path(DocumentsTable.TEXT).asText()),
              row.path(DocumentsTable.DOC_ID).asText()));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("bad row in an earlier documents table", e);
      }
    }
  }

  static final class KeyByFingerprintFn extends DoFn<CleanedPage, KV<String, CleanedPage>> {
    @ProcessElement
    public void process(@Element CleanedPage p, OutputReceiver<KV<String, CleanedPage>> out) {
      out.output(KV.of(CleanPages.sha256(p.getText()), p));
    }
  }

  static final class MarkFn extends DoFn<KV<String, CoGbkResult>, CleanedPage> {
    private final Counter seenBefore = Metrics.counter(SeenBefore.class, "pagesSeenBefore");

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> group, OutputReceiver<CleanedPage> out) {
      String earlier = group.getValue().getOnly(EARLIER, null);
      List<CleanedPage> pages = new ArrayList<>();
      group.getValue().getAll(PAGE).forEach(pages::add);
      for (CleanedPage page : pages) {
        if (earlier == null) {
          out.output(page);
        } else {
          seenBefore.inc();
          out.output(page.withDropReason(DropReasons.SEEN_BEFORE + ":" + earlier));
        }
      }
    }
  }
}
