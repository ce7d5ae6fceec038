package dev.newsnlp.clean.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsnlp.clean.render.Line;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegionSelectorTest {
  private static List<Line> lines(int n) {
    List<Line> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Line l = new Line("line " + i, 0, false, true);
      l.words = 2;
      out.add(l);
    }
    return out;
  }

  @Test
  void theRegionIsTheRunWithTheLargestSumAndBridgesACheapNoiseLine() {
    // menu, menu, paragraph, share button, paragraph, paragraph, footer
    float[] logOdds = {-3, -2, 4, -1, 3, 2, -5};
    assertArrayEquals(new int[] {2, 5}, RegionSelector.select(lines(7), logOdds));
  }

  @Test
  void aLoneProseLikeLineFarFromTheArticleIsLeftOut() {
    float[] logOdds = {1, -4, -4, -4, 3, 3, 3};
    assertArrayEquals(new int[] {4, 6}, RegionSelector.select(lines(7), logOdds));
  }

  @Test
  void aPageWhereNoLineIsMoreLikelyArticleHasNoRegion() {
    assertNull(RegionSelector.select(lines(3), new float[] {-1, -0.5f, -2}));
  }

  @Test
  void linesWithoutWordsNeitherExtendNorBreakTheRegion() {
    List<Line> lines = lines(5);
    lines.get(2).words = 0;
    float[] logOdds = {2, 2, -9, 2, -1};
    assertArrayEquals(new int[] {0, 3}, RegionSelector.select(lines, logOdds));
  }
}
