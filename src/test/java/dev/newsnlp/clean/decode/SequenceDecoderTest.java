package dev.newsnlp.clean.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsnlp.clean.evidence.Appeals;
import dev.newsnlp.clean.evidence.LineEvidence;
import dev.newsnlp.clean.render.DumpParser;
import dev.newsnlp.clean.render.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SequenceDecoderTest {
  private static final int B = SequenceDecoder.BEFORE;
  private static final int Y = SequenceDecoder.BODY;
  private static final int I = SequenceDecoder.INTERRUPTION;
  private static final int A = SequenceDecoder.AFTER;

  private static List<Line> lines(int n) {
    List<Line> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Line l = new Line("line " + i + " of the page", 0, false, true);
      l.words = 5;
      out.add(l);
    }
    return out;
  }

  @Test
  void withNoLearnedWeightsTheDecoderKeepsThePositiveLinesOfTheMaximumSumRegion() {
    Random rnd = new Random(3);
    for (int page = 0; page < 500; page++) {
      int n = 1 + rnd.nextInt(40);
      List<Line> lines = lines(n);
      float[] logOdds = new float[n];
      for (int i = 0; i < n; i++) {
        logOdds[i] = (float) (rnd.nextDouble() * 12 - 6); // within the decoder's clip of +-8
        if (rnd.nextInt(10) == 0) {
          lines.get(i).words = 0; // an image or a rule
        }
      }
      int[] states = SequenceDecoder.unlearned().decode(lines, logOdds);
      int[] region = RegionSelector.select(lines, logOdds);
      for (int i = 0; i < n; i++) {
        if (lines.get(i).words == 0) {
          continue;
        }
        boolean kept = region != null && i >= region[0] && i <= region[1] && logOdds[i] > 0;
        assertEquals(kept, states[i] == Y, "page " + page + " line " + i);
      }
    }
  }

  @Test
  void anInterruptionLetsTheBodyResumeAndTheBodyEndsOnce() {
    // menu, paragraph, in-article box of two lines, paragraph, paragraph, footer
    float[] logOdds = {-4, 3, -1, -1.5f, 2, 3, -6};
    assertArrayEquals(new int[] {B, Y, I, I, Y, Y, A}, SequenceDecoder.unlearned().decode(lines(7), logOdds));
  }

  @Test
  void anAppealsHeadingIsNeverInsideTheBody() {
    List<Line> lines = DumpParser.parse(String.join("\n",
        "The council voted on Tuesday to build a tidal barrier across the mouth of the harbor.",
        "A message from the editor",
        "Independent journalism costs money, and our reporters depend on readers like you."));
    LineEvidence.features(lines);
    LineEvidence.classify(lines);
    assertTrue(lines.get(1).barrier && Appeals.isAppealHeading(lines.get(1)), "the heading is an appeal's");
    int[] states = SequenceDecoder.unlearned().decode(lines, new float[] {5, 1, 4});
    assertEquals(Y, states[0]);
    assertTrue(states[1] != Y && states[1] != I, "the appeal's heading is in state " + states[1]);
  }

  @Test
  void theLearnedWeightsRoundTripThroughTheirText() {
    int d = SequenceDecoder.FEATURES.length;
    float[][] emit = new float[4][d];
    emit[A][3] = 1.25f;
    emit[I][0] = -0.5f;
    float[][] trans = new float[4][4];
    trans[Y][I] = -2f;
    float[] start = {0.5f, 0, 0, 0};
    SequenceDecoder back = SequenceDecoder.fromTsv(new SequenceDecoder(emit, trans, start).toTsv());
    assertEquals(1.25f, back.emit[A][3]);
    assertEquals(-0.5f, back.emit[I][0]);
    assertEquals(-2f, back.trans[Y][I]);
    assertEquals(0.5f, back.start[B]);
  }

  @Test
  void trainingRaisesTheTrainingLinesAccuracyFromTheUnlearnedDecoder() {
    // pages where a two-line box of short bulleted lines with positive log-odds sits between paragraphs:
    // the log-odds say keep, the labels say noise; the decoder learns to put such lines in an interruption
    List<SequenceDecoder.Example> examples = new ArrayList<>();
    for (int page = 0; page < 20; page++) {
      List<Line> lines = lines(6);
      for (int i : new int[] {2, 3}) {
        lines.set(i, new Line("Related", 2, true, false));
        lines.get(i).words = 1;
      }
      float[] logOdds = {-5, 4, 0.5f, 0.8f, 4, -5};
      float[] label = {0, 1, 0, 0, 1, 0};
      float[] weight = {1, 1, 1, 1, 1, 1};
      examples.add(SequenceDecoder.example(lines, logOdds, label, weight));
    }
    SequenceDecoder zero = SequenceDecoder.unlearned();
    double before = SequenceDecoder.accuracy(examples, zero.emit, zero.trans, zero.start);
    SequenceDecoder learned = SequenceDecoder.train(examples);
    double after = SequenceDecoder.accuracy(examples, learned.emit, learned.trans, learned.start);
    assertEquals(4.0 / 6, before, 1e-9);
    assertEquals(1.0, after, 1e-9);
  }

  @Test
  void perSourceStepsDoNotBuyOneSourcesGainWithAnothersLoss() {
    // source 0 (20 pages): a two-line box with positive log-odds between paragraphs is noise; source 1 (5 pages):
    // the same lines are article text. Pooled steps put the box into an interruption for source 0's sake.
    List<SequenceDecoder.Example> examples = new ArrayList<>();
    for (int page = 0; page < 25; page++) {
      int source = page < 20 ? 0 : 1;
      List<Line> lines = lines(6);
      for (int i : new int[] {2, 3}) {
        lines.set(i, new Line("Related", 2, true, false));
        lines.get(i).words = 1;
      }
      float[] logOdds = {-5, 4, 0.5f, 0.8f, 4, -5};
      float[] label = source == 0 ? new float[] {0, 1, 0, 0, 1, 0} : new float[] {0, 1, 1, 1, 1, 0};
      float[] weight = {1, 1, 1, 1, 1, 1};
      examples.add(SequenceDecoder.example(lines, logOdds, label, weight, source));
    }
    SequenceDecoder zero = SequenceDecoder.unlearned();
    SequenceDecoder pooled = SequenceDecoder.train(examples, false);
    SequenceDecoder perSource = SequenceDecoder.train(examples, true);
    assertEquals(1.0, SequenceDecoder.accuracy(examples, zero, 1), 1e-9);
    assertEquals(4.0 / 6, SequenceDecoder.accuracy(examples, pooled, 1), 1e-9, "pooled steps give up source 1");
    assertEquals(1.0, SequenceDecoder.accuracy(examples, perSource, 1), 1e-9);
    assertEquals(4.0 / 6, SequenceDecoder.accuracy(examples, perSource, 0), 1e-9, "and so keep source 0's box");
  }
}
