package dev.newsnlp.clean.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Lower-casing as the detectors see it. */
class LexiconTest {

  /** 'İ' lower-cases to two chars; a line with it once threw StringIndexOutOfBoundsException. */
  @Test
  void aTurkishCapitalDottedIKeepsTheLinesLength() {
    String turkish = "İstanbul'daki liman işçileri İzmir'deki meslektaşlarıyla birlikte yeni sözleşmeyi İmzaladı, "
        + "dedi sendika başkanı.";
    assertEquals("i̇", "İ".toLowerCase(java.util.Locale.ROOT)); // the two chars the cleaner must not trip on
    assertEquals(turkish.length(), Lexicon.lower(turkish).length());
    assertTrue(Lexicon.lower(turkish).startsWith("istanbul'daki"), Lexicon.lower(turkish));
  }
}
