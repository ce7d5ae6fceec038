package dev.newsnlp.read;

import static dev.newsnlp.read.TestDumps.gzip;
import static dev.newsnlp.read.TestDumps.recordId;
import static dev.newsnlp.read.TestDumps.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsnlp.errors.Failures;
import dev.newsnlp.model.FailuresTable;
import dev.newsnlp.model.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reading composite on the direct runner, one test per format and per kind of failure, over files
 * written to a temporary folder. Beam's TestPipeline is a JUnit 4 rule; run programmatically here, it needs
 * abandoned-node enforcement off (the PAsserts are checked by {@code run()} all the same).
 */
class ReadDumpsTest {
  private final TestPipeline pipeline = TestPipeline.create().enableAbandonedNodeEnforcement(false);

  @TempDir Path dir;

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  private PCollectionTuple readAll(long maxPageBytes) {
    return pipeline.apply(ReadDumps.from(dir + "/*", maxPageBytes));
  }

  private PCollectionTuple readAll() {
    return readAll(TestDumps.MAX_PAGE_BYTES);
  }

  /** Pages as "doc id | format | record index | content", so that a mismatch shows what differs. */
  private static PCollection<String> pages(PCollectionTuple read) {
    return read.get(ReadDumps.PAGES).apply("DescribePages", MapElements.into(TypeDescriptors.strings())
        .via((Page p) -> String.join(" | ", p.getDocId(), p.getFormat(), String.valueOf(p.getRecordIndex()),
            p.getContent())));
  }

  /** Failures as "file name | record index | doc id | stage | error". */
  private static PCollection<String> failures(PCollectionTuple read) {
    return read.get(Failures.TAG).apply("DescribeFailures", MapElements.into(TypeDescriptors.strings())
        .via((Row f) -> String.join(" | ", fileName(f.getString(FailuresTable.SOURCE)),
            String.valueOf(f.getInt64(FailuresTable.RECORD_INDEX)), String.valueOf(f.getString(FailuresTable.DOC_ID)),
            f.getString(FailuresTable.STAGE), f.getString(FailuresTable.ERROR))));
  }

  private static String fileName(String source) {
    return source.substring(source.lastIndexOf('/') + 1);
  }

  private static String page(Path file, long recordIndex, String format, String content) {
    return page(DocIds.forRecord(file.toString(), recordIndex), format, recordIndex, content);
  }

  private static String page(String docId, String format, long recordIndex, String content) {
    return String.join(" | ", docId, format, String.valueOf(recordIndex), content);
  }

  private void run() {
    pipeline.run().waitUntilFinish();
  }

  /** Reads the folder and checks that it gives no page, only {@code failures} (described as by failures()). */
  private void assertOnlyFailures(long maxPageBytes, String... failures) {
    PCollectionTuple read = readAll(maxPageBytes);
    PAssert.that(pages(read)).empty();
    PAssert.that(failures(read)).containsInAnyOrder(failures);
    run();
  }

  @Test
  void textDumpIsOnePageWithAnIdFromItsPath() throws IOException {
    Path file = write("story.txt", utf8(TestDumps.ARTICLE));
    PCollectionTuple read = readAll();
    PAssert.that(pages(read)).containsInAnyOrder(page(file, 0, "text", TestDumps.ARTICLE));
    PAssert.that(failures(read)).empty();
    run();
  }

  @Test
  void gzipIsUndoneByExtensionAndByContent() throws IOException {
    Path named = write("story.txt.gz", gzip(utf8(TestDumps.ARTICLE)));
    Path unnamed = write("story-zipped", gzip(utf8("Second story.")));
    PCollectionTuple read = readAll();
    PAssert.that(pages(read)).containsInAnyOrder(
        page(named, 0, "text", TestDumps.ARTICLE), page(unnamed, 0, "text", "Second story."));
    PAssert.that(failures(read)).empty();
    run();
  }

  @Test
  void htmlFileIsOneHtmlPage() throws IOException {
    String html = "<!DOCTYPE html><html><body><p>Caf\u00e9 owners protest.</p></body></html>";
    Path file = write("page.bin", html.getBytes(StandardCharsets.ISO_8859_1));
    PCollectionTuple read = readAll();
    PAssert.that(pages(read)).containsInAnyOrder(page(file, 0, "html", html));
    PAssert.that(read.get(ReadDumps.PAGES)).satisfies(pages -> {
      Page p = pages.iterator().next();
      assertTrue(p.isHtml());
      assertEquals("windows-1252", p.getCharset(), "undeclared legacy bytes");
      return null;
    });
    run();
  }

  @Test
  void jsonLinesKeepGoodLinesAroundBadOnes() throws IOException {
    Path file = write("feed.jsonl", utf8(JsonLinesReaderTest.JSONL));
    long third = JsonLinesReaderTest.lineOffset("{\"html");
    PCollectionTuple read = readAll();
    PAssert.that(pages(read)).containsInAnyOrder(
        page("a1", "jsonl", 0, "First page."),
        page(file, third, "jsonl", "<p>Third page.</p>"),
        page("a6", "jsonl", JsonLinesReaderTest.lineOffset("{\"id\": \"a6"), "Sixth page."));
    PAssert.that(failures(read)).containsInAnyOrder(
        "feed.jsonl | " + JsonLinesReaderTest.lineOffset("{\"id\": \"a2") + " | null | read | malformed_json",
        "feed.jsonl | " + JsonLinesReaderTest.lineOffset("[1, 2") + " | null | read | malformed_json",
        "feed.jsonl | " + JsonLinesReaderTest.lineOffset("{\"id\": \"a5") + " | a5 | read | missing_text");
    run();
  }

  @Test
  void warcResponsesAndConversionsArePages() throws IOException {
    write("crawl.warc.gz", gzip(utf8(WarcFileReaderTest.WARC)));
    String warc = WarcFileReaderTest.WARC;
    long response = warc.lastIndexOf("WARC/1.0", warc.indexOf(recordId(2)));
    long conversion = warc.lastIndexOf("WARC/1.0", warc.indexOf(recordId(5)));
    PCollectionTuple read = readAll();
    PAssert.that(pages(read)).containsInAnyOrder(
        page(DocIds.forRecord(recordId(2), 0), "warc", response,
            "<html><body><p>Port strike ends after three days.</p></body></html>"),
        page(DocIds.forRecord(recordId(5), 0), "warc", conversion, "Plain text of a converted page."));
    PAssert.that(failures(read)).empty();
    run();
  }

  @Test
  void binaryFileIsAFileFailure() throws IOException {
    write("scan.txt", "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1));
    write("photo.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16});
    assertOnlyFailures(TestDumps.MAX_PAGE_BYTES,
        "scan.txt | null | null | read | binary_file", "photo.jpg | null | null | read | binary_file");
  }

  @Test
  void emptyFileIsAFileFailure() throws IOException {
    write("empty.txt", new byte[0]);
    assertOnlyFailures(TestDumps.MAX_PAGE_BYTES, "empty.txt | null | null | read | empty_file");
  }

  @Test
  void oversizedPageIsReadUpToTheLimitNotFailed() throws IOException {
    Path file = write("big.txt", utf8("A line of the story.\n".repeat(10)));
    PCollectionTuple read = readAll(100);
    PAssert.that(pages(read)).containsInAnyOrder(page(file, 0, "text", "A line of the story.\n".repeat(4)));
    PAssert.that(read.get(ReadDumps.PAGES).apply("Truncated", MapElements.into(TypeDescriptors.booleans())
        .via(Page::isTruncated))).containsInAnyOrder(true);
    PAssert.that(failures(read)).empty();
    run();
  }

  @Test
  void truncatedGzipIsAFileFailure() throws IOException {
    byte[] gz = gzip(utf8(TestDumps.ARTICLE.repeat(50)));
    write("truncated.txt.gz", Arrays.copyOf(gz, gz.length / 2));
    assertOnlyFailures(TestDumps.MAX_PAGE_BYTES,
        "truncated.txt.gz | null | null | read | corrupt_or_truncated_archive");
  }

  /** The lines before the cut go out as pages; the cut itself is one file failure. */
  @Test
  void truncatedGzipKeepsTheRecordsBeforeTheCut() throws IOException {
    int lines = 400;
    byte[] gz = gzip(utf8(jsonLines(lines)));
    write("feed.jsonl.gz", Arrays.copyOf(gz, gz.length * 3 / 4));
    PCollectionTuple read = readAll();
    PAssert.that(read.get(ReadDumps.PAGES)).satisfies(pages -> {
      List<String> ids = StreamSupport.stream(pages.spliterator(), false).map(Page::getDocId).sorted().toList();
      assertTrue(ids.size() > 100 && ids.size() < lines, "read up to the cut: " + ids.size());
      assertEquals(IntStream.range(0, ids.size()).mapToObj(ReadDumpsTest::lineId).sorted().toList(), ids,
          "the lines before the cut, each once");
      return null;
    });
    PAssert.that(failures(read)).containsInAnyOrder(
        "feed.jsonl.gz | null | null | read | corrupt_or_truncated_archive");
    run();
  }

  @Test
  void brokenWarcRecordIsARecordFailure() throws IOException {
    write("broken.warc", utf8("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\n"
        + "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>cut</p>"));
    assertOnlyFailures(TestDumps.MAX_PAGE_BYTES, "broken.warc | 0 | null | read | corrupt_warc_record");
  }

  /**
   * The direct runner checkpoints a file every 100 outputs; the resumed reads must go on from the next
   * record, plain and compressed, without losing or repeating one.
   */
  @Test
  void largeFilesResumeAfterCheckpointsWithoutLosingARecord() throws IOException {
    int lines = 350;
    write("feed.jsonl", utf8(jsonLines(lines)));
    write("feed-zipped", gzip(utf8(jsonLines(lines).replace("\"id\": \"", "\"id\": \"z"))));
    PCollectionTuple read = readAll();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < lines; i++) {
      expected.add(lineId(i));
      expected.add("z" + lineId(i));
    }
    PAssert.that(read.get(ReadDumps.PAGES).apply("DocIds",
        MapElements.into(TypeDescriptors.strings()).via(Page::getDocId))).containsInAnyOrder(expected);
    PAssert.that(failures(read)).empty();
    run();
  }

  /**
   * The direct runner's batched reading (several small files' pages in one bundle) gives the same pages and
   * failures as reading file by file: a text dump, a gzip, a JSON Lines file with bad lines (whose 350 pages
   * would be checkpointed by the splittable reader), a binary file and a truncated archive.
   */
  @Test
  void smallFilesReadInBatchesGiveTheSamePagesAndFailures() throws IOException {
    Path story = write("story.txt", utf8(TestDumps.ARTICLE));
    Path zipped = write("second.txt.gz", gzip(utf8("Second story.")));
    write("feed.jsonl", utf8(jsonLines(350)));
    write("scan.txt", "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1));
    byte[] gz = gzip(utf8(TestDumps.ARTICLE.repeat(50)));
    write("truncated.txt.gz", Arrays.copyOf(gz, gz.length / 2));
    PCollectionTuple read =
        pipeline.apply(ReadDumps.from(dir + "/*", TestDumps.MAX_PAGE_BYTES).withSmallFilesInBatches(2));
    List<String> expected = new ArrayList<>(List.of(DocIds.forRecord(story.toString(), 0),
        DocIds.forRecord(zipped.toString(), 0)));
    IntStream.range(0, 350).forEach(i -> expected.add(lineId(i)));
    PAssert.that(read.get(ReadDumps.PAGES).apply("DocIds",
        MapElements.into(TypeDescriptors.strings()).via(Page::getDocId))).containsInAnyOrder(expected);
    PAssert.that(failures(read)).containsInAnyOrder("scan.txt | null | null | read | binary_file",
        "truncated.txt.gz | null | null | read | corrupt_or_truncated_archive");
    run();
  }

  private static String lineId(int i) {
    return String.format("p%04d", i);
  }

  private static String jsonLines(int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append("{\"id\": \"").append(lineId(i)).append("\", \"text\": \"Page number ").append(i).append(".\"}\n");
    }
    return s.toString();
  }
}
