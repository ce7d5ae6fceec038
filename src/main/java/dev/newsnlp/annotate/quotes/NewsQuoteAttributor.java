package dev.newsnlp.annotate.quotes;

import dev.newsnlp.annotate.MentionSpan;
import dev.newsnlp.annotate.QuoteSpan;
import dev.newsnlp.annotate.quotes.sieves.AccordingTo;
import dev.newsnlp.annotate.quotes.sieves.AttributionSentence;
import dev.newsnlp.annotate.quotes.sieves.ColonIntro;
import dev.newsnlp.annotate.quotes.sieves.LeadingVerb;
import dev.newsnlp.annotate.quotes.sieves.MultiParagraph;
import dev.newsnlp.annotate.quotes.sieves.Possessive;
import dev.newsnlp.annotate.quotes.sieves.PreviousParagraph;
import dev.newsnlp.annotate.quotes.sieves.PreviousSentence;
import dev.newsnlp.annotate.quotes.sieves.SameParagraph;
import dev.newsnlp.annotate.quotes.sieves.SentenceSubject;
import dev.newsnlp.annotate.quotes.sieves.Sieve;
import dev.newsnlp.annotate.quotes.sieves.SplitQuote;
import dev.newsnlp.annotate.quotes.sieves.TrailingClause;
import dev.newsnlp.annotate.quotes.sieves.TrailingVerb;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Quote attribution for news, on CoreNLP's cheap annotations (tokens, sentences, POS, lemmas, NER; no parse, no
 * coreference). Quotes are found from the characters ({@link QuoteFinder}); each is attributed by the sieves of
 * {@code quotes.sieves} in the order below (docs/QUOTES.md, "Sieves"), the first that fits wins. A quote no
 * sieve fits gets no speaker. Titles, names and terms in quotation marks ({@link QuoteKinds}), and short
 * quotes no sieve fits, are kept as {@code title_or_term} with no speaker. Speakers are then named by
 * {@link SpeakerCanonicalizer}.
 */
public final class NewsQuoteAttributor {

  /** Quotes of at most this many words without a speaker are scare quotes or titles: title_or_term. */
  static final int MIN_UNATTRIBUTED_WORDS = 5;

  /** Sieves in the quote's own sentence, then the sentence before: asked per quote, the first that fits wins. */
  static final List<Sieve> SENTENCE_SIEVES = List.of(
      new TrailingVerb(),        // “…,” Holm said.  /  “…?” asked Holm, the mayor.
      new SplitQuote(),          // “A,” he said, “B.”
      new LeadingVerb(),         // Holm said: “…”
      new AccordingTo(),         // according to Holm
      new Possessive(),          // Holm's claim that “…”
      new AttributionSentence(), // “… win.” Holm said.  (trailing_verb over a sentence break)
      new TrailingClause(),      // “…” was the word on every sign, Holm said.
      new SentenceSubject(),     // Holm urged Trump to “embrace” the plan.
      new PreviousSentence());   // Holm tweeted a warning. “…”

  /** Sieves across sentences and paragraphs, applied by {@link #run()} to the speakers found so far. */
  static final Sieve MULTI_PARAGRAPH = new MultiParagraph();
  static final Sieve SAME_PARAGRAPH = new SameParagraph();
  static final List<Sieve> PARAGRAPH_OPENING_SIEVES = List.of(new ColonIntro(), new PreviousParagraph());

  private final QuoteDocument doc;
  private final Speakers found;
  private final SpeakerCanonicalizer canonicalizer;
  /** Quotes that are titles or terms (QuoteKinds): no sieve is asked about them. */
  private final boolean[] titleOrTerm;
  /** Measurement only: may change the sieves' choices after their pass; null in the product. */
  private final @Nullable Chooser chooser;

  /**
   * A seam for measuring other ways of choosing among the sieves' proposals (issue 27, a learned speaker
   * ranker, a test-scope experiment): called once after the sieves' pass, before the rows are written; it may
   * replace speakers in {@code found}. The product never sets one.
   */
  interface Chooser {
    void choose(QuoteDocument doc, Speakers found, SpeakerCanonicalizer canonicalizer, boolean[] titleOrTerm);
  }

  private NewsQuoteAttributor(QuoteDocument doc, SpeakerResolver resolver, @Nullable QuoteKindModel kindModel,
      @Nullable Chooser chooser) {
    this.doc = doc;
    this.chooser = chooser;
    this.found = new Speakers(doc.quotes().size());
    QuoteKinds kinds = new QuoteKinds(doc);
    this.titleOrTerm = new boolean[doc.quotes().size()];
    for (int q = 0; q < titleOrTerm.length; q++) {
      titleOrTerm[q] = kindModel != null ? kindModel.isTitleOrTerm(kinds.features(q)) : kinds.isTitleOrTerm(q);
    }
    this.canonicalizer = new SpeakerCanonicalizer(doc, found, resolver);
  }

  /** Quotes of a document with their speakers, canonical names resolved within the document. */
  public static List<QuoteSpan> attribute(String text, List<QuoteToken> tokens, List<MentionSpan> mentions) {
    return attribute(text, tokens, mentions, MentionSpeakerResolver::new);
  }

  /**
   * Quotes of a document with their speakers.
   *
   * @param tokens the document's tokens (tokenize, ssplit, pos, lemma, ner), in text order
   * @param mentions the document's entity mentions, in text order (as written to entity_mentions)
   * @param resolvers builds the resolver of canonical speakers from the mention list
   */
  public static List<QuoteSpan> attribute(String text, List<QuoteToken> tokens, List<MentionSpan> mentions,
      Function<List<MentionSpan>, SpeakerResolver> resolvers) {
    return new NewsQuoteAttributor(new QuoteDocument(text, tokens, mentions), resolvers.apply(mentions),
        QuoteKindModel.shipped(), null).run();
  }

  /**
   * With the kinds decided by {@code kindModel}, or by the rules of {@link QuoteKinds} alone when null (for
   * measuring one against the other).
   */
  public static List<QuoteSpan> attribute(String text, List<QuoteToken> tokens, List<MentionSpan> mentions,
      @Nullable QuoteKindModel kindModel) {
    return attribute(text, tokens, mentions, kindModel, null);
  }

  /** As {@link #attribute(String, List, List, QuoteKindModel)}, with a {@link Chooser} (measurement only). */
  static List<QuoteSpan> attribute(String text, List<QuoteToken> tokens, List<MentionSpan> mentions,
      @Nullable QuoteKindModel kindModel, @Nullable Chooser chooser) {
    return new NewsQuoteAttributor(new QuoteDocument(text, tokens, mentions), new MentionSpeakerResolver(mentions),
        kindModel, chooser).run();
  }

  private List<QuoteSpan> run() {
    sievePass();
    if (chooser != null) {
      chooser.choose(doc, found, canonicalizer, titleOrTerm);
    }
    return output();
  }

  /** The documented order. Each step only fills quotes still without a speaker. */
  private void sievePass() {
    for (int q = 0; q < doc.quotes().size(); q++) {
      if (doc.hasTokens(q)) {
        firstFit(SENTENCE_SIEVES, q);
      }
    }
    applyToAll(MULTI_PARAGRAPH);
    // Paragraph by paragraph: what a paragraph gets is passed on to the quotes of the next.
    for (List<Integer> paragraph : doc.quotesByParagraph()) {
      if (paragraph.isEmpty()) {
        continue;
      }
      paragraph.forEach(q -> ask(SAME_PARAGRAPH, q));
      firstFit(PARAGRAPH_OPENING_SIEVES, paragraph.get(0));
      paragraph.forEach(q -> ask(SAME_PARAGRAPH, q)); // what the opening quote just got, the others share
      applyToAll(MULTI_PARAGRAPH);
    }
  }

  /** Asks the sieves in order about quote q; the first speaker found stays. */
  private void firstFit(List<Sieve> sieves, int q) {
    sieves.forEach(sieve -> ask(sieve, q));
  }

  private void applyToAll(Sieve sieve) {
    for (int q = 0; q < doc.quotes().size(); q++) {
      ask(sieve, q);
    }
  }

  /** Asks one sieve about quote q, when q has no speaker yet and is no title or term. */
  private void ask(Sieve sieve, int q) {
    if (!found.has(q) && !titleOrTerm[q]) {
      Speaker s = sieve.find(doc, found, q);
      if (s != null) {
        found.set(q, canonicalizer.bindInSentence(s));
      }
    }
  }

  private List<QuoteSpan> output() {
    List<QuoteSpan> out = new ArrayList<>();
    String text = doc.text();
    for (int q = 0; q < doc.quotes().size(); q++) {
      QuoteFinder.Segment seg = doc.quotes().get(q);
      Speaker s = found.of(q);
      int first = doc.firstToken(q);
      int sentence = first < doc.size() ? doc.sentenceOf(first) : 0;
      String quoted = text.substring(seg.start(), seg.end());
      if (s == null) {
        boolean term = titleOrTerm[q]
            || words(quoted) < MIN_UNATTRIBUTED_WORDS && !groupHasSpeaker(seg.group());
        out.add(new QuoteSpan(seg.start(), seg.end(), quoted, null, null, -1, -1, sentence, null, null,
            QuoteSpan.NO_MENTION, null, term ? QuoteSpan.TITLE_OR_TERM : QuoteSpan.SPEECH, null));
        continue;
      }
      int sStart = doc.token(s.start()).begin();
      int sEnd = doc.token(s.end() - 1).end();
      SpeakerCanonicalizer.Resolved r = canonicalizer.resolve(s, seg.start());
      out.add(new QuoteSpan(seg.start(), seg.end(), quoted, text.substring(sStart, sEnd), r.canonical(), sStart, sEnd,
          sentence, r.type(), s.sieve(), r.mention(), r.entityId(), QuoteSpan.SPEECH, r.form()));
    }
    return out;
  }

  private boolean groupHasSpeaker(int group) {
    for (int q = 0; q < doc.quotes().size(); q++) {
      if (doc.quotes().get(q).group() == group && found.has(q)) {
        return true;
      }
    }
    return false;
  }

  private static int words(String s) {
    int n = 0;
    for (String w : s.split("\\s+")) {
      if (w.chars().anyMatch(Character::isLetterOrDigit)) {
        n++;
      }
    }
    return n;
  }
}
