package dev.newsnlp.annotate;

import dev.newsnlp.annotate.entities.EntityResolver;
import dev.newsnlp.errors.Failures;
import dev.newsnlp.model.CleanedPage;
import dev.newsnlp.model.FailuresTable;
import dev.newsnlp.model.PageFate;
import java.util.concurrent.ExecutionException;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Distribution;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Annotates one kept page: its mentions, entities and quotes rows, and its fate (annotated, or failed with a
 * failures row). CoreNLP objects never leave this DoFn, only rows do.
 */
class AnnotateFn extends DoFn<CleanedPage, PageFate> {
  private static final Logger LOG = LoggerFactory.getLogger(AnnotateFn.class);

  private final Counter mentions = Metrics.counter(Annotate.class, "mentions");
  private final Counter quotes = Metrics.counter(Annotate.class, "quotes");
  private final Counter quotesWithSpeaker = Metrics.counter(Annotate.class, "quotesWithSpeaker");
  private final Counter tokens = Metrics.counter(Annotate.class, "tokens");
  private final Counter charsAnnotated = Metrics.counter(Annotate.class, "charsAnnotated");
  private final Distribution millisPerDoc = Metrics.distribution(Annotate.class, "annotateMillisPerDoc");
  private final Distribution mentionsPerDoc = Metrics.distribution(Annotate.class, "mentionsPerDoc");

  private final Counter truncated = Metrics.counter(Annotate.class, "documentsTruncated");
  private final Counter timedOut = Metrics.counter(Annotate.class, "documentsTimedOut");

  private final NlpConfig config;
  private final int maxChars;
  private final int timeoutSeconds;
  private transient TextAnnotator annotator;
  private transient TimeLimit timeLimit;

  AnnotateFn(NlpConfig config, int maxChars, int timeoutSeconds) {
    this.config = config;
    this.maxChars = maxChars;
    this.timeoutSeconds = timeoutSeconds;
  }

  @Setup
  public void setup() {
    annotator = new TextAnnotator(config);
    annotator.warmUp();
    timeLimit = new TimeLimit(timeoutSeconds * 1000L);
  }

  @Teardown
  public void teardown() {
    if (timeLimit != null) {
      timeLimit.close();
    }
  }

  @ProcessElement
  public void process(@Element CleanedPage page, MultiOutputReceiver out) {
    // Offsets of a prefix are offsets into the whole text, so documents.text stays whole.
    String text = page.getText();
    int end = TextLimits.cut(text, maxChars);
    String annotated = end == text.length() ? text : text.substring(0, end);
    AnnotatedText result;
    long t0 = System.nanoTime();
    try {
      result = timeLimit.call(() -> annotator.annotate(annotated, page.getSite()));
    } catch (TimeLimit.TimedOutException e) {
      timedOut.inc();
      fail(page, "annotation_timeout", e.getMessage() + " (--annotateTimeoutSeconds)", out);
      return;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      LOG.warn("CoreNLP failed on {} ({}): {}", page.getDocId(), page.getSource(), cause.toString());
      fail(page, "corenlp_exception", cause.toString(), out);
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while annotating " + page.getDocId(), e);
    }
    if (end < text.length()) {
      truncated.inc();
    }
    millisPerDoc.update((System.nanoTime() - t0) / 1_000_000);
    AnnotationTimes.pageDone();
    String docId = page.getDocId();
    EntityResolver.Result entities = EntityResolver.resolve(docId, result.mentions());
    for (Row row : RowConverter.mentionRows(docId, result.mentions(), entities)) {
      out.get(Annotate.MENTIONS).output(row);
    }
    for (Row row : RowConverter.entityRows(docId, entities)) {
      out.get(Annotate.ENTITIES).output(row);
    }
    for (Row row : RowConverter.quoteRows(docId, result.quotes(), result.mentions(), entities)) {
      out.get(Annotate.QUOTES).output(row);
    }
    mentions.inc(result.mentions().size());
    mentionsPerDoc.update(result.mentions().size());
    quotes.inc(result.quotes().size());
    quotesWithSpeaker.inc(result.quotes().stream().filter(q -> q.speaker() != null).count());
    tokens.inc(result.tokens());
    charsAnnotated.inc(page.getText().length());
    out.get(Annotate.FATES).output(PageFate.annotated(page, end, result.mentions().size(), result.quotes().size()));
  }

  private void fail(CleanedPage page, String error, String message, MultiOutputReceiver out) {
    out.get(Failures.TAG).output(Failures.row(page.getSource(), page.getRecordIndex(), page.getDocId(),
        FailuresTable.STAGE_ANNOTATE, error, message));
    out.get(Annotate.FATES).output(PageFate.failed(page, error));
  }
}
