package dev.newsnlp.clean.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsnlp.clean.ArticleExtractor;
import dev.newsnlp.clean.Fixtures;
import dev.newsnlp.clean.evidence.RuleScores;
import dev.newsnlp.clean.render.DumpParser;
import dev.newsnlp.clean.render.Line;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped line model: loaded once per JVM with a version, and its feature rows. */
class LineModelTest {
  @Test
  void theModelIsLoadedOncePerJvmAndCarriesAVersion() {
    assertSame(LineModel.forInput(false), LineModel.forInput(false));
    assertTrue(LineModel.shippedVersion().matches("dump:[0-9a-f]{8}/html:[0-9a-f]{8}"), LineModel.shippedVersion());
    assertNotEquals(LineModel.forInput(false).version(), LineModel.forInput(true).version());
  }

  @Test
  void theFeatureRowsHaveOneNamedColumnPerFeature() {
    List<Line> lines = DumpParser.parse(Fixtures.articleDump());
    ArticleExtractor.evidence(lines, null);
    float[] m = LineFeatures.matrix(lines, RuleScores.maxRegion(lines), LineModel.forInput(false).words(), false);
    assertEquals(lines.size() * LineFeatures.width(false), m.length);
    assertEquals(LineFeatures.NAMES.length, java.util.Set.of(LineFeatures.NAMES).size(), "feature names are unique");
    float[] again = LineFeatures.matrix(lines, RuleScores.maxRegion(lines), LineModel.forInput(false).words(), false);
    assertArrayEquals(m, again);
  }
}
