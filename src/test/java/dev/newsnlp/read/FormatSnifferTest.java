package dev.newsnlp.read;

import static dev.newsnlp.read.TestDumps.gzip;
import static dev.newsnlp.read.TestDumps.readAll;
import static dev.newsnlp.read.TestDumps.utf8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsnlp.read.DumpFormat.Inner;
import dev.newsnlp.read.DumpFormat.Kind;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormatSnifferTest {
  private static DumpFormat sniff(String source, byte[] bytes) throws IOException {
    return FormatSniffer.sniff(source, FormatSniffer.buffer(new ByteArrayInputStream(bytes)));
  }

  @Test
  void contentDecidesBeforeTheName() throws IOException {
    assertEquals(Kind.WARC, sniff("/d/crawl.txt", utf8("WARC/1.0\r\nWARC-Type: warcinfo\r\n")).kind());
    assertEquals(Kind.JSONL, sniff("/d/feed.txt", utf8("  {\"text\": \"x\"}\n")).kind());
    assertEquals(Kind.HTML, sniff("/d/page.bin", utf8("<!DOCTYPE html><html><body>x</body></html>")).kind());
    assertEquals(Kind.HTML, sniff("/d/page", utf8("\ufeff\n<html><body>x</body></html>")).kind(),
        "a byte-order mark and blank lines before the markup");
  }

  @Test
  void nameDecidesWhatTheContentLeavesOpen() throws IOException {
    byte[] prose = utf8("Mayor opens the new library.\n");
    assertEquals(Kind.TEXT, sniff("/d/story.txt", prose).kind());
    assertEquals(Kind.JSONL, sniff("/d/feed.ndjson", prose).kind());
    assertEquals(Kind.HTML, sniff("/d/page.htm", prose).kind());
    assertEquals(Kind.HTML, sniff("/d/page.html.gz", prose).kind(), "compression extension left out of the name");
  }

  @Test
  void compressedContentIsLookedInto() throws IOException {
    DumpFormat gz = sniff("/d/feed-without-extension", gzip(utf8("{\"id\": \"z1\", \"text\": \"Zipped.\"}\n")));
    assertEquals(new DumpFormat(Kind.JSONL, Inner.GZIP, null), gz);
    assertEquals(new DumpFormat(Kind.WARC, Inner.BZIP2, null),
        sniff("/d/crawl", TestDumps.bzip2(utf8("WARC/1.0\r\n"))));
    assertEquals(new DumpFormat(Kind.TEXT, Inner.GZIP, null), sniff("/d/x", gzip(new byte[0])),
        "an empty compressed stream is read (as an empty page), not reported as an empty file");
  }

  @Test
  void sniffingLeavesTheStreamAtItsStart() throws IOException {
    byte[] bytes = gzip(utf8(TestDumps.ARTICLE));
    BufferedInputStream in = FormatSniffer.buffer(new ByteArrayInputStream(bytes));
    FormatSniffer.sniff("/d/x", in);
    assertArrayEquals(bytes, in.readAllBytes());
  }

  @Test
  void binaryFilesAreNamedByWhatTheyAre() throws IOException {
    assertEquals("PDF", sniff("/d/report.txt", utf8("%PDF-1.7\n1 0 obj")).detail());
    assertEquals("PNG image", sniff("/d/x.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}).detail());
    assertEquals("control characters", sniff("/d/x.txt", new byte[] {'a', 0, 0, 0, 'b', 0, 0, 0}).detail());
    String strayNuls = TestDumps.ARTICLE.replace("ferry terminal opened", "ferry\u0000 terminal opened")
        .replace("port authority", "port\u0000 authority");
    assertNull(FormatSniffer.binaryKind(utf8(strayNuls)), "a text page with a few stray NUL bytes is text");
    assertEquals("control characters", sniff("/d/x.txt", new byte[] {1, 2, 3, 'a', 4, 5}).detail());
    assertEquals(Kind.BINARY, sniff("/d/x.txt", new byte[] {1, 2, 3, 'a', 4, 5}).kind());
    assertNull(FormatSniffer.binaryKind(TestDumps.ARTICLE.getBytes(StandardCharsets.UTF_16)),
        "UTF-16 with a byte-order mark is text, though half its bytes are NUL");
  }

  @Test
  void binaryAndEmptyFilesAreWholeFileFailures() throws IOException {
    FailedRecord pdf = assertInstanceOf(FailedRecord.class,
        readAll("/d/report.txt", utf8("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj")).get(0));
    assertEquals("binary_file", pdf.error());
    assertEquals("not a text, HTML, JSON Lines or WARC file: PDF", pdf.message());
    assertTrue(pdf.wholeFile());
    assertNull(pdf.recordIndex());
    List<ReadRecord> empty = readAll("/d/empty.txt", new byte[0]);
    assertEquals(List.of(FailedRecord.ofFile("empty_file", "the file holds no bytes")), empty);
  }
}
