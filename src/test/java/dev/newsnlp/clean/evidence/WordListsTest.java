package dev.newsnlp.clean.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The word lists in resources: comments skipped, entries as written, no duplicates. */
class WordListsTest {

  @Test
  void entriesAsWrittenWithoutComments() {
    List<String> prefixes = WordLists.list("noise-prefixes");
    assertTrue(prefixes.contains("(c) "), "the trailing space is part of the entry");
    assertEquals("related", WordLists.list("section-end-headings").get(0));
    for (String name : new String[] {"noise-prefixes", "ui-labels", "section-end-headings", "stopwords-en",
        "appeal-words", "strong-appeal-words", "share-words", "read-more-links", "credit-prefixes"}) {
      List<String> l = WordLists.list(name);
      assertFalse(l.isEmpty(), name);
      assertEquals(l.size(), new HashSet<>(l).size(), name);
      for (String e : l) {
        assertFalse(e.startsWith("#") || e.isBlank(), name + ": " + e);
      }
    }
  }

  @Test
  void everyLanguageHasStopWords() {
    for (String lang : Lexicon.LANGUAGES) {
      assertFalse(Lexicon.STOPWORDS.get(lang).isEmpty(), lang);
    }
  }

  @Test
  void missingListFails() {
    assertThrows(IllegalStateException.class, () -> WordLists.list("no-such-list"));
  }
}
