package dev.newsnlp.clean.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.newsnlp.clean.render.DumpParser;
import dev.newsnlp.clean.render.Line;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineLabelsTest {
  private static final String BODY = "The ferry to Lindholm will run twice a day from May, the harbour office said.\n"
      + "Timetable\n"
      + "Boats leave at eight in the morning and at five in the afternoon, weather permitting.";

  @Test
  void bodyLinesShortLabelsInsideTheBodyAndTheTitleAreArticleTheRestIsNoise() {
    List<Line> lines = DumpParser.parse(String.join("\n",
        "Home | News | Sport",
        "Ferry to Lindholm twice a day",
        "The ferry to Lindholm will run twice a day from May, the harbour office said.",
        "Timetable",
        "Boats leave at eight in the morning and at five in the afternoon, weather permitting.",
        "Share",
        "Sign up for our newsletter and never miss a sailing again"));
    LineLabels.Labels l = LineLabels.of(lines, BODY, "Ferry to Lindholm twice a day", List.of(), List.of());
    assertArrayEquals(new float[] {0, 1, 1, 1, 1, 0, 0}, l.label());
    assertArrayEquals(new float[] {1, 1, 1, 1, 1, 1, 1}, l.weight());
  }

  @Test
  void topicTagsAndACaptionNameNextToTheBodyAreNoiseThoughTheBodyUsesTheirWords() {
    String body = "Port Maren will build a tidal barrier, the council said on Tuesday after a long debate.\n"
        + "The barrier across the harbor will cost about 180 million euros, engineers estimate.\n"
        + "Reuters";
    List<Line> lines = DumpParser.parse(String.join("\n",
        "  • Harbor",
        "Port Maren will build a tidal barrier, the council said on Tuesday after a long debate.",
        "The barrier across the harbor will cost about 180 million euros, engineers estimate.",
        "Reuters",
        "  • Port Maren",
        "  • Council"));
    LineLabels.Labels l = LineLabels.of(lines, body, null, List.of(), List.of());
    // the closing credit is a paragraph of the body; the tags and the kicker only share its words
    assertArrayEquals(new float[] {0, 1, 1, 1, 0, 0}, l.label());
  }

  @Test
  void withoutABodyOnlyLinesHoldingASnippetAreLabelled() {
    List<Line> lines = DumpParser.parse("Menu\nA paragraph the annotators kept for sure.\nCopyright 2024 Example");
    LineLabels.Labels l = LineLabels.of(lines, null, null, List.of("annotators kept"), List.of("Copyright 2024"));
    assertArrayEquals(new float[] {0, 1, 0}, l.label());
    assertArrayEquals(new float[] {0, 1, 1}, l.weight());
  }
}
