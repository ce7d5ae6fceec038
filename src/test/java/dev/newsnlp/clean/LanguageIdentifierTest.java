package dev.newsnlp.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

  @Test
  void plainEnglishIsDecidedByStopWordsAndAgreesWithLingua() {
    String text = Fixtures.P1 + " " + Fixtures.P2 + " " + Fixtures.P3;
    assertTrue(LanguageIdentifier.vote(text).clearlyEnglish());
    assertEquals(LanguageIdentifier.detectWithLingua(text), LanguageIdentifier.detect(text));
  }

  @Test
  void otherLanguagesAndMixedTextGoToLingua() {
    String german = "Der Stadtrat von Port Maren hat am Dienstag beschlossen, eine Flutschutzmauer an der Hafeneinfahrt"
        + " zu bauen. Die Bürgermeisterin sagte, die Arbeiten sollten noch vor dem Ende des Jahres beginnen, und"
        + " der Rat will die Kosten mit dem Land teilen, wenn der Bund nicht hilft.";
    assertFalse(LanguageIdentifier.vote(german).clearlyEnglish());
    // an English menu and credit line around a German article: the German stop words keep it from the vote
    String mixed = "Home News Sport Weather. Share this article on the social networks. " + german
        + " All rights reserved by the owners of the site.";
    assertFalse(LanguageIdentifier.vote(mixed).clearlyEnglish());
    assertEquals("de", LanguageIdentifier.detect(mixed));
    // English words in another script's text
    String russian = "Городской совет Порт-Марена во вторник решил построить защитную стену у входа в гавань, "
        + "сказала the mayor of the town in the statement that was given to the press on Tuesday and to all of us.";
    assertFalse(LanguageIdentifier.vote(russian).clearlyEnglish());
  }
}
