package dev.newsnlp.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsnlp.model.Page;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.junit.jupiter.api.Test;

class DumpFileParserTest {
  private final DumpFileParser parser = new DumpFileParser(1_000_000);

  /** Collects what the parser delivers. */
  static final class Collected implements DumpFileParser.Sink {
    final List<Page> pages = new ArrayList<>();
    final List<String> failures = new ArrayList<>();
    final List<@Nullable Long> failureIndexes = new ArrayList<>();
    final List<String> skipped = new ArrayList<>();

    @Override
    public void page(Page page) {
      pages.add(page);
    }

    @Override
    public void failure(@Nullable Long recordIndex, @Nullable String docId, String error, String message) {
      failures.add(error);
      failureIndexes.add(recordIndex);
    }

    @Override
    public void skipped(String reason) {
      skipped.add(reason);
    }
  }

  private Collected parse(String source, byte[] bytes) throws IOException {
    Collected c = new Collected();
    parser.parse(source, new ByteArrayInputStream(bytes), c);
    return c;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void textDumpIsOnePageWithStableId() throws IOException {
    String dump = "Menu\n  • News\n  • Sport\n\nMayor opens the new library on Elm Street.\n";
    Collected a = parse("/data/2025/page-1.txt", utf8(dump));
    Collected b = parse("/data/2025/page-1.txt", utf8(dump));
    assertEquals(1, a.pages.size());
    Page p = a.pages.get(0);
    assertEquals("text", p.getFormat());
    assertEquals(dump, p.getContent());
    assertEquals(0, p.getRecordIndex());
    assertEquals(p.getDocId(), b.pages.get(0).getDocId(), "same path, same id on every run");
    assertNotEquals(p.getDocId(), parse("/data/2025/page-2.txt", utf8(dump)).pages.get(0).getDocId());
    assertEquals("UTF-8", p.getCharset());
  }

  private static final String JSONL =
      "{\"id\": \"a1\", \"text\": \"First page.\", \"url\": \"https://news.example/a1\", \"title\": \"One\"}\n"
          + "{\"id\": \"a2\", \"text\": \"Second page cut in ha\n"
          + "\n"
          + "{\"html\": \"<p>Third page.</p>\", \"published\": \"2025-01-02\"}\n"
          + "[1, 2, 3]\n"
          + "{\"id\": \"a5\", \"url\": \"https://news.example/a5\"}\n"
          + "{\"id\": \"a6\", \"text\": \"Sixth page.\"}\n";

  private static long lineOffset(String startOfLine) {
    return JSONL.getBytes(StandardCharsets.UTF_8).length
        - JSONL.substring(JSONL.indexOf(startOfLine)).getBytes(StandardCharsets.UTF_8).length;
  }

  @Test
  void jsonLinesKeepGoodLinesAroundABrokenOne() throws IOException {
    Collected c = parse("gs://bucket/feed.jsonl", utf8(JSONL));
    assertEquals(List.of("a1", DocIds.forRecord("gs://bucket/feed.jsonl", lineOffset("{\"html")), "a6"),
        c.pages.stream().map(Page::getDocId).toList());
    assertEquals("https://news.example/a1", c.pages.get(0).getUrl());
    assertEquals("One", c.pages.get(0).getTitle());
    Page third = c.pages.get(1);
    assertTrue(third.isHtml());
    assertEquals(lineOffset("{\"html"), third.getRecordIndex(), "record index is the line's byte offset");
    assertEquals("2025-01-02", third.getPublished());
    assertEquals(List.of("malformed_json", "malformed_json", "missing_text"), c.failures);
    assertEquals(List.of(lineOffset("{\"id\": \"a2"), lineOffset("[1, 2"), lineOffset("{\"id\": \"a5")),
        c.failureIndexes);
  }

  /** Resuming after a checkpoint: the stream sits one byte before the resume offset, inside a line read. */
  @Test
  void jsonLinesResumeAfterTheLastRecordRead() throws IOException {
    byte[] bytes = utf8(JSONL);
    long lastRead = lineOffset("{\"html");
    DumpFileParser.Format format = parser.sniff("f.jsonl", DumpFileParser.buffer(new ByteArrayInputStream(bytes)));
    DumpFileParser.Records records = parser.open("f.jsonl",
        new ByteArrayInputStream(bytes, (int) lastRead, bytes.length), lastRead + 1, format);
    List<Long> offsets = new ArrayList<>();
    for (DumpFileParser.Record r = records.next(); r != null; r = records.next()) {
      offsets.add(r.offset());
    }
    assertEquals(List.of(lineOffset("[1, 2"), lineOffset("{\"id\": \"a5"), lineOffset("{\"id\": \"a6")), offsets);
  }

  @Test
  void htmlIsToldApartByContent() throws IOException {
    String html = "<!DOCTYPE html><html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\u00e9 owners protest.</p></body></html>";
    Collected c = parse("/dumps/page.bin", html.getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(1, c.pages.size());
    assertTrue(c.pages.get(0).isHtml());
    assertEquals("windows-1252", c.pages.get(0).getCharset());
    assertTrue(c.pages.get(0).getContent().contains("Caf\u00e9 owners"), "declared charset decodes the accent");
  }

  @Test
  void undeclaredLegacyBytesAreDecodedAndRecorded() throws IOException {
    byte[] bytes = "The caf\u00e9 \u201cclosed\u201d on Monday.".getBytes(java.nio.charset.Charset.forName("windows-1252"));
    Collected c = parse("/dumps/legacy.txt", bytes);
    assertEquals("windows-1252", c.pages.get(0).getCharset());
    assertEquals("The caf\u00e9 \u201cclosed\u201d on Monday.", c.pages.get(0).getContent());
  }

  @Test
  void gzipWithoutExtensionIsDecompressed() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(utf8("{\"id\": \"z1\", \"text\": \"Zipped page.\"}\n"));
    }
    Collected c = parse("/dumps/feed-without-extension", bytes.toByteArray());
    assertEquals(1, c.pages.size());
    assertEquals("z1", c.pages.get(0).getDocId());
  }

  @Test
  void binaryAndEmptyFilesAreFileFailures() throws IOException {
    Collected pdf = parse("/dumps/report.txt", utf8("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj"));
    assertEquals(List.of("binary_file"), pdf.failures);
    assertNull(pdf.failureIndexes.get(0));
    Collected png = parse("/dumps/x.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
    assertEquals(List.of("binary_file"), png.failures);
    Collected empty = parse("/dumps/empty.txt", new byte[0]);
    assertEquals(List.of("empty_file"), empty.failures);
    assertTrue(empty.pages.isEmpty());
  }

  @Test
  void oversizedPageIsRecordedNotRead() throws IOException {
    DumpFileParser small = new DumpFileParser(100);
    Collected c = new Collected();
    small.parse("/dumps/big.txt", new ByteArrayInputStream(utf8("word ".repeat(100))), c);
    assertTrue(c.pages.isEmpty());
    assertEquals(List.of("page_too_large"), c.failures);
    assertEquals(0L, c.failureIndexes.get(0));
  }

  @Test
  void warcResponsesBecomePagesWithUrlAndDate() throws IOException {
    String html = "<html><body><p>Port strike ends after three days.</p></body></html>";
    String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
        + utf8(html).length + "\r\n\r\n" + html;
    String redirect = "HTTP/1.1 301 Moved Permanently\r\nLocation: https://news.example/b\r\nContent-Length: 0\r\n\r\n";
    String warc = warcRecord("warcinfo", null, "application/warc-fields", "software: test\r\n")
        + warcRecord("response", "https://news.example/a", "application/http; msgtype=response", http)
        + warcRecord("response", "https://news.example/old", "application/http; msgtype=response", redirect)
        + warcRecord("conversion", "https://news.example/c", "text/plain", "Plain text of a converted page.");
    Collected c = parse("/crawl/part-0001.warc", utf8(warc));
    assertEquals(2, c.pages.size());
    Page response = c.pages.get(0);
    assertEquals("warc", response.getFormat());
    assertEquals("https://news.example/a", response.getUrl());
    assertEquals("2025-03-01T10:00:00Z", response.getFetched());
    assertTrue(response.isHtml());
    assertEquals(html, response.getContent());
    assertEquals(warc.indexOf("WARC/1.0\r\nWARC-Type: response"), response.getRecordIndex(),
        "record index is the record's byte offset (as in CDX indexes)");
    Page conversion = c.pages.get(1);
    assertEquals("Plain text of a converted page.", conversion.getContent());
    assertTrue(!conversion.isHtml());
    assertEquals(2, c.skipped.size(), "warcinfo and the redirect are not pages");

    // Resume right after the first page: the next record read is the redirect (skipped), then the conversion.
    long first = response.getRecordIndex();
    byte[] bytes = utf8(warc);
    DumpFileParser.Format format = parser.sniff("x.warc", DumpFileParser.buffer(new ByteArrayInputStream(bytes)));
    DumpFileParser.Records rest = parser.open("x.warc",
        new ByteArrayInputStream(bytes, (int) first, bytes.length), first + 1, format);
    assertEquals("http_status_3xx", rest.next().skipped());
    assertEquals("Plain text of a converted page.", rest.next().page().getContent());
    assertNull(rest.next());
  }

  private static int recordCounter;

  static String warcRecord(String type, @Nullable String uri, String contentType, String block) {
    int n = ++recordCounter;
    StringBuilder s = new StringBuilder("WARC/1.0\r\n")
        .append("WARC-Type: ").append(type).append("\r\n")
        .append("WARC-Date: 2025-03-01T10:00:00Z\r\n")
        .append("WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-").append(String.format("%012d", n)).append(">\r\n");
    if (uri != null) {
      s.append("WARC-Target-URI: ").append(uri).append("\r\n");
    }
    s.append("Content-Type: ").append(contentType).append("\r\n")
        .append("Content-Length: ").append(utf8(block).length).append("\r\n\r\n")
        .append(block).append("\r\n\r\n");
    return s.toString();
  }
}
