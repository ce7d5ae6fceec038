package dev.newsnlp.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.newsnlp.annotate.entities.EntityKeys;
import dev.newsnlp.annotate.entities.EntityResolver;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityKeysTest {
  @Test
  void caseDiacriticsTitlesAndPossessivesFold() {
    String key = EntityKeys.of("José Peña", "PERSON");
    assertEquals("person:jose pena", key);
    assertEquals(key, EntityKeys.of("Jose Pena", "PERSON"));
    assertEquals(key, EntityKeys.of("JOSÉ PEÑA", "PERSON"));
    assertEquals(key, EntityKeys.of("Director José Peña's", "PERSON"));
  }

  @Test
  void otherNamesFoldTheAndLegalForms() {
    assertEquals(EntityKeys.of("Gazprom", "ORGANIZATION"), EntityKeys.of("Gazprom PJSC", "ORGANIZATION"));
    assertEquals(EntityKeys.of("Netherlands", "COUNTRY"), EntityKeys.of("the Netherlands", "LOCATION"));
    assertNotEquals(EntityKeys.of("Gazprom Neft", "ORGANIZATION"), EntityKeys.of("Gazprom", "ORGANIZATION"));
  }

  @Test
  void typeGroupsStayApart() {
    assertNotEquals(EntityKeys.of("Washington", "PERSON"), EntityKeys.of("Washington", "LOCATION"));
    assertEquals(EntityKeys.of("Washington", "CITY"), EntityKeys.of("Washington", "STATE_OR_PROVINCE"));
  }

  @Test
  void aSurnameOrVariantTakesTheKeyOfTheFullNameItResolvesTo() {
    String text = "Sergei Shoigu arrived on Monday. Shoygu said the talks went well. Later Shoigu left.";
    List<MentionSpan> mentions = List.of(
        new MentionSpan(0, 13, "Sergei Shoigu", "PERSON", 0.99, 0),
        new MentionSpan(33, 39, "Shoygu", "PERSON", 0.9, 1),
        new MentionSpan(74, 80, "Shoigu", "PERSON", 0.95, 2));
    assertEquals("Shoygu", text.substring(33, 39));
    EntityResolver.Result r = EntityResolver.resolve("d", mentions);
    for (int i = 0; i < mentions.size(); i++) {
      EntityResolver.Entity e = r.entityOf(i);
      assertEquals("person:sergei shoigu", EntityKeys.of(e.canonicalName(), e.type()), mentions.get(i).text());
    }
  }
}
