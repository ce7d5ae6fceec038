package dev.newsnlp.read;

import com.fasterxml.jackson.databind.ObjectMapper;
import static dev.newsnlp.read.TestDumps.readAll;
import static dev.newsnlp.read.TestDumps.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsnlp.model.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesReaderTest {
  private static final String SOURCE = "gs://bucket/feed.jsonl";
  static final String JSONL =
      "{\"id\": \"a1\", \"text\": \"First page.\", \"url\": \"https://news.example/a1\", \"title\": \"One\"}\n"
          + "{\"id\": \"a2\", \"text\": \"Second page cut in ha\n"
          + "\n"
          + "{\"html\": \"<p>Third page.</p>\", \"published\": \"2025-01-02\"}\n"
          + "[1, 2, 3]\n"
          + "{\"id\": \"a5\", \"url\": \"https://news.example/a5\"}\n"
          + "{\"id\": \"a6\", \"text\": \"Sixth page.\"}\r\n";

  static long lineOffset(String startOfLine) {
    return JSONL.substring(0, JSONL.indexOf(startOfLine)).getBytes(StandardCharsets.UTF_8).length;
  }

  private static String describe(ReadRecord r) {
    if (r instanceof PageRecord p) {
      return r.offset() + " page " + p.page().getDocId() + ": " + p.page().getContent();
    } else if (r instanceof FailedRecord f) {
      return r.offset() + " failed " + f.docId() + ": " + f.error() + ": " + f.message();
    }
    return r.offset() + " " + r;
  }

  @Test
  void goodLinesAroundBrokenOnesAreRead() throws IOException {
    List<ReadRecord> records = readAll(SOURCE, utf8(JSONL));
    String thirdId = DocIds.forRecord(SOURCE, lineOffset("{\"html"));
    assertEquals(List.of(
        "0 page a1: First page.",
        lineOffset("{\"id\": \"a2") + " failed null: malformed_json: "
            + "Unexpected end-of-input: was expecting closing quote for a string value",
        lineOffset("{\"html") + " page " + thirdId + ": <p>Third page.</p>",
        lineOffset("[1, 2") + " failed null: malformed_json: line is not a JSON object",
        lineOffset("{\"id\": \"a5") + " failed a5: missing_text: "
            + "JSON object has neither a \"text\" nor an \"html\" string field",
        lineOffset("{\"id\": \"a6") + " page a6: Sixth page."),
        records.stream().map(JsonLinesReaderTest::describe).toList());
    Page first = ((PageRecord) records.get(0)).page();
    assertEquals("https://news.example/a1", first.getUrl());
    assertEquals("One", first.getTitle());
    assertEquals("jsonl", first.getFormat());
    Page third = ((PageRecord) records.get(2)).page();
    assertTrue(third.isHtml());
    assertEquals(lineOffset("{\"html"), third.getRecordIndex(), "record index is the line's byte offset");
    assertEquals("2025-01-02", third.getPublished());
  }

  /** Resuming after a checkpoint: the stream sits one byte before the resume offset, inside a line read. */
  @Test
  void resumeStartsAfterTheLastRecordRead() throws IOException {
    List<ReadRecord> rest = TestDumps.resume(SOURCE, utf8(JSONL), lineOffset("{\"html") + 1);
    assertEquals(List.of(lineOffset("[1, 2"), lineOffset("{\"id\": \"a5"), lineOffset("{\"id\": \"a6")),
        rest.stream().map(ReadRecord::offset).toList());
  }

  @Test
  void aLineLongerThanTheLimitIsReadUpToIt() throws IOException {
    String feed = "{\"id\": \"s1\", \"text\": \"Short.\"}\n"
        + "{\"id\": \"long\", \"url\": \"https://x.example/l\", \"text\": \"" + "x".repeat(200) + "\"}\n"
        + "{\"id\": \"s2\", \"text\": \"Short too.\"}\n"
        + "{\"id\": \"late\", \"url\": \"https://x.example/" + "y".repeat(200) + "\", \"text\": \"Cut off.\"}\n";
    List<ReadRecord> records = readAll("/d/f.jsonl", utf8(feed), 100);
    assertEquals(4, records.size());
    Page cut = assertInstanceOf(PageRecord.class, records.get(1)).page();
    assertEquals("long", cut.getDocId());
    assertEquals("https://x.example/l", cut.getUrl());
    assertTrue(cut.isTruncated());
    assertEquals(100 - "{\"id\": \"long\", \"url\": \"https://x.example/l\", \"text\": \"".length(),
        cut.getContent().length());
    assertEquals("s2", assertInstanceOf(PageRecord.class, records.get(2)).page().getDocId());
    FailedRecord noText = assertInstanceOf(FailedRecord.class, records.get(3));
    assertEquals("page_too_large", noText.error(), "cut before its text starts");
    assertEquals(feed.indexOf("{\"id\": \"late"), noText.offset());
  }

  @Test
  void aTextCutAnywhereGivesAPrefixOfItsCharacters() throws IOException {
    String text = "Caf\u00e9 \"Nord\" \u6e2f\ud83d\udea2 opened.\nThe mayor spoke.\tThen \\ left.\n";
    String line = "{\"id\": \"d\", \"text\": " + new ObjectMapper().writeValueAsString(text.repeat(3)) + "}\n";
    for (int limit = 30; limit < utf8(line).length - 2; limit++) {
      Page p = assertInstanceOf(PageRecord.class, readAll("/d/f.jsonl", utf8(line), limit).get(0)).page();
      assertTrue(p.isTruncated(), "limit " + limit);
      assertTrue(text.repeat(3).startsWith(p.getContent()), "limit " + limit + ": " + p.getContent());
    }
  }

  @Test
  void blankFieldsAreMissingButBlankTextIsAPage() throws IOException {
    Page p = assertInstanceOf(PageRecord.class,
        readAll("/d/f.jsonl", utf8("{\"id\": \" \", \"text\": \"\", \"url\": \"\", \"title\": {\"a\": 1}}\n")).get(0))
        .page();
    assertEquals(DocIds.forRecord("/d/f.jsonl", 0), p.getDocId(), "a blank id falls back to path and offset");
    assertEquals("", p.getContent());
    assertEquals(null, p.getUrl());
    assertEquals(null, p.getTitle());
  }
}
