package dev.newsnlp.annotate;

import dev.newsnlp.annotate.quotes.NewsQuoteAttributor;
import dev.newsnlp.annotate.quotes.QuoteToken;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import java.util.List;

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
    Annotation doc = new Annotation(text);
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
