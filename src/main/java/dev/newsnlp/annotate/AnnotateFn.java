package dev.newsnlp.annotate;

import dev.newsnlp.annotate.entities.EntityResolver;
import dev.newsnlp.errors.Failures;
import dev.newsnlp.model.CleanedPage;
import dev.newsnlp.model.DocumentRows;
import dev.newsnlp.model.DocumentsTable;
import dev.newsnlp.model.FailuresTable;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Distribution;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Annotates one cleaned page; CoreNLP objects never leave this DoFn, only rows do. */
class AnnotateFn extends DoFn<CleanedPage, Row> {
  private static final Logger LOG = LoggerFactory.getLogger(AnnotateFn.class);

  private final Counter kept = Metrics.counter(Annotate.class, "documentsKept");
  private final Counter dropped = Metrics.counter(Annotate.class, "documentsDropped");
  private final Counter failed = Metrics.counter(Annotate.class, "documentsFailed");
  private final Counter mentions = Metrics.counter(Annotate.class, "mentions");
  private final Counter quotes = Metrics.counter(Annotate.class, "quotes");
  private final Counter quotesWithSpeaker = Metrics.counter(Annotate.class, "quotesWithSpeaker");
  private final Counter tokens = Metrics.counter(Annotate.class, "tokens");
  private final Counter charsAnnotated = Metrics.counter(Annotate.class, "charsAnnotated");
  private final Distribution millisPerDoc = Metrics.distribution(Annotate.class, "annotateMillisPerDoc");
  private final Distribution mentionsPerDoc = Metrics.distribution(Annotate.class, "mentionsPerDoc");

  private final NlpConfig config;
  private transient TextAnnotator annotator;

  AnnotateFn(NlpConfig config) {
    this.config = config;
  }

  @Setup
  public void setup() {
    annotator = new TextAnnotator(config);
    annotator.warmUp();
  }

  @ProcessElement
  public void process(@Element CleanedPage page, MultiOutputReceiver out) {
    if (!page.kept()) {
      dropped.inc();
      out.get(Annotate.DOCUMENTS)
          .output(DocumentRows.of(page, DocumentsTable.STATUS_DROPPED, page.getDropReason(), 0, 0));
      return;
    }
    AnnotatedText result;
    long t0 = System.nanoTime();
    try {
      result = annotator.annotate(page.getText());
    } catch (RuntimeException | StackOverflowError e) {
      LOG.warn("CoreNLP failed on {} ({}): {}", page.getDocId(), page.getSource(), e.toString());
      failed.inc();
      out.get(Failures.TAG).output(Failures.row(page.getSource(), page.getRecordIndex(), page.getDocId(),
          FailuresTable.STAGE_ANNOTATE, "corenlp_exception", e.toString()));
      out.get(Annotate.DOCUMENTS)
          .output(DocumentRows.of(page, DocumentsTable.STATUS_FAILED, "annotation_failed", 0, 0));
      return;
    }
    millisPerDoc.update((System.nanoTime() - t0) / 1_000_000);
    String docId = page.getDocId();
    EntityResolver.Result entities = EntityResolver.resolve(docId, result.mentions());
    for (Row row : RowConverter.mentionRows(docId, result.mentions(), entities)) {
      out.get(Annotate.MENTIONS).output(row);
    }
    for (Row row : RowConverter.entityRows(docId, entities)) {
      out.get(Annotate.ENTITIES).output(row);
    }
    for (Row row : RowConverter.quoteRows(docId, result.quotes(), result.mentions())) {
      out.get(Annotate.QUOTES).output(row);
    }
    kept.inc();
    mentions.inc(result.mentions().size());
    mentionsPerDoc.update(result.mentions().size());
    quotes.inc(result.quotes().size());
    quotesWithSpeaker.inc(result.quotes().stream().filter(q -> q.speaker() != null).count());
    tokens.inc(result.tokens());
    charsAnnotated.inc(page.getText().length());
    out.get(Annotate.DOCUMENTS).output(DocumentRows.of(page, DocumentsTable.STATUS_KEPT, null,
        result.mentions().size(), result.quotes().size()));
  }
}
