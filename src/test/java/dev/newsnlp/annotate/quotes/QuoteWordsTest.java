package dev.newsnlp.annotate.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The word lists: their file format, and the lists as shipped (one lower-case word a line, none twice). */
class QuoteWordsTest {
  private static final List<String> LISTS = List.of("speech-lemmas", "speech-forms", "weak-speech-lemmas",
      "core-speech-lemmas", "naming-lemmas", "pronouns", "temporal-nouns", "auxiliaries", "organisation-nouns",
      "person-nouns", "text-nouns", "speech-nouns");

  @Test
  void commentsAndBlankLinesAreSkippedAndWordsLowerCased() throws IOException {
    Set<String> words = QuoteWords.parse(new BufferedReader(new StringReader("# a comment\n\n  Say \ntell\n#tell2\nsay\n")));
    assertEquals(Set.of("say", "tell"), words);
  }

  @Test
  void aMissingListFailsLoudly() {
    assertThrows(IllegalStateException.class, () -> QuoteWords.load("no-such-list"));
  }

  @Test
  void shippedListsHoldOneLowerCaseWordALineNoneTwice() throws IOException {
    for (String name : LISTS) {
      List<String> lines = rawWords(name);
      assertFalse(lines.isEmpty(), name);
      Set<String> seen = new HashSet<>();
      for (String w : lines) {
        assertTrue(seen.add(w), name + " lists " + w + " twice");
        assertEquals(w.toLowerCase(Locale.ROOT), w, name);
        assertFalse(w.contains(" "), name + ": one word a line, not " + w);
      }
    }
  }

  @Test
  void theListsAreTheOnesTheAttributorUses() {
    assertTrue(QuoteWords.SPEECH_LEMMAS.contains("say") && QuoteWords.SPEECH_LEMMAS.contains("tweet"));
    assertTrue(QuoteWords.WEAK_SPEECH_LEMMAS.contains("call"));
    assertTrue(QuoteWords.PERSON_NOUNS.contains("spokesman") && QuoteWords.ORGANISATION_NOUNS.contains("ministry"));
    assertFalse(QuoteWords.SPEECH_LEMMAS.contains("think"), "cognition verbs are not speech (docs/QUOTES.md)");
  }

  private static List<String> rawWords(String name) throws IOException {
    String path = "dev/newsnlp/annotate/quotes/words/" + name + ".txt";
    try (InputStream in = QuoteWordsTest.class.getClassLoader().getResourceAsStream(path)) {
      assertTrue(in != null, path);
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }
  }
}
