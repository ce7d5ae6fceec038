package dev.newsnlp.annotate.quotes;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/**
 * The little the news attributor needs of a CoreNLP token: character offsets into the annotated text (end
 * exclusive), the word, POS tag, lemma, NER tag and sentence index. A plain record, so the attributor can be
 * tested and tuned without CoreNLP objects.
 */
public record QuoteToken(int begin, int end, String word, String pos, String lemma, String ner, int sentence) {

  /** Tokens of an annotated document (needs tokenize, ssplit, pos, lemma, ner), in text order. */
  public static List<QuoteToken> of(Annotation doc) {
    List<QuoteToken> out = new ArrayList<>();
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null) {
      return out;
    }
    for (int s = 0; s < sentences.size(); s++) {
      for (CoreLabel t : sentences.get(s).get(CoreAnnotations.TokensAnnotation.class)) {
        String word = t.originalText() != null ? t.originalText() : t.word();
        out.add(new QuoteToken(t.beginPosition(), t.endPosition(), word, nz(t.tag()), nz(t.lemma()), nz(t.ner(), "O"), s));
      }
    }
    return out;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static String nz(String s, String dflt) {
    return s == null ? dflt : s;
  }
}
