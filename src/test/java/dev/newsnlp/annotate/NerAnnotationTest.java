package dev.newsnlp.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsnlp.annotate.entities.EntityResolver;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped NER mode on a short text written for the test, through the real CoreNLP models (loaded once per
 * JVM by {@link CoreNlpHolder}): spans, pronouns, possessives, confidence, the surname rule and entities.
 */
class NerAnnotationTest {
  private static final String TEXT = String.join("\n",
      "Shugaev meets Putin in Moscow",
      "By Anna Smith",
      "MOSCOW - Russian envoy Dmitry Shugaev met President Vladimir Putin in the Kremlin on Tuesday, and the "
          + "two men discussed arms exports.",
      "Shugaev said the talks with Russia's partners in Egypt had gone well. \"We agreed on the next steps,\" "
          + "he told reporters.",
      "Later, Shugayev's office confirmed that his trip to Cairo would go ahead. Putin did not comment.",
      "The envoy's deputy, John Smith, and the analyst Anna Smith both said the deal was large. Smith added "
          + "that it would take a year.");
  private static final Set<String> PRONOUNS = Set.of("he", "his", "him", "she", "her", "they", "their", "them",
      "we", "our", "us", "i", "me", "my", "you", "your", "it", "its", "who", "whom", "whose");

  private static List<MentionSpan> mentions;
  private static EntityResolver.Result entities;

  @BeforeAll
  static void annotate() {
    NlpConfig config = new NlpConfig(NlpConfig.QuoteMode.none, NlpConfig.NerMode.accurate);
    mentions = new TextAnnotator(config).annotate(TEXT).mentions();
    entities = EntityResolver.resolve("t", mentions);
  }

  private static int index(String surface, int occurrence) {
    int from = 0;
    int start = -1;
    for (int k = 0; k <= occurrence; k++) {
      start = TEXT.indexOf(surface, from);
      from = start + 1;
    }
    for (int i = 0; i < mentions.size(); i++) {
      if (mentions.get(i).start() == start && mentions.get(i).end() == start + surface.length()) {
        return i;
      }
    }
    throw new AssertionError("no mention \"" + surface + "\" #" + occurrence + " in " + mentions);
  }

  @Test
  void offsetsSliceTheTextExactly() {
    assertFalse(mentions.isEmpty());
    for (MentionSpan m : mentions) {
      assertEquals(TEXT.substring(m.start(), m.end()), m.text());
      assertEquals(m.text().strip(), m.text(), "no surrounding blanks");
    }
  }

  @Test
  void pronounsAndPossessivesAreNeverPartOfMentions() {
    for (MentionSpan m : mentions) {
      assertFalse(PRONOUNS.contains(m.text().toLowerCase(Locale.ROOT)), m.toString());
      assertFalse(m.text().endsWith("'s") || m.text().endsWith("’s"), m.toString());
    }
    index("Russia", 1); // "Russia's": the mention is "Russia"
  }

  @Test
  void confidenceIsTheModelsProbabilityNotAConstant() {
    Set<Double> seen = new HashSet<>();
    for (MentionSpan m : mentions) {
      if (m.confidence() != null) {
        assertTrue(m.confidence() > 0 && m.confidence() <= 1, m.toString());
        seen.add(m.confidence());
      }
    }
    assertTrue(seen.size() > mentions.size() / 2, "distinct confidences: " + seen);
  }

  @Test
  void surnameOfAPersonNamedInFullIsAPersonEverywhere() {
    // The headline's "Shugaev" is tagged by the document-level surname rule: no model probability.
    MentionSpan headline = mentions.get(index("Shugaev", 0));
    assertEquals("PERSON", headline.type());
    assertNull(headline.confidence());
  }

  @Test
  void mentionsGroupIntoDocumentEntities() {
    EntityResolver.Entity shugaev = entities.entityOf(index("Dmitry Shugaev", 0));
    assertEquals("Dmitry Shugaev", shugaev.canonicalName());
    assertEquals(shugaev, entities.entityOf(index("Shugaev", 0)));
    assertEquals(shugaev, entities.entityOf(index("Shugaev", 2)));
    assertEquals("t:e0", shugaev.id());
    EntityResolver.Entity putin = entities.entityOf(index("Vladimir Putin", 0));
    assertEquals("Vladimir Putin", putin.canonicalName());
    assertEquals(putin, entities.entityOf(index("Putin", 0)));
    assertEquals(putin, entities.entityOf(index("Putin", 2)));
    assertNotEquals(entities.entityOf(index("Russian", 0)), entities.entityOf(index("Russia", 1)));
    EntityResolver.Entity john = entities.entityOf(index("John Smith", 0));
    EntityResolver.Entity anna = entities.entityOf(index("Anna Smith", 1));
    assertNotEquals(john, anna);
    assertEquals(anna, entities.entityOf(index("Anna Smith", 0)));
  }
}
