package dev.newsnlp;

import static dev.newsnlp.read.TestDumps.bzip2;
import static dev.newsnlp.read.TestDumps.gzip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsnlp.launch.RunSummary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A corpus of bad inputs, generated here (nothing large is committed), through the whole job: no exception
 * escapes, every page read is kept, dropped or failed, and each failure names its stage and reason.
 */
class FaultCorpusTest {
  private static final Path CORPUS = Paths.get("target", "fault-corpus").toAbsolutePath();
  private static final String ARTICLE = "Harbor City opens new ferry terminal\n\n"
      + "The Harbor City ferry terminal opened on Monday after two years of work, the port authority said.\n\n"
      + "Mayor Daniel Okafor said the terminal would carry 4,000 passengers a day. \"This is a good day for "
      + "the whole city,\" Okafor told reporters at the opening.\n\n"
      + "The project cost 80 million dollars and was paid for by the state and the port authority.\n";

  private static SampleRuns.Run run;
  private static Map<String, JsonNode> failureBySource;

  @BeforeAll
  static void runOnFaults() throws IOException {
    SampleRuns.deleteRecursively(CORPUS);
    Files.createDirectories(CORPUS);
    write("good.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
    write("empty.txt", new byte[0]);
    write("scan.pdf", "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.ISO_8859_1));
    write("photo.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
    write("archive.zip", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0});
    // Latin-1 bytes with no declaration: read as windows-1252, page kept.
    write("legacy.txt", ARTICLE.replace("Okafor", "Ok\u00e9for").getBytes(StandardCharsets.ISO_8859_1));
    byte[] gz = gzip(ARTICLE.repeat(50).getBytes(StandardCharsets.UTF_8));
    write("truncated.txt.gz", Arrays.copyOf(gz, gz.length / 2));
    byte[] bz = bzip2(jsonl(20).getBytes(StandardCharsets.UTF_8));
    byte[] corruptBz = bz.clone();
    for (int i = corruptBz.length / 2; i < corruptBz.length / 2 + 40; i++) {
      corruptBz[i] = (byte) (corruptBz[i] ^ 0x5a);
    }
    write("corrupt.jsonl.bz2", corruptBz);
    write("half-lines.jsonl", (jsonl(3) + "{\"id\": \"cut\", \"text\": \"The council said\n" + jsonl(2).replace("\"p", "\"q")
        + "not json at all\n{\"id\": \"no-text\", \"url\": \"https://x.example/1\"}\n").getBytes(StandardCharsets.UTF_8));
    // 6 MB: read up to --maxPageBytes (2 MB), cut at a line end, annotated (its first 5,000 chars).
    write("big.txt", (ARTICLE + "1 2 3 4 5 6 7 8 9 10\n".repeat(300_000)).getBytes(StandardCharsets.UTF_8));
    write("broken.warc", ("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nHTTP/1.1 200 OK\r\n"
        + "Content-Type: text/html\r\n\r\n<p>cut</p>").getBytes(StandardCharsets.UTF_8));
    // A table of numbers that tokenizes to one 20,000-token sentence, after a paragraph of prose.
    StringBuilder table = new StringBuilder(ARTICLE).append("\n");
    for (int i = 0; i < 20_000; i++) {
      table.append(i * 7 % 1000).append(i % 12 == 11 ? "\n" : " ");
    }
    write("numbers-table.txt", table.toString().replace("\n", " ").getBytes(StandardCharsets.UTF_8));
    write("long-article.txt", ARTICLE.repeat(40).getBytes(StandardCharsets.UTF_8));
    // --clean=false: the pathological text must reach CoreNLP, whose guards are under test here.
    run = SampleRuns.run("--input=" + CORPUS + "/*", "--quotes=false", "--clean=false", "--maxPageBytes=2000000",
        "--maxAnnotateChars=5000", "--dropDuplicates=false");
    failureBySource = new HashMap<>();
    for (JsonNode f : run.rows("failures")) {
      failureBySource.putIfAbsent(f.get("source").asText().substring(f.get("source").asText().lastIndexOf('/') + 1), f);
    }
  }

  private static void write(String name, byte[] bytes) throws IOException {
    Files.write(CORPUS.resolve(name), bytes);
  }

  private static String jsonl(int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append("{\"id\": \"p").append(i).append("\", \"text\": \"")
          .append(ARTICLE.replace("\n", "\\n").replace("\"", "\\\"").replace("Monday", "day " + i)).append("\"}\n");
    }
    return s.toString();
  }

  private static void assertFailure(String file, String stage, String error) {
    JsonNode f = failureBySource.get(file);
    assertNotNull(f, "no failures row for " + file + " in " + failureBySource.keySet());
    assertEquals(stage, f.get("stage").asText(), f.toString());
    assertEquals(error, f.get("error").asText(), f.toString());
  }

  @Test
  void accountingClosesOnBadInput() {
    RunSummary s = run.summary();
    assertTrue(s.accountingHolds(), s.format());
    assertEquals(s.counter("pagesRead"), s.counter("documentsKept") + s.counter("documentsDropped") + s.failedPages());
    assertTrue(s.counter("documentsKept") >= 5, s.format());
  }

  @Test
  void eachBadInputHasItsFailureRow() {
    assertFailure("empty.txt", "read", "empty_file");
    assertFailure("scan.pdf", "read", "binary_file");
    assertFailure("photo.txt", "read", "binary_file");
    assertFailure("archive.zip", "read", "binary_file");
    assertFailure("truncated.txt.gz", "read", "corrupt_or_truncated_archive");
    assertFailure("broken.warc", "read", "corrupt_warc_record");
    List<JsonNode> bz2 = run.rows("failures").stream()
        .filter(f -> f.get("source").asText().endsWith("corrupt.jsonl.bz2")).toList();
    assertTrue(bz2.stream().anyMatch(f -> f.get("error").asText().equals("corrupt_or_truncated_archive")
        && f.get("record_index").isNull()), "the broken bzip2 stream is a file failure: " + bz2);
    assertEquals(1, run.rows("failures").stream()
        .filter(f -> f.get("source").asText().endsWith("broken.warc")).count(), "one row per broken record");
    List<JsonNode> halfLines = run.rows("failures").stream()
        .filter(f -> f.get("source").asText().endsWith("half-lines.jsonl")).toList();
    assertEquals(List.of("malformed_json", "malformed_json", "missing_text"),
        halfLines.stream().map(f -> f.get("error").asText()).sorted().toList());
  }

  @Test
  void pathologicalTextIsAnnotatedWithinItsGuards() {
    List<JsonNode> docs = run.rows("documents");
    JsonNode table = docs.stream().filter(d -> d.get("source").asText().endsWith("numbers-table.txt")).findFirst().orElseThrow();
    assertEquals("kept", table.get("status").asText(), "a 20,000-token sentence is skipped by the models, not fatal");
    assertTrue(table.get("mention_count").asInt() > 0, "the prose before the table is still annotated");
    JsonNode longArticle = docs.stream().filter(d -> d.get("source").asText().endsWith("long-article.txt")).findFirst().orElseThrow();
    assertTrue(longArticle.get("truncated").asBoolean());
    int annotated = longArticle.get("chars_annotated").asInt();
    assertTrue(annotated <= 5000 && annotated > 2500, "cut near the limit: " + annotated);
    String text = longArticle.get("text").asText();
    assertEquals(ARTICLE.length() * 40, text.length(), "documents.text keeps the whole article");
    assertTrue(text.startsWith("\n\n", annotated) || text.substring(0, annotated).endsWith(".")
        || text.substring(0, annotated).endsWith("\""), "cut at a paragraph or sentence end: ..."
        + text.substring(annotated - 30, annotated));
    long mentionsBeyond = run.rows("entity_mentions").stream()
        .filter(m -> m.get("doc_id").asText().equals(longArticle.get("doc_id").asText()))
        .filter(m -> m.get("end").asInt() > annotated).count();
    assertEquals(0, mentionsBeyond, "no mention beyond the annotated prefix");
  }

  @Test
  void anOversizedPageIsReadUpToTheLimitAndMarkedTruncated() {
    JsonNode big = run.rows("documents").stream().filter(d -> d.get("source").asText().endsWith("big.txt"))
        .findFirst().orElseThrow();
    assertEquals("kept", big.get("status").asText());
    assertTrue(big.get("truncated").asBoolean());
    assertTrue(big.get("chars_in").asInt() <= 2_000_000 && big.get("chars_in").asInt() > 1_500_000, big.get("chars_in").asText());
    String text = big.get("text").asText();
    assertTrue(text.startsWith(ARTICLE.strip().substring(0, 40)), text.substring(0, 80));
    assertTrue(text.strip().endsWith("\n1 2 3 4 5 6 7 8 9 10"), "cut at a line end: ..." + text.substring(text.length() - 30));
    assertTrue(big.get("mention_count").asInt() > 0, "the article at its start is annotated");
    assertFalse(failureBySource.containsKey("big.txt"), "no failures row");
    assertEquals(1, run.summary().counter("pagesTruncated"));
    assertTrue(run.summary().format().contains("truncated        1 page(s) read up to --maxPageBytes"),
        run.summary().format());
  }

  @Test
  void goodRecordsAroundBadOnesGoThrough() {
    List<JsonNode> docs = run.rows("documents");
    long fromHalfLines = docs.stream().filter(d -> d.get("source").asText().endsWith("half-lines.jsonl")).count();
    assertEquals(5, fromHalfLines, "3 lines before the cut line and 2 after it");
    JsonNode legacy = docs.stream().filter(d -> d.get("source").asText().endsWith("legacy.txt")).findFirst().orElseThrow();
    assertEquals("windows-1252", legacy.get("charset").asText());
    assertTrue(legacy.get("text").asText().contains("Ok\u00e9for"), "legacy bytes decoded, not replaced");
  }
}
