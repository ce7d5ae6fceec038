package dev.newsnlp.annotate.quotes;

import dev.newsnlp.annotate.MentionSpan;
import dev.newsnlp.annotate.quotes.sieves.Sieve;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The speakers every sieve proposes for a quote, not only the first that fits: the candidates a learned
 * ranker ({@link SpeakerRanker}) chooses among (issue 27, a test-scope experiment). Asked after the sieves' own pass, so the sieves that
 * pass a speaker on (same paragraph, multi-paragraph) see the speakers the sieves chose; the two that continue
 * the paragraph before (colon intro, previous paragraph) are asked as if the quote's paragraph had no speaker
 * yet, so they always say what they would propose. Candidates with the same tokens are one candidate proposed by
 * several sieves. Each has the {@link #FEATURES} of {@link #features}.
 */
final class SpeakerCandidates {

  /** A proposed speaker, the sieves that proposed it (bit i: {@link #SIEVES} i) and its features. */
  record Candidate(Speaker speaker, int sieves, boolean chosen, double[] features) {}

  /** Every sieve, in the attributor's order. */
  static final List<Sieve> SIEVES;

  static {
    List<Sieve> all = new ArrayList<>(NewsQuoteAttributor.SENTENCE_SIEVES);
    all.add(NewsQuoteAttributor.MULTI_PARAGRAPH);
    all.add(NewsQuoteAttributor.SAME_PARAGRAPH);
    all.addAll(NewsQuoteAttributor.PARAGRAPH_OPENING_SIEVES);
    SIEVES = List.copyOf(all);
  }

  /** Feature names, in the order of {@link Candidate#features()}; index 0 is the bias. */
  static final List<String> FEATURES;

  static {
    List<String> f = new ArrayList<>();
    f.add("bias");
    for (Sieve s : SIEVES) {
      f.add("by_" + s.getClass().getSimpleName());
    }
    f.addAll(List.of(
        "sieves_choice",      // the speaker the sieves' first fit chose
        "first_sieve_rank",   // order of the earliest sieve that proposed it, 0 (first) to 1 (last)
        "more_sieves",        // how many more sieves proposed it (0, 1/3, 2/3, 1)
        "after_quote",        // the speaker comes after the quote
        "same_sentence",      // in a sentence of the quote
        "same_paragraph",     // in the quote's paragraph
        "log_distance",       // tokens between speaker and quote, log scale, 0 to 1
        "head_person",        // the head is a PERSON name
        "head_organisation",  // an ORGANIZATION name
        "head_other_entity",  // another entity type (COUNTRY, …)
        "pronoun",            // a one-word pronoun
        "description",        // no name and no pronoun ("a spokesman")
        "resolves",           // has a canonical name in the document
        "speech_verb_next",   // a speech verb within 3 tokens before or after it, in its sentence
        "log_mentions",       // mentions in the document sharing the head's word, log scale
        "speaks_elsewhere",   // the sieves chose the same head word for another quote of the document
        "log_candidates",     // how many candidates the quote has, log scale
        "opens_paragraph",    // the quote is the first of its paragraph
        "long_phrase"));      // the phrase's length in tokens / 10, at most 1
    FEATURES = List.copyOf(f);
  }

  private static final int FIRST = SIEVES.size() + 1;

  private final QuoteDocument doc;
  private final Speakers chosen;
  private final SpeakerCanonicalizer canonicalizer;

  SpeakerCandidates(QuoteDocument doc, Speakers chosen, SpeakerCanonicalizer canonicalizer) {
    this.doc = doc;
    this.chosen = chosen;
    this.canonicalizer = canonicalizer;
  }

  /** The candidates of quote q (empty when no sieve proposes one), the sieves' own choice among them. */
  List<Candidate> of(int q) {
    Map<Long, Speaker> byTokens = new LinkedHashMap<>();
    Map<Long, Integer> masks = new LinkedHashMap<>();
    Speakers withoutParagraph = null;
    for (int i = 0; i < SIEVES.size(); i++) {
      Sieve sieve = SIEVES.get(i);
      if (!doc.hasTokens(q) && i < NewsQuoteAttributor.SENTENCE_SIEVES.size()) {
        continue;
      }
      Speakers view = chosen;
      if (NewsQuoteAttributor.PARAGRAPH_OPENING_SIEVES.contains(sieve)) {
        if (withoutParagraph == null) {
          withoutParagraph = withoutParagraphOf(q);
        }
        view = withoutParagraph;
      }
      Speaker s = sieve.find(doc, view, q);
      if (s == null) {
        continue;
      }
      s = canonicalizer.bindInSentence(s);
      long key = ((long) s.start() << 32) | s.end();
      byTokens.putIfAbsent(key, s);
      masks.merge(key, 1 << i, (a, b) -> a | b);
    }
    Speaker sieveChoice = chosen.of(q);
    List<Candidate> out = new ArrayList<>();
    for (Map.Entry<Long, Speaker> e : byTokens.entrySet()) {
      Speaker s = e.getValue();
      boolean isChoice = sieveChoice != null && sieveChoice.start() == s.start() && sieveChoice.end() == s.end();
      out.add(new Candidate(s, masks.get(e.getKey()), isChoice,
          features(q, s, masks.get(e.getKey()), isChoice, byTokens.size())));
    }
    return out;
  }

  private Speakers withoutParagraphOf(int q) {
    Speakers copy = new Speakers(doc.quotes().size());
    int paragraph = doc.paragraphOf(doc.quotes().get(q).start());
    for (int r = 0; r < doc.quotes().size(); r++) {
      if (chosen.has(r) && doc.paragraphOf(doc.quotes().get(r).start()) != paragraph) {
        copy.set(r, chosen.of(r));
      }
    }
    return copy;
  }

  private double[] features(int q, Speaker s, int mask, boolean isChoice, int candidates) {
    double[] f = new double[FEATURES.size()];
    f[0] = 1;
    int first = -1;
    for (int i = 0; i < SIEVES.size(); i++) {
      if ((mask & (1 << i)) != 0) {
        f[1 + i] = 1;
        if (first < 0) {
          first = i;
        }
      }
    }
    int k = FIRST;
    f[k++] = isChoice ? 1 : 0;
    f[k++] = first / (double) (SIEVES.size() - 1);
    f[k++] = Math.min(3, Integer.bitCount(mask) - 1) / 3.0;
    QuoteFinder.Segment seg = doc.quotes().get(q);
    int sBegin = doc.token(s.start()).begin();
    f[k++] = sBegin >= seg.end() ? 1 : 0;
    int head = s.head();
    boolean sameSentence = doc.hasTokens(q)
        && (doc.sentenceOf(head) == doc.sentenceOf(doc.firstToken(q))
            || doc.sentenceOf(head) == doc.sentenceOf(doc.lastToken(q)));
    f[k++] = sameSentence ? 1 : 0;
    f[k++] = doc.paragraphOf(sBegin) == doc.paragraphOf(seg.start()) ? 1 : 0;
    int distance;
    if (!doc.hasTokens(q)) {
      distance = 100;
    } else if (s.start() > doc.lastToken(q)) {
      distance = s.start() - doc.lastToken(q) - 1;
    } else if (s.end() <= doc.firstToken(q)) {
      distance = doc.firstToken(q) - s.end();
    } else {
      distance = 0;
    }
    f[k++] = Math.min(1, Math.log1p(distance) / Math.log(100));
    String ner = doc.token(head).ner();
    boolean pronoun = s.end() - s.start() == 1 && doc.grammar().isPronoun(head);
    int m = doc.mentionOf(head);
    String type = m >= 0 ? doc.mentions().get(m).type() : "";
    boolean entity = Grammar.isEntityType(type) || Grammar.isEntityType(ner);
    f[k++] = "PERSON".equals(type) || "PERSON".equals(ner) ? 1 : 0;
    f[k++] = "ORGANIZATION".equals(type) || "ORGANIZATION".equals(ner) ? 1 : 0;
    f[k++] = entity && f[k - 1] == 0 && f[k - 2] == 0 ? 1 : 0;
    f[k++] = pronoun ? 1 : 0;
    f[k++] = !pronoun && !entity ? 1 : 0;
    f[k++] = canonicalizer.resolve(s, seg.start()).canonical() != null ? 1 : 0;
    f[k++] = speechVerbNear(s) ? 1 : 0;
    String headWord = doc.lower(head);
    int sharing = 0;
    for (MentionSpan mention : doc.mentions()) {
      for (String w : mention.text().toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
        if (w.equals(headWord)) {
          sharing++;
          break;
        }
      }
    }
    f[k++] = Math.min(1, Math.log1p(sharing) / Math.log(20));
    boolean elsewhere = false;
    for (int r = 0; r < doc.quotes().size() && !elsewhere; r++) {
      Speaker o = chosen.of(r);
      elsewhere = r != q && o != null && !pronoun && doc.lower(o.head()).equals(headWord);
    }
    f[k++] = elsewhere ? 1 : 0;
    f[k++] = Math.min(1, Math.log(candidates) / Math.log(5));
    List<Integer> inParagraph = doc.quotesIn(doc.paragraphOf(seg.start()));
    f[k++] = !inParagraph.isEmpty() && inParagraph.get(0) == q ? 1 : 0;
    f[k++] = Math.min(1, (s.end() - s.start()) / 10.0);
    return f;
  }

  private boolean speechVerbNear(Speaker s) {
    int sentence = doc.sentenceOf(s.head());
    for (int i = Math.max(0, s.start() - 3); i < Math.min(doc.size(), s.end() + 3); i++) {
      if ((i < s.start() || i >= s.end()) && doc.sentenceOf(i) == sentence && doc.grammar().isSpeechVerb(i, true)) {
        return true;
      }
    }
    return false;
  }

  static @Nullable Candidate best(List<Candidate> candidates, SpeakerRanker ranker) {
    Candidate best = null;
    double top = Double.NEGATIVE_INFINITY;
    for (Candidate c : candidates) {
      double score = ranker.score(c.features());
      // Ties keep the sieves' choice.
      if (score > top || score == top && c.chosen()) {
        best = c;
        top = score;
      }
    }
    return best;
  }
}
