package dev.newsnlp.clean.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Word lookups by span of a line, as the detectors make them. */
class WordTableTest {

  private static int lookup(WordTable t, String line, String word) {
    int from = line.indexOf(word);
    return t.get(line, from, from + word.length(), word.hashCode(), -1);
  }

  @Test
  void findsWordsInsideALineAndNothingElse() {
    WordTable t = new WordTable(Map.of("newsletter", 1, "donate", 2, "the", 3));
    String line = "please donate to the newsletter fund today";
    assertEquals(2, lookup(t, line, "donate"));
    assertEquals(3, lookup(t, line, "the"));
    assertEquals(1, lookup(t, line, "newsletter"));
    assertEquals(-1, lookup(t, line, "news"), "a prefix of a word is not the word");
    assertEquals(-1, lookup(t, line, "fund"));
    assertEquals(-1, lookup(t, line, "to"));
  }

  @Test
  void manyWordsStayFindable() {
    Map<String, Integer> words = new java.util.HashMap<>();
    for (int i = 0; i < 500; i++) {
      words.put("w" + i, i);
    }
    WordTable t = new WordTable(words);
    for (int i = 0; i < 500; i++) {
      assertEquals(i, lookup(t, "see w" + i + " here", "w" + i));
    }
    assertEquals(-1, lookup(t, "see w500 here", "w500"));
  }
}
