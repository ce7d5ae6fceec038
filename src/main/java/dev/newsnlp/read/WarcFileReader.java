package dev.newsnlp.read;

import dev.newsnlp.model.Page;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * WARC and WET files, through jwarc: a 2xx HTML or plain-text response, resource or conversion record is a
 * page whose record index is the record's byte offset (as in CDX indexes); requests, metadata, redirects and
 * other payloads are skipped. A record whose block cannot be parsed fails alone, but a record whose header
 * cannot be parsed ends the file: jwarc cannot find the next record boundary after it.
 */
final class WarcFileReader implements RecordReader {
  private final String source;
  private final long maxPageBytes;
  private final WarcReader reader;
  /** jwarc counts from where it started reading; offsets are reported from the start of the file. */
  private final long base;
  private long lastOffset = -1;
  private boolean broken;

  WarcFileReader(String source, InputStream in, long offset, long maxPageBytes) throws IOException {
    this.source = source;
    this.maxPageBytes = maxPageBytes;
    this.base = offset > 0 ? offset - 1 : 0;
    this.reader = new WarcReader(in);
    reader.setLenient(true);
    if (offset > 0) {
      reader.next(); // the record at offset - 1 was already returned
    }
  }

  @Override
  public @Nullable ReadRecord next() throws IOException {
    if (broken) {
      return null;
    }
    Optional<WarcRecord> next;
    long position = base + reader.position();
    try {
      next = reader.next();
    } catch (IOException | RuntimeException e) {
      broken = true;
      if (position <= lastOffset) {
        return null; // this record's failure was already reported
      }
      return FailedRecord.ofRecord(position, null, "corrupt_warc_record",
          "record at byte " + position + " could not be parsed; rest of file not read: " + e.getMessage());
    }
    if (next.isEmpty()) {
      return null;
    }
    WarcRecord record = next.get();
    long offset = base + record.position();
    if (offset <= lastOffset) {
      broken = true; // the reader did not move on: stop rather than repeat a record
      return null;
    }
    lastOffset = offset;
    try {
      return toReadRecord(offset, record);
    } catch (IOException | RuntimeException e) {
      return FailedRecord.ofRecord(offset, null, "corrupt_warc_record",
          "record at byte " + offset + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private ReadRecord toReadRecord(long offset, WarcRecord record) throws IOException {
    if (!(record instanceof WarcResponse || record instanceof WarcConversion || record instanceof WarcResource)) {
      return new SkippedRecord(offset, "warc_" + record.type());
    }
    WarcTargetRecord target = (WarcTargetRecord) record;
    // The WARC-Record-ID is globally unique; a record without one falls back to file and offset.
    String docId = record.headers().first("WARC-Record-ID")
        .map(id -> DocIds.forRecord(id, 0)).orElse(DocIds.forRecord(source, offset));
    MediaType type;
    InputStream body;
    if (record instanceof WarcResponse response) {
      // Parsed as HTTP even when the Content-Type header is missing or odd; a block that is not HTTP
      // fails here and is reported.
      HttpResponse http = response.http();
      if (http.status() < 200 || http.status() >= 300) {
        return new SkippedRecord(offset, "http_status_" + (http.status() / 100) + "xx");
      }
      type = http.contentType();
      body = http.bodyDecoded().stream();
    } else {
      type = record.contentType();
      body = record.body().stream();
    }
    String mediaType = type.base().toString().toLowerCase(Locale.ROOT);
    boolean html = mediaType.contains("html");
    if (!html && !mediaType.startsWith("text/plain")) {
      return new SkippedRecord(offset, "payload_" + mediaType);
    }
    PageBytes.Read read = PageBytes.readAtMost(body, maxPageBytes, html);
    byte[] bytes = read.bytes();
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes, bytes.length, html, type.parameters().get("charset"));
    String fetched = record.headers().first("WARC-Date").isPresent() ? record.date().toString() : null;
    return new PageRecord(offset, Page.create(docId, source, offset, DumpFormat.Kind.WARC.pageFormat,
        target.target(), null, null, fetched, decoded.charset(), decoded.text(), html, read.truncated()));
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
