package dev.newsnlp.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsnlp.annotate.entities.EntityResolver;
import dev.newsnlp.model.EntitiesTable;
import dev.newsnlp.model.EntityMentionsTable;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.values.Row;
import org.junit.jupiter.api.Test;

/** Document-level entities from mention lists written by hand (no CoreNLP). */
class EntityResolverTest {

  /** Builds mentions over a text: each (surface, type) is found after the previous one. */
  private static final class Doc {
    final String text;
    final List<MentionSpan> mentions = new ArrayList<>();
    private int from;

    Doc(String text) {
      this.text = text;
    }

    Doc m(String surface, String type) {
      int start = text.indexOf(surface, from);
      if (start < 0) {
        throw new IllegalArgumentException(surface);
      }
      mentions.add(new MentionSpan(start, start + surface.length(), surface, type, 0.9, 0));
      from = start + surface.length();
      return this;
    }

    EntityResolver.Result resolve() {
      return EntityResolver.resolve("doc", mentions);
    }
  }

  @Test
  void fullNameSurnameAndMisspellingAreOnePerson() {
    Doc d = new Doc("Shugaev arrived. Dmitry Shugaev, head of the service, met Lavrov. Shugayev said "
        + "President Shugaev's plan stood. D. Shugaev left.")
        .m("Shugaev", "PERSON").m("Dmitry Shugaev", "PERSON").m("Lavrov", "PERSON").m("Shugayev", "PERSON")
        .m("President Shugaev's", "PERSON").m("D. Shugaev", "PERSON");
    EntityResolver.Result r = d.resolve();
    assertEquals(2, r.entities().size());
    EntityResolver.Entity shugaev = r.entityOf(0);
    assertEquals("doc:e0", shugaev.id());
    assertEquals("Dmitry Shugaev", shugaev.canonicalName());
    assertEquals(5, shugaev.mentionCount());
    assertEquals(0, shugaev.firstStart());
    for (int i : new int[] {1, 3, 4, 5}) {
      assertEquals(shugaev, r.entityOf(i), d.mentions.get(i).text());
    }
    assertEquals("doc:e1", r.entityOf(2).id());
    assertEquals("Lavrov", r.entityOf(2).canonicalName());
  }

  @Test
  void titlesAreStrippedFromTheCanonicalName() {
    EntityResolver.Result r = new Doc("Prime Minister Kaja Kallas spoke. Then Kallas left. Mr. Kallas returned.")
        .m("Prime Minister Kaja Kallas", "PERSON").m("Kallas", "PERSON").m("Mr. Kallas", "PERSON").resolve();
    assertEquals(1, r.entities().size());
    assertEquals("Kaja Kallas", r.entities().get(0).canonicalName());
  }

  @Test
  void countryAndNationalityStayApart() {
    EntityResolver.Result r = new Doc("Russia said Russian troops left. Russia's army, the Russians, Russian.")
        .m("Russia", "LOCATION").m("Russian", "MISC").m("Russia", "LOCATION").m("Russians", "MISC")
        .m("Russian", "MISC").resolve();
    assertEquals(r.entityOf(0), r.entityOf(2));
    assertNotEquals(r.entityOf(0), r.entityOf(1));
    // Same type, but "Russians" merely extends "Russian": a different word, not a misspelling.
    assertNotEquals(r.entityOf(1), r.entityOf(3));
    assertEquals(r.entityOf(1), r.entityOf(4));
  }

  @Test
  void peopleSharingASurnameAreNotMerged() {
    Doc d = new Doc("John Smith met Anna Smith. Smith said no. Anna Smith left; later John Smith spoke and Smith "
        + "smiled.")
        .m("John Smith", "PERSON").m("Anna Smith", "PERSON").m("Smith", "PERSON").m("Anna Smith", "PERSON")
        .m("John Smith", "PERSON").m("Smith", "PERSON");
    EntityResolver.Result r = d.resolve();
    assertEquals(2, r.entities().size());
    assertNotEquals(r.entityOf(0), r.entityOf(1));
    // An ambiguous surname goes to whoever of them was named last before it.
    assertEquals(r.entityOf(1), r.entityOf(2));
    assertEquals(r.entityOf(0), r.entityOf(5));
    assertEquals(3, r.entityOf(0).mentionCount());
    assertEquals(3, r.entityOf(1).mentionCount());
  }

  @Test
  void similarButDifferentNamesStayApart() {
    EntityResolver.Result r = new Doc("Ivan Alexandrov and Maria Alexandrova; Iran and Iraq; Austria and "
        + "Australia; York and New York; Gazprom, Gazprom PJSC and Gazprom Neft.")
        .m("Ivan Alexandrov", "PERSON").m("Maria Alexandrova", "PERSON").m("Iran", "LOCATION")
        .m("Iraq", "LOCATION").m("Austria", "LOCATION").m("Australia", "LOCATION").m("York", "LOCATION")
        .m("New York", "LOCATION").m("Gazprom", "ORGANIZATION").m("Gazprom PJSC", "ORGANIZATION")
        .m("Gazprom Neft", "ORGANIZATION").resolve();
    assertEquals(10, r.entities().size());
    assertEquals(r.entityOf(8), r.entityOf(9));
    assertEquals("Gazprom PJSC", r.entityOf(8).canonicalName());
    assertNotEquals(r.entityOf(8), r.entityOf(10));
  }

  @Test
  void sameNameOfDifferentTypesIsTwoEntities() {
    EntityResolver.Result r = new Doc("Jordan scored. Jordan said. Michael Jordan left.")
        .m("Jordan", "LOCATION").m("Jordan", "PERSON").m("Michael Jordan", "PERSON").resolve();
    assertNotEquals(r.entityOf(0), r.entityOf(1));
    assertEquals(r.entityOf(1), r.entityOf(2));
    assertEquals("Michael Jordan", r.entityOf(1).canonicalName());
    assertEquals("PERSON", r.entityOf(1).type());
  }

  @Test
  void capitalsHeadlineSpellingIsNotCanonical() {
    EntityResolver.Result r = new Doc("HANOVER 1996-12-06. In Hanover, police said.")
        .m("HANOVER", "LOCATION").m("Hanover", "LOCATION").resolve();
    assertEquals(1, r.entities().size());
    assertEquals("Hanover", r.entities().get(0).canonicalName());
  }

  @Test
  void speakerSpansAndNamesFindTheirEntity() {
    Doc d = new Doc("Dmitry Shugaev met Lavrov. \"No,\" Shugaev said.")
        .m("Dmitry Shugaev", "PERSON").m("Lavrov", "PERSON").m("Shugaev", "PERSON");
    EntityResolver.Result r = d.resolve();
    int s = d.text.lastIndexOf("Shugaev");
    assertEquals("doc:e0", r.entityAt(s, s + 7).orElseThrow().id());
    assertEquals("doc:e0", r.entityAt(s - 1, s + 12).orElseThrow().id());
    assertFalse(r.entityAt(27, 31).isPresent());
    assertEquals("Dmitry Shugaev", r.entityNamed("President Shugayev").orElseThrow().canonicalName());
    assertEquals("doc:e1", r.entityNamed("Lavrov's").orElseThrow().id());
    assertFalse(r.entityNamed("Putin").isPresent());
  }

  @Test
  void rowsCarryEntityIdsAndTheEntitiesTable() {
    Doc d = new Doc("Dmitry Shugaev met Lavrov. Shugaev left.")
        .m("Dmitry Shugaev", "PERSON").m("Lavrov", "PERSON").m("Shugaev", "PERSON");
    EntityResolver.Result r = d.resolve();
    List<Row> mentions = RowConverter.mentionRows("doc", d.mentions, r);
    assertEquals("doc:e0", mentions.get(2).getString(EntityMentionsTable.ENTITY_ID));
    assertEquals("Dmitry Shugaev", mentions.get(2).getString(EntityMentionsTable.CANONICAL_NAME));
    List<Row> entities = RowConverter.entityRows("doc", r);
    assertEquals(2, entities.size());
    Row e0 = entities.get(0);
    assertEquals("doc:e0", e0.getString(EntitiesTable.ENTITY_ID));
    assertEquals("PERSON", e0.getString(EntitiesTable.TYPE));
    assertEquals(2, e0.getInt32(EntitiesTable.MENTION_COUNT));
    assertEquals(0, e0.getInt32(EntitiesTable.FIRST_START));
    assertTrue(entities.get(1).getInt32(EntitiesTable.FIRST_START) > 0);
  }
}
