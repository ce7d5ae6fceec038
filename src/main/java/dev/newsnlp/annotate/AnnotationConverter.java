package dev.newsnlp.annotate;

import dev.newsnlp.annotate.ner.MentionBounds;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * CoreNLP {@link Annotation} → plain records. Offsets come from the tokens' character offsets, so they index
 * the exact string that was annotated; the record's text is always that string's slice.
 */
public final class AnnotationConverter {
  public static List<MentionSpan> mentions(Annotation doc, String text) {
    List<CoreMap> mentions = doc.get(CoreAnnotations.MentionsAnnotation.class);
    List<MentionSpan> out = new ArrayList<>();
    if (mentions == null) {
      return out;
    }
    for (CoreMap m : mentions) {
      String type = m.get(CoreAnnotations.EntityTypeAnnotation.class);
      if (type == null) {
        type = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
      }
      List<CoreLabel> tokens = m.get(CoreAnnotations.TokensAnnotation.class);
      if (type == null || type.equals("O") || tokens == null || tokens.isEmpty()) {
        continue;
      }
      int[] name = MentionBounds.nameTokens(tokens);
      if (name == null) {
        continue;
      }
      int start = tokens.get(name[0]).beginPosition();
      int end = tokens.get(name[1] - 1).endPosition();
      Integer sentence = m.get(CoreAnnotations.SentenceIndexAnnotation.class);
      out.add(new MentionSpan(start, end, text.substring(start, end), type, confidence(m, type),
          sentence == null ? 0 : sentence));
    }
    out.sort(Comparator.comparingInt(MentionSpan::start).thenComparingInt(MentionSpan::end));
    return out;
  }

  /** Top-level quotations (nested ones stay inside their outer quote) with CoreNLP's speakers. */
  public static List<QuoteSpan> quotes(Annotation doc, String text) {
    List<CoreMap> quotes = doc.get(CoreAnnotations.QuotationsAnnotation.class);
    List<QuoteSpan> out = new ArrayList<>();
    if (quotes == null) {
      return out;
    }
    List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
    for (CoreMap q : quotes) {
      int start = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      Integer sentence = q.get(CoreAnnotations.SentenceBeginAnnotation.class);
      String mention = blankToNull(q.get(QuoteAttributionAnnotator.MentionAnnotation.class));
      String speaker = blankToNull(q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class));
      String canonical = blankToNull(q.get(QuoteAttributionAnnotator.CanonicalMentionAnnotation.class));
      int speakerStart = -1;
      int speakerEnd = -1;
      Integer mBegin = q.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
      Integer mEnd = q.get(QuoteAttributionAnnotator.MentionEndAnnotation.class);
      if (mention != null && mBegin != null && mEnd != null && tokens != null
          && mBegin >= 0 && mEnd < tokens.size() && mBegin <= mEnd) {
        speakerStart = tokens.get(mBegin).beginPosition();
        speakerEnd = tokens.get(mEnd).endPosition();
      }
      String written = mention != null ? mention : speaker;
      String canonicalSpeaker = canonical != null ? canonical : speaker;
      if ("Unknown".equals(written)) {
        written = null;
      }
      if ("Unknown".equals(canonicalSpeaker)) {
        canonicalSpeaker = null;
      }
      out.add(new QuoteSpan(start, end, text.substring(start, end), written,
          written == null ? null : canonicalSpeaker, speakerStart, speakerEnd, sentence == null ? 0 : sentence,
          null, written == null ? null : "corenlp", QuoteSpan.LINK_BY_OFFSETS, null));
    }
    out.sort(Comparator.comparingInt(QuoteSpan::start));
    return out;
  }

  private static @Nullable Double confidence(CoreMap mention, String type) {
    Map<String, Double> probs = mention.get(CoreAnnotations.NamedEntityTagProbsAnnotation.class);
    if (probs == null || probs.isEmpty()) {
      return null;
    }
    Double p = probs.get(type);
    if (p == null && probs.size() == 1) {
      p = probs.values().iterator().next();
    }
    return p == null || p.isNaN() || p < 0 ? null : p;
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private AnnotationConverter() {}
}
