package dev.newsnlp.annotate.quotes.sieves;

import dev.newsnlp.annotate.quotes.QuoteDocument;
import dev.newsnlp.annotate.quotes.QuoteFinder;
import dev.newsnlp.annotate.quotes.Speaker;
import dev.newsnlp.annotate.quotes.Speakers;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * {@code previous_paragraph}: a paragraph that opens with a quote, none of its quotes attributed, continues
 * the speaker the paragraph before ends with: its last quote's speaker, or (a paragraph without quotes) the
 * named or pronoun subject of a speech clause in its last sentence ("Smith said the plan would fail.").
 */
public final class PreviousParagraph implements Sieve {
  public static final String NAME = "previous_paragraph";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public @Nullable Speaker find(QuoteDocument doc, Speakers found, int q) {
    if (!opensUnattributedParagraph(doc, found, q)) {
      return null;
    }
    int p = doc.quotes().get(q).paragraph() - 1;
    List<Integer> quotes = doc.quotesIn(p);
    if (!quotes.isEmpty()) {
      Speaker last = found.of(quotes.get(quotes.size() - 1));
      return last == null ? null : last.as(NAME);
    }
    QuoteFinder.Paragraph before = doc.paragraphs().get(p);
    int end = doc.lastTokenBefore(before.end());
    if (end < 0) {
      return null;
    }
    int start = doc.sentenceStart(doc.sentenceOf(end));
    if (doc.token(start).begin() < before.start()) {
      return null;
    }
    return SpeechClause.named(doc, start, end + 1, NAME);
  }

  /**
   * Whether quote q opens its paragraph (not the first), as the paragraph's first quote, and no quote of the
   * paragraph has a speaker yet: the paragraph may continue the one before.
   */
  static boolean opensUnattributedParagraph(QuoteDocument doc, Speakers found, int q) {
    QuoteFinder.Segment quote = doc.quotes().get(q);
    List<Integer> inParagraph = doc.quotesIn(quote.paragraph());
    return quote.paragraph() > 0 && !inParagraph.isEmpty() && inParagraph.get(0) == q
        && quote.start() == doc.paragraphs().get(quote.paragraph()).start()
        && inParagraph.stream().noneMatch(found::has);
  }
}
