package dev.newsnlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsnlp.launch.RunSummary;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole job, real CoreNLP included, over sample-data/, checked through its JSON Lines tables. */
class PipelineTest {
  private static SampleRuns.Run run;
  private static List<JsonNode> documents;
  private static Map<String, String> textById;

  @BeforeAll
  static void runJob() {
    run = SampleRuns.sample("--format=jsonl");
    documents = run.rows("documents");
    textById = new HashMap<>();
    for (JsonNode d : documents) {
      textById.put(d.get("doc_id").asText(), d.get("text").asText());
    }
  }

  private static JsonNode documentFrom(String fileName) {
    return documents.stream()
        .filter(d -> d.get("source").asText().endsWith("/" + fileName))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no documents row for " + fileName));
  }

  private static JsonNode document(String docId) {
    return documents.stream().filter(d -> d.get("doc_id").asText().equals(docId)).findFirst()
        .orElseThrow(() -> new AssertionError("no documents row " + docId));
  }

  @Test
  void oneNameWrittenTwoWaysInTwoDocumentsIsOneCorpusEntityAndSpeaker() {
    JsonNode pena = run.rows("corpus_entities").stream()
        .filter(r -> r.get("entity_key").asText().equals("person:jose pena")).findFirst().orElseThrow();
    List<String> variants = new java.util.ArrayList<>();
    pena.get("variants").forEach(v -> variants.add(v.asText()));
    assertTrue(variants.containsAll(List.of("José Peña", "Jose Pena")), variants.toString());
    assertEquals(2, pena.get("documents").asInt());
    assertEquals(2, pena.get("sites").asInt());
    JsonNode speaker = run.rows("speakers").stream()
        .filter(r -> r.get("entity_key").asText().equals("person:jose pena")).findFirst().orElseThrow();
    assertEquals(2, speaker.get("quotes").asInt());
    assertTrue(speaker.get("named_in_quotes").toString().contains("organization:hollins steel"), speaker.toString());
    long keys = run.rows("corpus_entities").stream().map(r -> r.get("entity_key").asText()).distinct().count();
    assertEquals(run.rows("corpus_entities").size(), keys, "one row per entity_key");
  }

  @Test
  void aSyndicatedCopyOnAnotherSiteIsOneStoryWithTheWireOriginal() {
    // bay-0101 is the wire's steelworks story with another headline, a paragraph added and a typo;
    // wire-0004 an exact duplicate of wire-0001.
    for (String id : List.of("bay-0101", "wire-0001", "wire-0004")) {
      assertEquals("bay-0101", document(id).get("story_id").asText(), id);
      assertEquals(3, document(id).get("story_size").asInt(), id);
    }
    assertEquals("bay-0102", document("bay-0102").get("story_id").asText(), "same site, other story");
    assertEquals(1, document("bay-0102").get("story_size").asInt());
    assertTrue(document("wire-0003").get("story_id").isNull(), "a page dropped for its language has no story");
    JsonNode steel = run.rows("corpus_entities").stream()
        .filter(r -> r.get("entity_key").asText().equals("organization:hollins steel")).findFirst().orElseThrow();
    assertEquals(3, steel.get("documents").asInt());
    assertEquals(2, steel.get("stories").asInt(), "the copy is not another story");
  }

  @Test
  void dropNearDuplicatesSkipsTheCopiesBeforeAnnotation() {
    SampleRuns.Run dropping = SampleRuns.sample("--format=jsonl", "--dropNearDuplicates=true", "--quotes=false");
    Map<String, JsonNode> byId = new HashMap<>();
    dropping.rows("documents").forEach(d -> byId.put(d.get("doc_id").asText(), d));
    assertEquals("near_duplicate_of:bay-0101", byId.get("wire-0001").get("drop_reason").asText());
    assertEquals("kept", byId.get("bay-0101").get("status").asText());
    assertEquals("duplicate_of:wire-0001", byId.get("wire-0004").get("drop_reason").asText());
    assertTrue(dropping.rows("entity_mentions").stream().noneMatch(m -> m.get("doc_id").asText().equals("wire-0001")));
    assertEquals(1, dropping.summary().counter("dropped_near_duplicate_of"), dropping.summary().format());
    assertTrue(dropping.summary().accountingHolds(), dropping.summary().format());
  }

  @Test
  void everyPageIsAccountedFor() {
    RunSummary s = run.summary();
    assertTrue(s.accountingHolds(), s.format());
    // 4 single-page files + 7 + 3 JSON lines, one of them broken.
    assertEquals(14, s.counter("pagesRead"));
    assertEquals(13, documents.size(), "every page read but the broken JSON line has a documents row");
    Set<String> statuses = documents.stream().map(d -> d.get("status").asText()).collect(Collectors.toSet());
    assertTrue(Set.of("kept", "dropped", "failed").containsAll(statuses));
    for (JsonNode d : documents) {
      assertEquals(d.get("status").asText().equals("kept"), d.get("kept").asBoolean());
      assertEquals(d.get("kept").asBoolean(), d.get("drop_reason").isNull(), d.toString());
    }
  }

  @Test
  void noiseIsRemovedAndArticleKept() {
    JsonNode bridge = documentFrom("harbor-city-bridge.txt");
    assertEquals("kept", bridge.get("status").asText());
    String text = bridge.get("text").asText();
    assertTrue(text.contains("The Harbor City Council voted 7-2 on Thursday to fund a new bridge"));
    assertTrue(text.contains("\"We do not have the luxury of waiting another ten years,\" said Okafor."));
    for (String noise : List.of("Podcasts", "Storm warning issued for the northern coast", "Most Read",
        "Ferry workers end strike", "All Rights Reserved", "Privacy Policy")) {
      assertFalse(text.contains(noise), "noise left in text: " + noise);
    }
    assertTrue(text.startsWith("Council approves funding for new Harbor Bridge after years of delay"), text);
    assertEquals("Council approves funding for new Harbor Bridge after years of delay", bridge.get("title").asText());
    assertEquals("By Marta Lindqvist", bridge.get("byline").asText());
    assertEquals("2025-03-14", bridge.get("published").asText());
    assertTrue(bridge.get("chars_kept").asInt() < bridge.get("chars_in").asInt() * 3 / 5);
    assertEquals(text.length(), bridge.get("chars_kept").asInt());
  }

  @Test
  void donationAppealIsNotAnArticleAndGzipIsRead() {
    String water = documentFrom("northfield-water-appeal.txt").get("text").asText();
    assertTrue(water.contains("Residents of Northfield were told on Monday to boil their tap water"));
    assertFalse(water.contains("please support us monthly"), water);
    JsonNode gz = documentFrom("riverside-school-strike.txt.gz");
    assertEquals("kept", gz.get("status").asText());
    assertTrue(gz.get("text").asText().contains("Teachers at eleven Riverside schools have voted to strike"));
  }

  @Test
  void wholePagesThatAreNotArticlesAreDroppedWithAReason() {
    JsonNode front = documentFrom("section-front-sports.txt");
    assertEquals("dropped", front.get("status").asText());
    assertNotNull(front.get("drop_reason").textValue());
    JsonNode tagPage = document("wire-0005");
    assertEquals("dropped", tagPage.get("status").asText());
    assertEquals("duplicate_of:wire-0001", document("wire-0004").get("drop_reason").asText());
    assertEquals("not_english:de", document("wire-0003").get("drop_reason").asText());
    assertEquals("kept", document("wire-0001").get("status").asText());
  }

  @Test
  void brokenJsonLineIsAFailureAndTheRestOfItsFileGoesOn() throws java.io.IOException {
    List<JsonNode> failures = run.rows("failures");
    JsonNode broken = failures.stream().filter(f -> f.get("source").asText().endsWith("eastwire-feed.jsonl"))
        .findFirst().orElseThrow();
    byte[] feed = java.nio.file.Files.readAllBytes(SampleRuns.SAMPLE_DATA.resolve("eastwire-feed.jsonl"));
    String feedText = new String(feed, java.nio.charset.StandardCharsets.UTF_8);
    long offset = feedText.substring(0, feedText.indexOf("{\"id\": \"wire-0006\"")).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    assertEquals(offset, broken.get("record_index").asLong(), "record_index is the line's byte offset");
    assertEquals("read", broken.get("stage").asText());
    assertEquals("malformed_json", broken.get("error").asText());
    assertEquals("kept", document("wire-0007").get("status").asText(), "the line after the broken one is read");
    JsonNode marathon = document("wire-0007");
    assertEquals("eastwire.example", marathon.get("site").asText());
    assertEquals("2025-03-12T17:30:00Z", marathon.get("published").asText());
  }

  @Test
  void mentionOffsetsSliceTheDocumentText() {
    List<JsonNode> mentions = run.rows("entity_mentions");
    assertTrue(mentions.size() > 40, "mentions: " + mentions.size());
    for (JsonNode m : mentions) {
      String text = textById.get(m.get("doc_id").asText());
      assertNotNull(text, "mention of unknown document " + m);
      String slice = text.substring(m.get("start").asInt(), m.get("end").asInt());
      assertEquals(m.get("text").asText(), slice, m.toString());
      assertFalse(Set.of("he", "she", "his", "her", "they", "it").contains(slice.toLowerCase()),
          "pronoun as entity mention: " + m);
      assertTrue(m.get("mention_id").asText().startsWith(m.get("doc_id").asText() + ":m"));
    }
    assertTrue(mentions.stream().anyMatch(m -> m.get("text").asText().equals("Priya Raman")
        && m.get("type").asText().equals("PERSON")));
    Set<Double> confidences = mentions.stream().filter(m -> m.hasNonNull("confidence"))
        .map(m -> m.get("confidence").asDouble()).collect(Collectors.toSet());
    assertTrue(confidences.size() > 5, "confidence is CoreNLP's probability, not a constant");
  }

  @Test
  void quotesHaveSpeakersAndOffsetsIntoTheText() {
    List<JsonNode> quotes = run.rows("speaker_quotes");
    assertTrue(quotes.size() >= 8, "quotes: " + quotes.size());
    Set<String> mentionIds = run.rows("entity_mentions").stream().map(m -> m.get("mention_id").asText())
        .collect(Collectors.toSet());
    for (JsonNode q : quotes) {
      String text = textById.get(q.get("doc_id").asText());
      String slice = text.substring(q.get("start").asInt(), q.get("end").asInt());
      assertEquals(q.get("text").asText(), slice);
      assertTrue(slice.startsWith("\"") || slice.startsWith("\u201c"), "quote marks included: " + slice);
      if (q.hasNonNull("speaker_mention_id")) {
        assertTrue(mentionIds.contains(q.get("speaker_mention_id").asText()), q.toString());
      }
    }
    JsonNode cheque = quotes.stream()
        .filter(q -> q.get("text").asText().contains("We are being asked to sign a blank cheque")).findFirst()
        .orElseThrow();
    assertTrue(cheque.get("speaker").asText().contains("Raman"), cheque.toString());
    JsonNode steel = quotes.stream()
        .filter(q -> q.get("text").asText().contains("Management took bonuses last year")).findFirst()
        .orElseThrow();
    assertTrue(steel.get("canonical_speaker").asText().contains("Denise Park"), steel.toString());
  }

  @Test
  void summaryIsWrittenNextToTheTables() throws Exception {
    JsonNode summary = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(run.output().resolve("run_summary.json").toFile());
    assertEquals(14, summary.get("pages_read").asLong());
    assertTrue(summary.get("accounting_holds").asBoolean());
  }
}
