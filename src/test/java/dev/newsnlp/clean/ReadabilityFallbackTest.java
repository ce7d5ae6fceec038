package dev.newsnlp.clean;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.newsnlp.clean.decode.SequenceDecoder;
import dev.newsnlp.clean.render.Line;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadabilityFallbackTest {
  private static final int B = SequenceDecoder.BEFORE;
  private static final int Y = SequenceDecoder.BODY;
  private static final int I = SequenceDecoder.INTERRUPTION;
  private static final int A = SequenceDecoder.AFTER;

  /** Lines of the given word counts; those marked in {@code inReadability} are in Readability's article. */
  private static List<Line> lines(int[] words, boolean... inReadability) {
    List<Line> out = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      Line l = new Line("line " + i, 0, false, true);
      l.words = words[i];
      l.rdBody = inReadability[i] ? 1 : -1;
      out.add(l);
    }
    return out;
  }

  @Test
  void aBodyUnderAThirdOfReadabilitysArticleBecomesThatArticle() {
    // a menu, two paragraphs, an ad label, two paragraphs, a footer; the decoder kept one short line
    List<Line> page = lines(new int[] {6, 60, 50, 2, 45, 40, 8}, false, true, true, false, true, true, false);
    int[] states = {B, Y, A, A, A, A, A};
    ArticleExtractor.readabilityFallback(page, states);
    assertArrayEquals(new int[] {B, Y, Y, I, Y, Y, A}, states);
  }

  @Test
  void aBodyHoldingAThirdOrMoreStaysAsDecoded() {
    List<Line> page = lines(new int[] {6, 60, 50, 2, 45, 40, 8}, false, true, true, false, true, true, false);
    int[] states = {B, Y, Y, I, I, I, A}; // 110 of Readability's 195 words
    ArticleExtractor.readabilityFallback(page, states);
    assertArrayEquals(new int[] {B, Y, Y, I, I, I, A}, states);
  }

  @Test
  void aShortReadabilityArticleIsNoEvidenceForMore() {
    List<Line> page = lines(new int[] {6, 60, 50, 8}, false, true, true, false); // 110 words: a summary
    int[] states = {B, B, B, B};
    ArticleExtractor.readabilityFallback(page, states);
    assertArrayEquals(new int[] {B, B, B, B}, states);
  }
}
