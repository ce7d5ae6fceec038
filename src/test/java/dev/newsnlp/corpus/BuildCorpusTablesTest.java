package dev.newsnlp.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsnlp.annotate.MentionSpan;
import dev.newsnlp.annotate.QuoteSpan;
import dev.newsnlp.annotate.RowConverter;
import dev.newsnlp.annotate.entities.EntityResolver;
import dev.newsnlp.model.CleanedPage;
import dev.newsnlp.model.CorpusEntitiesTable;
import dev.newsnlp.model.DocumentRows;
import dev.newsnlp.model.DocumentsTable;
import dev.newsnlp.model.PageFate;
import dev.newsnlp.model.SpeakersTable;
import dev.newsnlp.model.Tables;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollectionRowTuple;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.jupiter.api.Test;

/**
 * Two sites write about one port director, one with the accents of his name and one without; a third page
 * was dropped. The corpus tables count him once, with both spellings, two documents, two sites and the
 * entities he names in his quotes.
 */
class BuildCorpusTablesTest {
  private final TestPipeline pipeline = TestPipeline.create().enableAbandonedNodeEnforcement(false);

  static final String A = "Port director José Peña chose Nordhavn Marine. \"Hollins Steel will gain,\" Peña said.";
  static final String B = "Jose Pena backed the truckers. \"Hollins Steel and the Harbor City Council must agree,\" Pena said.";

  private final Map<String, List<Row>> rows = new TreeMap<>();

  private void document(String docId, String site, String published, String text, List<MentionSpan> mentions,
      List<QuoteSpan> quotes) {
    CleanedPage page = CleanedPage.create(docId, "feed.jsonl", 0, "jsonl", "https://" + site + "/" + docId, site,
        null, null, published, null, "UTF-8", "en", text, null, text.length());
    rows.computeIfAbsent(Tables.DOCUMENTS, k -> new ArrayList<>())
        .add(DocumentRows.of(PageFate.annotated(page, text.length(), mentions.size(), quotes.size())));
    EntityResolver.Result entities = EntityResolver.resolve(docId, mentions);
    rows.computeIfAbsent(Tables.ENTITY_MENTIONS, k -> new ArrayList<>())
        .addAll(RowConverter.mentionRows(docId, mentions, entities));
    rows.computeIfAbsent(Tables.ENTITIES, k -> new ArrayList<>()).addAll(RowConverter.entityRows(docId, entities));
    rows.computeIfAbsent(Tables.SPEAKER_QUOTES, k -> new ArrayList<>())
        .addAll(RowConverter.quoteRows(docId, quotes, mentions, entities));
  }

  private static MentionSpan mention(String text, String name, String type) {
    int start = text.indexOf(name);
    return new MentionSpan(start, start + name.length(), name, type, 0.9, 0);
  }

  private static QuoteSpan quote(String text, String speaker, int speakerMention) {
    int start = text.indexOf('"');
    int end = text.indexOf('"', start + 1) + 1;
    return new QuoteSpan(start, end, text.substring(start, end), speaker, speaker, -1, -1, 1, "PERSON",
        "trailing_verb", speakerMention, null);
  }

  /** Pages a and b (above) and a dropped page c. */
  private void twoSitesAndADroppedPage() {
    document("a", "baycourier.example", "2025-03-18", A,
        List.of(mention(A, "José Peña", "PERSON"), mention(A, "Nordhavn Marine", "ORGANIZATION"),
            mention(A, "Hollins Steel", "ORGANIZATION"), new MentionSpan(A.lastIndexOf("Peña"), A.lastIndexOf("Peña") + 4, "Peña", "PERSON", 0.9, 1)),
        List.of(quote(A, "Peña", 3)));
    document("b", "valleypost.example", "2025-03-20T09:15:00Z", B,
        List.of(mention(B, "Jose Pena", "PERSON"), mention(B, "Hollins Steel", "ORGANIZATION"),
            mention(B, "Harbor City Council", "ORGANIZATION"), new MentionSpan(B.lastIndexOf("Pena"), B.lastIndexOf("Pena") + 4, "Pena", "PERSON", 0.9, 1)),
        List.of(quote(B, "Pena", 3)));
    CleanedPage dropped = CleanedPage.create("c", "feed.jsonl", 9, "jsonl", null, null, null, null, null, null,
        "UTF-8", null, "", "no_article_text", 80);
    rows.get(Tables.DOCUMENTS).add(DocumentRows.of(PageFate.dropped(dropped)));
  }

  static final List<String> ENTITY_LINES = List.of(
      "person:jose pena Jose Pena [Jose Pena, José Peña, Pena, Peña] docs=2 stories=2 mentions=4 sites=2 quotes=2 "
          + "2025-03-18T00:00:00.000Z..2025-03-20T09:15:00.000Z",
      "organization:hollins steel Hollins Steel [Hollins Steel] docs=2 stories=2 mentions=2 sites=2 quotes=0 "
          + "2025-03-18T00:00:00.000Z..2025-03-20T09:15:00.000Z",
      "organization:nordhavn marine Nordhavn Marine [Nordhavn Marine] docs=1 stories=1 mentions=1 sites=1 quotes=0 "
          + "2025-03-18T00:00:00.000Z..2025-03-18T00:00:00.000Z",
      "organization:harbor city council Harbor City Council [Harbor City Council] docs=1 stories=1 mentions=1 sites=1 quotes=0 "
          + "2025-03-20T09:15:00.000Z..2025-03-20T09:15:00.000Z");
  static final List<String> SPEAKER_LINES = List.of("person:jose pena Jose Pena quotes=2 docs=2 sites=2 "
      + "named=[organization:hollins steel Hollins Steel 2, organization:harbor city council Harbor City Council 1]");

  static String entityLine(Row r) {
    return r.getString(CorpusEntitiesTable.ENTITY_KEY) + " " + r.getString(CorpusEntitiesTable.NAME) + " "
        + r.getArray(CorpusEntitiesTable.VARIANTS) + " docs=" + r.getInt64(CorpusEntitiesTable.DOCUMENTS)
        + " stories=" + r.getInt64(CorpusEntitiesTable.STORIES) + " mentions=" + r.getInt64(CorpusEntitiesTable.MENTIONS)
        + " sites=" + r.getInt64(CorpusEntitiesTable.SITES) + " quotes=" + r.getInt64(CorpusEntitiesTable.QUOTES)
        + " " + r.getValue(CorpusEntitiesTable.FIRST_PUBLISHED) + ".." + r.getValue(CorpusEntitiesTable.LAST_PUBLISHED);
  }

  static String speakerLine(Row r) {
    return r.getString(SpeakersTable.ENTITY_KEY) + " " + r.getString(SpeakersTable.NAME)
        + " quotes=" + r.getInt64(SpeakersTable.QUOTES) + " docs=" + r.getInt64(SpeakersTable.DOCUMENTS)
        + " sites=" + r.getInt64(SpeakersTable.SITES) + " named=" + named(r);
  }

  /** The per-key combiners of the pipeline (cluster runners). */
  @Test
  void oneRowPerNameAcrossDocumentsAndSites() {
    twoSitesAndADroppedPage();
    PCollectionRowTuple tables = PCollectionRowTuple.empty(pipeline);
    for (Tables.TableDef t : Tables.all().subList(0, 4)) {
      tables = tables.and(t.name(), pipeline.apply("Create_" + t.name(), Create.of(rows.get(t.name())).withRowSchema(t.schema())));
    }
    PCollectionRowTuple corpus = tables.apply(BuildCorpusTables.create());

    PAssert.that(corpus.get(Tables.CORPUS_ENTITIES).apply("EntityLines",
            MapElements.into(TypeDescriptors.strings()).via(BuildCorpusTablesTest::entityLine)))
        .containsInAnyOrder(ENTITY_LINES);
    PAssert.that(corpus.get(Tables.SPEAKERS).apply("SpeakerLines",
            MapElements.into(TypeDescriptors.strings()).via(BuildCorpusTablesTest::speakerLine)))
        .containsInAnyOrder(SPEAKER_LINES);
    pipeline.run().waitUntilFinish();
  }

  /**
   * The launcher's one pass over the staged rows (direct runner) gives the combiners' rows, whatever order the
   * rows come in, and the same story columns as the pipeline's join.
   */
  @Test
  void theLauncherBuildsTheSameRowsFromStagedRows() throws Exception {
    twoSitesAndADroppedPage();
    // b is a copy of a's story: the story column makes the two documents one story.
    try (CorpusFinish finish = new CorpusFinish(Map.of("a", KV.of("a", 2L), "b", KV.of("a", 2L)))) {
      List<Row> documents = new ArrayList<>();
      for (Tables.TableDef t : Tables.all().subList(0, 4)) {
        List<Row> staged = new ArrayList<>(rows.get(t.name()));
        java.util.Collections.reverse(staged); // not the order they were made in
        for (Row r : staged) {
          Row out = finish.staged(t.name(), r, encoded(t, r));
          if (t.name().equals(Tables.DOCUMENTS)) {
            documents.add(out);
          }
        }
      }
      List<String> stories = new ArrayList<>();
      documents.forEach(d -> stories.add(d.getString(DocumentsTable.DOC_ID) + "=" + d.getString(DocumentsTable.STORY_ID)
          + "/" + d.getInt64(DocumentsTable.STORY_SIZE)));
      assertEquals(List.of("c=null/null", "b=a/2", "a=a/2"), stories);
      List<String> entities = new ArrayList<>();
      finish.built(Tables.CORPUS_ENTITIES).forEach(r -> entities.add(entityLine(r)));
      List<String> speakers = new ArrayList<>();
      finish.built(Tables.SPEAKERS).forEach(r -> speakers.add(speakerLine(r)));
      // One story now: the two documents count as one story, everything else as in the combiners' rows.
      List<String> expected = new ArrayList<>();
      ENTITY_LINES.forEach(l -> expected.add(l.replace("docs=2 stories=2", "docs=2 stories=1")));
      assertEquals(new java.util.TreeSet<>(expected), new java.util.TreeSet<>(entities));
      assertEquals(SPEAKER_LINES, speakers);
      assertEquals(null, finish.built(Tables.DOCUMENTS));
    }
  }

  /** Without stories each document is its own story: the combiners' rows exactly. */
  @Test
  void withoutStoriesTheLauncherGivesTheCombinersRows() throws Exception {
    twoSitesAndADroppedPage();
    try (CorpusFinish finish = new CorpusFinish(null)) {
      for (Tables.TableDef t : Tables.all().subList(0, 4)) {
        for (Row r : rows.get(t.name())) {
          assertEquals(r, finish.staged(t.name(), r, encoded(t, r)));
        }
      }
      List<String> entities = new ArrayList<>();
      finish.built(Tables.CORPUS_ENTITIES).forEach(r -> entities.add(entityLine(r)));
      assertEquals(new java.util.TreeSet<>(ENTITY_LINES), new java.util.TreeSet<>(entities));
      List<String> speakers = new ArrayList<>();
      finish.built(Tables.SPEAKERS).forEach(r -> speakers.add(speakerLine(r)));
      assertEquals(SPEAKER_LINES, speakers);
    }
  }

  /** A staged row's bytes, as the launcher reads them from the bundle files. */
  private static byte[] encoded(Tables.TableDef table, Row row) throws Exception {
    return org.apache.beam.sdk.util.CoderUtils.encodeToByteArray(org.apache.beam.sdk.coders.RowCoder.of(table.schema()), row);
  }

  private static String named(Row speaker) {
    List<String> out = new ArrayList<>();
    for (Row n : speaker.<Row>getArray(SpeakersTable.NAMED_IN_QUOTES)) {
      out.add(n.getString("entity_key") + " " + n.getString("name") + " " + n.getInt64("mentions"));
    }
    return out.toString();
  }

  @Test
  void combinersGiveTheSameRowWhateverTheOrderOfPartialSums() {
    DocumentFacts.DocInfo d1 = new DocumentFacts.DocInfo("a", "a", "x.example", 10L);
    DocumentFacts.DocInfo d2 = new DocumentFacts.DocInfo("b", "a", "y.example", 5L);
    DocumentFacts.DocInfo d3 = new DocumentFacts.DocInfo("c", "c", null, null);
    List<DocumentFacts.EntityFact> facts = List.of(
        new DocumentFacts.EntityFact("person:jose pena", "PERSON", "José Peña", new java.util.TreeSet<>(List.of("José Peña", "Peña")), 2, 1, d1),
        new DocumentFacts.EntityFact("person:jose pena", "PERSON", "Jose Pena", new java.util.TreeSet<>(List.of("Jose Pena")), 1, 0, d2),
        new DocumentFacts.EntityFact("person:jose pena", "MISC", "Jose Pena", new java.util.TreeSet<>(List.of("JOSE PENA")), 1, 0, d3));
    CorpusStats.EntityStatsFn fn = new CorpusStats.EntityStatsFn();
    CorpusStats.EntityAcc left = fn.addInput(fn.addInput(fn.createAccumulator(), facts.get(0)), facts.get(1));
    CorpusStats.EntityAcc right = fn.addInput(fn.createAccumulator(), facts.get(2));
    CorpusStats.EntityAcc one = fn.mergeAccumulators(List.of(left, right));
    CorpusStats.EntityAcc r1 = fn.addInput(fn.createAccumulator(), facts.get(1));
    CorpusStats.EntityAcc r2 = fn.addInput(fn.addInput(fn.createAccumulator(), facts.get(2)), facts.get(0));
    CorpusStats.EntityAcc other = fn.mergeAccumulators(List.of(r2, r1));
    for (CorpusStats.EntityAcc acc : List.of(one, other)) {
      assertEquals("Jose Pena", CorpusStats.mostFrequent(acc.names));
      assertEquals("PERSON", CorpusStats.mostFrequent(acc.types));
      assertEquals(List.of("JOSE PENA", "Jose Pena", "José Peña", "Peña"), new ArrayList<>(acc.variants));
      assertEquals(3, acc.documents);
      assertEquals(4, acc.mentions);
      assertEquals(1, acc.quotes);
      assertEquals(5L, acc.firstPublished);
      assertEquals(10L, acc.lastPublished);
    }
  }

  @Test
  void topNamedBreaksTiesByKey() {
    Map<String, Long> named = new TreeMap<>(Map.of(
        "location:b\tB", 2L, "location:a\tA", 2L, "person:c\tC", 5L, "person:c\tC.", 1L, "misc:z\tZ", 1L));
    List<CorpusStats.Named> top = CorpusStats.topNamed(named, 3);
    assertEquals(List.of(new CorpusStats.Named("person:c", "C", 6), new CorpusStats.Named("location:a", "A", 2),
        new CorpusStats.Named("location:b", "B", 2)), top);
  }

}
