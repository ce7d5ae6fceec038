package dev.newsnlp.annotate.quotes.sieves;

import dev.newsnlp.annotate.quotes.NounPhrase;
import dev.newsnlp.annotate.quotes.QuoteDocument;
import dev.newsnlp.annotate.quotes.QuoteFinder;
import dev.newsnlp.annotate.quotes.Speaker;
import dev.newsnlp.annotate.quotes.Speakers;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * {@code colon_intro}: a paragraph that opens with a quote, none of its quotes attributed, whose paragraph
 * before ends with a colon after a speaker ("In a 1963 speech, he declared:", "Clinton released the following
 * statement:").
 */
public final class ColonIntro implements Sieve {
  public static final String NAME = "colon_intro";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public @Nullable Speaker find(QuoteDocument doc, Speakers found, int q) {
    if (!PreviousParagraph.opensUnattributedParagraph(doc, found, q)) {
      return null;
    }
    QuoteFinder.Paragraph before = doc.paragraphs().get(doc.quotes().get(q).paragraph() - 1);
    int colon = doc.lastTokenBefore(before.end());
    if (colon < 0 || !doc.isWord(colon, ":") || doc.inQuote(colon)) {
      return null;
    }
    int s = doc.sentenceOf(colon);
    int start = colon;
    while (start > 0 && doc.sentenceOf(start - 1) == s && !doc.inQuote(start - 1)
        && doc.token(start - 1).begin() >= before.start()) {
      start--;
    }
    Speaker s1 = LeadingVerb.speakerBefore(doc, start, colon);
    if (s1 != null) {
      return s1.as(NAME);
    }
    // "Clinton released the following statement:" — the subject of the sentence.
    NounPhrase np = doc.phrases().right(start, colon, false);
    return np != null && doc.grammar().isNameOrPronoun(np) ? Speaker.of(np, NAME) : null;
  }
}
