package dev.newsnlp.annotate;

import dev.newsnlp.annotate.ner.OrganizationCues;
import dev.newsnlp.annotate.quotes.NewsQuoteAttributor;
import dev.newsnlp.annotate.quotes.QuoteToken;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/** Runs CoreNLP over one text and returns plain records. Thread-safe: the pipeline is leased per call. */
public final class TextAnnotator {
  private final NlpConfig config;

  public TextAnnotator(NlpConfig config) {
    this.config = config;
  }

  /** Loads the models now (once per JVM) rather than on the first document. */
  public void warmUp() {
    try (CoreNlpHolder.Lease lease = CoreNlpHolder.lease(config)) {
      lease.pipeline();
    }
  }

  public AnnotatedText annotate(String text) {
    return annotate(text, null);
  }

  /**
   * {@code site}: the page's site (documents.site), or null; the NER rules read an outlet's own name from it
   * ({@link OrganizationCues}).
   */
  public AnnotatedText annotate(String text, @Nullable String site) {
    Annotation doc = new Annotation(text);
    if (site != null) {
      doc.set(OrganizationCues.SiteAnnotation.class, site);
    }
    try (CoreNlpHolder.Lease lease = CoreNlpHolder.lease(config)) {
      lease.pipeline().annotate(doc);
    }
    List<MentionSpan> mentions = AnnotationConverter.mentions(doc, text);
    List<QuoteSpan> quotes =
        switch (config.quoteMode()) {
          case none -> List.of();
          case corenlp -> AnnotationConverter.quotes(doc, text);
          case news -> NewsQuoteAttributor.attribute(text, QuoteToken.of(doc), mentions);
        };
    var tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
    var sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    return new AnnotatedText(mentions, quotes, tokens == null ? 0 : tokens.size(),
        sentences == null ? 0 : sentences.size());
  }
}
