package dev.newsnlp.annotate.quotes;

import dev.newsnlp.annotate.MentionSpan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntUnaryOperator;

/**
 * One document as the sieves see it, built once: tokens, sentences, paragraphs, quote segments and entity
 * mentions, with the indices between them (which quote and which mention a token lies in, the tokens of each
 * sentence and quote). Nothing here changes after construction; the speakers found go to {@link Speakers}.
 * Token positions are indices into {@link #tokens()}; windows are half-open [start, end).
 */
public final class QuoteDocument {
  private final String text;
  private final List<QuoteToken> toks;
  private final List<MentionSpan> mentions;
  private final List<QuoteFinder.Paragraph> paragraphs;
  private final List<QuoteFinder.Segment> segments;
  private final int[] quoteOfTok;
  private final int[] mentionOfTok;
  private final int[] sentStart;
  private final int[] sentEnd;
  private final int[] quoteFirst;
  private final int[] quoteLast;
  private final List<List<Integer>> quotesByParagraph;
  private final Grammar grammar;
  private final NounPhrases phrases;

  /** A window of tokens [start, end). */
  public record Window(int start, int end) {}

  public QuoteDocument(String text, List<QuoteToken> tokens, List<MentionSpan> mentions) {
    this.text = text;
    this.toks = List.copyOf(tokens);
    this.mentions = List.copyOf(mentions);
    this.paragraphs = QuoteFinder.paragraphs(text);
    this.segments = QuoteFinder.find(text);
    int n = toks.size();
    quoteOfTok = new int[n];
    mentionOfTok = new int[n];
    Arrays.fill(quoteOfTok, -1);
    Arrays.fill(mentionOfTok, -1);
    int sentences = n == 0 ? 0 : toks.get(n - 1).sentence() + 1;
    sentStart = new int[sentences];
    sentEnd = new int[sentences];
    Arrays.fill(sentStart, -1);
    for (int i = 0; i < n; i++) {
      int s = toks.get(i).sentence();
      if (sentStart[s] < 0) {
        sentStart[s] = i;
      }
      sentEnd[s] = i + 1;
    }
    quoteFirst = new int[segments.size()];
    quoteLast = new int[segments.size()];
    int t = 0;
    for (int q = 0; q < segments.size(); q++) {
      QuoteFinder.Segment seg = segments.get(q);
      while (t < n && toks.get(t).end() <= seg.start()) {
        t++;
      }
      quoteFirst[q] = t;
      int u = t;
      while (u < n && toks.get(u).begin() < seg.end()) {
        quoteOfTok[u] = q;
        u++;
      }
      quoteLast[q] = u - 1;
    }
    int m = 0;
    for (int i = 0; i < n; i++) {
      while (m < this.mentions.size() && this.mentions.get(m).end() <= toks.get(i).begin()) {
        m++;
      }
      if (m < this.mentions.size() && this.mentions.get(m).start() <= toks.get(i).begin()
          && toks.get(i).end() <= this.mentions.get(m).end()) {
        mentionOfTok[i] = m;
      }
    }
    List<List<Integer>> byParagraph = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      byParagraph.add(new ArrayList<>());
    }
    for (int q = 0; q < segments.size(); q++) {
      if (hasTokens(q)) {
        byParagraph.get(segments.get(q).paragraph()).add(q);
      }
    }
    quotesByParagraph = byParagraph.stream().map(List::copyOf).toList();
    grammar = new Grammar(this);
    phrases = new NounPhrases(this);
  }

  public String text() {
    return text;
  }

  public List<QuoteToken> tokens() {
    return toks;
  }

  public QuoteToken token(int i) {
    return toks.get(i);
  }

  public int size() {
    return toks.size();
  }

  public List<MentionSpan> mentions() {
    return mentions;
  }

  public List<QuoteFinder.Paragraph> paragraphs() {
    return paragraphs;
  }

  /** The quote segments found by {@link QuoteFinder}; a quote's index q is its index here. */
  public List<QuoteFinder.Segment> quotes() {
    return segments;
  }

  public Grammar grammar() {
    return grammar;
  }

  public NounPhrases phrases() {
    return phrases;
  }

  // ---------------------------------------------------------------------------------------------------
  // Tokens

  public String lower(int i) {
    return toks.get(i).word().toLowerCase(Locale.ROOT);
  }

  public boolean isWord(int i, String w) {
    return toks.get(i).word().equalsIgnoreCase(w);
  }

  public boolean isPunct(int i) {
    String w = toks.get(i).word();
    return !w.isEmpty() && !Character.isLetterOrDigit(w.charAt(0));
  }

  public boolean onlyPunct(int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isPunct(i)) {
        return false;
      }
    }
    return true;
  }

  /** Whether token i lies in a quote (its marks included). */
  public boolean inQuote(int i) {
    return quoteOfTok[i] >= 0;
  }

  /** The mention token i lies in, or -1. */
  public int mentionOf(int i) {
    return mentionOfTok[i];
  }

  public int sentenceOf(int i) {
    return toks.get(i).sentence();
  }

  public int sentenceStart(int s) {
    return sentStart[s];
  }

  public int sentenceEnd(int s) {
    return sentEnd[s];
  }

  /** The last token ending at or before this character offset, or -1. */
  public int lastTokenBefore(int offset) {
    return lastAtMost(toks.size(), i -> toks.get(i).end(), offset);
  }

  /** The last index in [0, n) whose key is at most {@code target}, keys ascending; -1 when there is none. */
  private static int lastAtMost(int n, IntUnaryOperator key, int target) {
    int lo = 0;
    int hi = n - 1;
    int ans = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (key.applyAsInt(mid) <= target) {
        ans = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return ans;
  }

  // ---------------------------------------------------------------------------------------------------
  // Paragraphs and quotes

  public boolean sameParagraph(int tok1, int tok2) {
    return paragraphOf(toks.get(tok1).begin()) == paragraphOf(toks.get(tok2).begin());
  }

  /** The paragraph holding this character offset. */
  public int paragraphOf(int offset) {
    return Math.max(0, lastAtMost(paragraphs.size(), p -> paragraphs.get(p).start(), offset));
  }

  /** Whether quote q covers any token (a quote of only marks or spaces covers none). */
  public boolean hasTokens(int q) {
    return quoteFirst[q] <= quoteLast[q];
  }

  public int firstToken(int q) {
    return quoteFirst[q];
  }

  public int lastToken(int q) {
    return quoteLast[q];
  }

  /** The quotes with tokens of each paragraph, in text order. */
  public List<List<Integer>> quotesByParagraph() {
    return quotesByParagraph;
  }

  public List<Integer> quotesIn(int paragraph) {
    return quotesByParagraph.get(paragraph);
  }

  public boolean insideQuote(int offset) {
    for (QuoteFinder.Segment s : segments) {
      if (s.start() <= offset && offset < s.end()) {
        return true;
      }
    }
    return false;
  }

  /** The words after quote q: from its closing mark to the end of its sentence or the next quote. */
  public Window after(int q) {
    int last = quoteLast[q];
    int s = sentenceOf(last);
    int end = last + 1;
    while (end < toks.size() && sentenceOf(end) == s && !inQuote(end)) {
      end++;
    }
    return new Window(last + 1, end);
  }

  /** The words before quote q: from its sentence's start or the previous quote to its opening mark. */
  public Window before(int q) {
    int first = quoteFirst[q];
    int s = sentenceOf(first);
    int start = first;
    while (start > 0 && sentenceOf(start - 1) == s && !inQuote(start - 1)) {
      start--;
    }
    return new Window(start, first);
  }

  /** Whether the words before quote q start right after another quote of the same sentence ("“A,” he said, “B.”"). */
  public boolean followsQuoteInSentence(int q) {
    int start = before(q).start();
    return start > 0 && sentenceOf(start - 1) == sentenceOf(quoteFirst[q]) && inQuote(start - 1);
  }
}
