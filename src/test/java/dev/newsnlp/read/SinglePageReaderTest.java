package dev.newsnlp.read;

import static dev.newsnlp.read.TestDumps.readAll;
import static dev.newsnlp.read.TestDumps.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsnlp.model.Page;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SinglePageReaderTest {
  private static Page onlyPage(List<ReadRecord> records) {
    assertEquals(1, records.size(), records.toString());
    PageRecord record = assertInstanceOf(PageRecord.class, records.get(0));
    assertEquals(0, record.offset());
    return record.page();
  }

  @Test
  void textDumpIsOnePageWithStableId() throws IOException {
    String dump = "Menu\n  \u2022 News\n  \u2022 Sport\n\nMayor opens the new library on Elm Street.\n";
    Page p = onlyPage(readAll("/data/2025/page-1.txt", utf8(dump)));
    assertEquals("text", p.getFormat());
    assertEquals(dump, p.getContent());
    assertFalse(p.isHtml());
    assertEquals(0, p.getRecordIndex());
    assertEquals("/data/2025/page-1.txt", p.getSource());
    assertEquals("UTF-8", p.getCharset());
    assertEquals(DocIds.forRecord("/data/2025/page-1.txt", 0), p.getDocId(), "id from path and record index 0");
    assertNotEquals(p.getDocId(), onlyPage(readAll("/data/2025/page-2.txt", utf8(dump))).getDocId());
  }

  @Test
  void htmlDecodesWithItsDeclaredCharset() throws IOException {
    String html = "<!DOCTYPE html><html><head><meta charset=\"iso-8859-1\"></head>"
        + "<body><p>Caf\u00e9 owners protest.</p></body></html>";
    Page p = onlyPage(readAll("/dumps/page.bin", html.getBytes(StandardCharsets.ISO_8859_1)));
    assertEquals("html", p.getFormat());
    assertTrue(p.isHtml());
    assertEquals("windows-1252", p.getCharset(), "latin-1 declared is read as windows-1252, as browsers do");
    assertEquals(html, p.getContent());
  }

  @Test
  void undeclaredLegacyBytesAreDecodedAndRecorded() throws IOException {
    String text = "The caf\u00e9 \u201cclosed\u201d on Monday.";
    Page p = onlyPage(readAll("/dumps/legacy.txt", text.getBytes(Charset.forName("windows-1252"))));
    assertEquals("windows-1252", p.getCharset());
    assertEquals(text, p.getContent());
  }

  @Test
  void oversizedPageIsReadUpToTheLastLineEndBeforeTheLimit() throws IOException {
    String line = "The ferry runs every hour.\n"; // 27 bytes
    Page p = onlyPage(readAll("/dumps/big.txt", utf8(line.repeat(10)), 100));
    assertEquals(line.repeat(3), p.getContent());
    assertTrue(p.isTruncated());
    assertEquals(DocIds.forRecord("/dumps/big.txt", 0), p.getDocId());
    Page fits = onlyPage(readAll("/dumps/exact.txt", utf8("x".repeat(100)), 100));
    assertFalse(fits.isTruncated(), "exactly --maxPageBytes still fits");
    assertEquals(100, fits.getContent().length());
  }

  @Test
  void aCutWithoutALineEndNearbyNeverSplitsACharacter() throws IOException {
    // 3-byte characters: byte 100 falls inside the 34th; 33 whole ones are kept.
    Page cjk = onlyPage(readAll("/dumps/cjk.txt", utf8("\u6e2f".repeat(100)), 100));
    assertEquals("\u6e2f".repeat(33), cjk.getContent());
    assertTrue(cjk.isTruncated());
    // 2-byte and 4-byte characters mixed, every limit: the content is always a whole-character prefix.
    String mixed = "caf\u00e9 \ud83d\udea2 ".repeat(40);
    for (int limit = 20; limit < 120; limit++) {
      Page p = onlyPage(readAll("/dumps/mixed.txt", utf8(mixed), limit));
      assertTrue(mixed.startsWith(p.getContent()), "limit " + limit + ": " + p.getContent());
      assertFalse(p.getContent().contains("\ufffd"), "limit " + limit);
      assertTrue(utf8(p.getContent()).length > limit - 4, "limit " + limit + ": cut close to the limit");
    }
  }

  @Test
  void oversizedHtmlIsCutAtATagEnd() throws IOException {
    String html = "<!DOCTYPE html><html><body>" + "<p>The ferry runs every hour.</p>".repeat(20) + "</body></html>";
    Page p = onlyPage(readAll("/dumps/big.html", utf8(html), 300));
    assertTrue(p.isTruncated());
    assertTrue(p.getContent().endsWith(">") && html.startsWith(p.getContent()), p.getContent());
    assertTrue(p.getContent().length() > 225, "cut in the last quarter: " + p.getContent().length());
  }

  @Test
  void resumingAfterTheOnlyPageReadsNothing() throws IOException {
    assertEquals(List.of(), TestDumps.resume("/dumps/story.txt", utf8(TestDumps.ARTICLE), 1));
  }
}
