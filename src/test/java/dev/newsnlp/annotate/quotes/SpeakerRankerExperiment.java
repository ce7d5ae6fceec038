package dev.newsnlp.annotate.quotes;

import dev.newsnlp.annotate.MentionSpan;
import dev.newsnlp.annotate.QuoteSpan;
import java.util.ArrayList;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The attributor with a learned choice among the sieves' proposals, for measuring it (issue 27; dev tool
 * {@code SpeakerRankFolds}). Runs the product's attributor through its measurement seam
 * ({@link NewsQuoteAttributor.Chooser}); kinds are decided by the rules alone.
 */
public final class SpeakerRankerExperiment {

  /** A speaker some sieve proposes for a quote: the quote's span, the phrase, its canonical name, its sieves. */
  public record CandidateRow(int quoteStart, int quoteEnd, String speaker, @Nullable String canonical,
      boolean chosen, List<String> sieves, double[] features) {}

  /** Every speech quote's candidate speakers after the sieves' pass, in text order. */
  public static List<CandidateRow> candidates(String text, List<QuoteToken> tokens, List<MentionSpan> mentions) {
    List<CandidateRow> out = new ArrayList<>();
    NewsQuoteAttributor.attribute(text, tokens, mentions, null, (doc, found, canonicalizer, titleOrTerm) -> {
      SpeakerCandidates all = new SpeakerCandidates(doc, found, canonicalizer);
      for (int q = 0; q < doc.quotes().size(); q++) {
        if (titleOrTerm[q]) {
          continue;
        }
        QuoteFinder.Segment seg = doc.quotes().get(q);
        for (SpeakerCandidates.Candidate c : all.of(q)) {
          Speaker s = c.speaker();
          List<String> sieves = new ArrayList<>();
          for (int i = 0; i < SpeakerCandidates.SIEVES.size(); i++) {
            if ((c.sieves() & (1 << i)) != 0) {
              sieves.add(SpeakerCandidates.SIEVES.get(i).getClass().getSimpleName());
            }
          }
          out.add(new CandidateRow(seg.start(), seg.end(),
              text.substring(doc.token(s.start()).begin(), doc.token(s.end() - 1).end()),
              canonicalizer.resolve(s, seg.start()).canonical(), c.chosen(), sieves, c.features()));
        }
      }
    });
    return out;
  }

  /**
   * The attributor's rows with each attributed quote's speaker chosen by {@code ranker} among every sieve's
   * proposal (all quotes' candidates taken from the sieves' pass before any choice changes); with a null ranker,
   * the sieves' first fit, as in the product. Quotes without a speaker stay without one, so quote spans and
   * kinds do not change.
   */
  public static List<QuoteSpan> attribute(String text, List<QuoteToken> tokens, List<MentionSpan> mentions,
      @Nullable SpeakerRanker ranker) {
    if (ranker == null) {
      return NewsQuoteAttributor.attribute(text, tokens, mentions, null, null);
    }
    return NewsQuoteAttributor.attribute(text, tokens, mentions, null, (doc, found, canonicalizer, titleOrTerm) -> {
      SpeakerCandidates all = new SpeakerCandidates(doc, found, canonicalizer);
      Speaker[] choice = new Speaker[doc.quotes().size()];
      for (int q = 0; q < choice.length; q++) {
        if (found.has(q)) {
          SpeakerCandidates.Candidate best = SpeakerCandidates.best(all.of(q), ranker);
          choice[q] = best == null ? found.of(q) : best.speaker();
        }
      }
      for (int q = 0; q < choice.length; q++) {
        if (choice[q] != null) {
          found.set(q, choice[q]);
        }
      }
    });
  }

  private SpeakerRankerExperiment() {}
}
