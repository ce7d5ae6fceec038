package dev.newsnlp.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {
  @Test
  void english() {
    assertEquals("en", LanguageIdentifier.detect(Fixtures.P1 + " " + Fixtures.P2));
  }

  @Test
  void german() {
    assertEquals("de", LanguageIdentifier.detect(
        "Der Stadtrat von Port Maren hat am Dienstag beschlossen, eine Flutschutzmauer an der Hafeneinfahrt zu"
            + " bauen. Die Bürgermeisterin sagte, die Arbeiten sollten noch vor dem Ende des Jahres beginnen."));
  }

  @Test
  void french() {
    assertEquals("fr", LanguageIdentifier.detect(
        "Le conseil municipal de Port Maren a voté mardi la construction d'une barrière contre les marées à"
            + " l'entrée du port. La maire a déclaré que les travaux commenceraient avant la fin de l'année."));
  }

  @Test
  void tooShortOrEmptyIsUndetermined() {
    assertEquals("und", LanguageIdentifier.detect("ok"));
    assertEquals("und", LanguageIdentifier.detect("12 345 678 -- 90"));
    assertEquals("und", LanguageIdentifier.detect(""));
    assertEquals("und", LanguageIdentifier.detect(null));
  }

  @Test
  void onlyTheStartOfLongTextsIsRead() {
    StringBuilder sb = new StringBuilder();
    while (sb.length() < 10 * LanguageIdentifier.MAX_CHARS) {
      sb.append(Fixtures.P3).append(' ');
    }
    assertEquals("en", LanguageIdentifier.detect(sb.toString()));
  }
}
