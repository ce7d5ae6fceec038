package dev.newsnlp.read;

import static dev.newsnlp.read.TestDumps.httpResponse;
import static dev.newsnlp.read.TestDumps.readAll;
import static dev.newsnlp.read.TestDumps.recordId;
import static dev.newsnlp.read.TestDumps.utf8;
import static dev.newsnlp.read.TestDumps.warcRecord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsnlp.model.Page;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class WarcFileReaderTest {
  private static final String HTML = "<html><body><p>Port strike ends after three days.</p></body></html>";
  private static final String HTTP = "application/http; msgtype=response";
  static final String WARC = warcRecord(1, "warcinfo", null, "application/warc-fields", "software: test\r\n")
      + warcRecord(2, "response", "https://news.example/a", HTTP,
          httpResponse("200 OK", "text/html; charset=utf-8", HTML))
      + warcRecord(3, "response", "https://news.example/old", HTTP,
          httpResponse("301 Moved Permanently", "text/html", ""))
      + warcRecord(4, "response", "https://news.example/logo", HTTP, httpResponse("200 OK", "image/png", "PNG"))
      + warcRecord(5, "conversion", "https://news.example/c", "text/plain", "Plain text of a converted page.");

  private static long offsetOf(String recordId) {
    return WARC.lastIndexOf("WARC/1.0", WARC.indexOf(recordId));
  }

  @Test
  void responsesAndConversionsArePagesTheRestIsSkipped() throws IOException {
    List<ReadRecord> records = readAll("/crawl/part-0001.warc", utf8(WARC));
    assertEquals(List.of(
        new SkippedRecord(0, "warc_warcinfo"),
        new SkippedRecord(offsetOf(recordId(3)), "http_status_3xx"),
        new SkippedRecord(offsetOf(recordId(4)), "payload_image/png")),
        records.stream().filter(r -> r instanceof SkippedRecord).toList());

    PageRecord response = assertInstanceOf(PageRecord.class, records.get(1));
    Page page = response.page();
    assertEquals(offsetOf(recordId(2)), response.offset());
    assertEquals(response.offset(), page.getRecordIndex(), "record index is the record's byte offset (as in CDX)");
    assertEquals(DocIds.forRecord(recordId(2), 0), page.getDocId(), "id from the WARC-Record-ID");
    assertEquals("warc", page.getFormat());
    assertEquals("https://news.example/a", page.getUrl());
    assertEquals("2025-03-01T10:00:00Z", page.getFetched());
    assertTrue(page.isHtml());
    assertEquals(HTML, page.getContent());

    Page conversion = assertInstanceOf(PageRecord.class, records.get(4)).page();
    assertEquals("Plain text of a converted page.", conversion.getContent());
    assertFalse(conversion.isHtml());
  }

  @Test
  void resumeStartsAfterTheLastRecordRead() throws IOException {
    List<ReadRecord> rest = TestDumps.resume("x.warc", utf8(WARC), offsetOf(recordId(2)) + 1);
    assertEquals(List.of(offsetOf(recordId(3)), offsetOf(recordId(4)), offsetOf(recordId(5))),
        rest.stream().map(ReadRecord::offset).toList());
    assertEquals("Plain text of a converted page.",
        assertInstanceOf(PageRecord.class, rest.get(2)).page().getContent());
  }

  @Test
  void aBlockThatIsNotHttpFailsAloneAndReadingGoesOn() throws IOException {
    String warc = warcRecord(1, "response", "https://x.example/1", HTTP, "not http at all")
        + warcRecord(2, "conversion", "https://x.example/2", "text/plain", "Next page.");
    List<ReadRecord> records = readAll("/crawl/odd.warc", utf8(warc));
    FailedRecord failed = assertInstanceOf(FailedRecord.class, records.get(0));
    assertEquals("corrupt_warc_record", failed.error());
    assertEquals(0L, failed.recordIndex());
    assertTrue(failed.message().startsWith("record at byte 0: "), failed.message());
    assertEquals("Next page.", assertInstanceOf(PageRecord.class, records.get(1)).page().getContent());
  }

  @Test
  void aBrokenHeaderEndsTheFileWithOneFailure() throws IOException {
    String good = warcRecord(1, "conversion", "https://x.example/1", "text/plain", "First page.");
    String warc = good + "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nHTTP/1.1 200 OK\r\n";
    List<ReadRecord> records = readAll("/crawl/broken.warc", utf8(warc));
    assertEquals(2, records.size(), records.toString());
    assertInstanceOf(PageRecord.class, records.get(0));
    FailedRecord failed = assertInstanceOf(FailedRecord.class, records.get(1));
    assertEquals("corrupt_warc_record", failed.error());
    assertEquals(good.length(), failed.offset());
  }

  @Test
  void aRecordWithoutIdGetsOneFromPathAndOffset() throws IOException {
    String warc = "WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: https://x.example/1\r\n"
        + "Content-Type: text/plain\r\nContent-Length: 5\r\n\r\nHello\r\n\r\n";
    Page page = assertInstanceOf(PageRecord.class, readAll("/crawl/noid.warc", utf8(warc)).get(0)).page();
    assertEquals(DocIds.forRecord("/crawl/noid.warc", 0), page.getDocId());
    assertEquals(null, page.getFetched(), "no WARC-Date, no fetch time");
  }

  @Test
  void anOversizedPayloadIsReadUpToTheLimit() throws IOException {
    String body = "The ferry runs every hour.\n".repeat(20);
    String warc = warcRecord(7, "conversion", "https://x.example/big", "text/plain", body)
        + warcRecord(8, "conversion", "https://x.example/next", "text/plain", "Next page.");
    List<ReadRecord> records = readAll("/crawl/big.warc", utf8(warc), 100);
    Page big = assertInstanceOf(PageRecord.class, records.get(0)).page();
    assertTrue(big.isTruncated());
    assertEquals("The ferry runs every hour.\n".repeat(3), big.getContent());
    assertEquals(DocIds.forRecord(recordId(7), 0), big.getDocId());
    assertEquals("https://x.example/big", big.getUrl());
    Page next = assertInstanceOf(PageRecord.class, records.get(1)).page();
    assertEquals("Next page.", next.getContent(), "the rest of the cut record is skipped, the next one read");
    assertFalse(next.isTruncated());
  }
}
