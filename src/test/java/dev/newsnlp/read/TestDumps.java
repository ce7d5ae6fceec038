package dev.newsnlp.read;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.checkerframework.checker.nullness.qual.Nullable;

/** Dump file contents written by the tests (compressed ones too), and a way to read all records of one. */
public final class TestDumps {
  static final long MAX_PAGE_BYTES = 1_000_000;

  static final String ARTICLE = "Harbor City opens new ferry terminal\n\n"
      + "The Harbor City ferry terminal opened on Monday after two years of work, the port authority said.\n";

  /** Every record of {@code bytes} read as the (uncompressed by name) file {@code source}, from the start. */
  static List<ReadRecord> readAll(String source, byte[] bytes, long maxPageBytes) throws IOException {
    BufferedInputStream in = FormatSniffer.buffer(new ByteArrayInputStream(bytes));
    DumpFormat format = FormatSniffer.sniff(source, in);
    return drain(format.open(source, format.inner().decompress(in), 0, maxPageBytes));
  }

  static List<ReadRecord> readAll(String source, byte[] bytes) throws IOException {
    return readAll(source, bytes, MAX_PAGE_BYTES);
  }

  /**
   * The records after a checkpoint at {@code resumeOffset}: as {@link ReadDumpFileFn} does, the stream is
   * positioned one byte before it, where the last record returned starts or lies.
   */
  static List<ReadRecord> resume(String source, byte[] bytes, long resumeOffset) throws IOException {
    DumpFormat format = FormatSniffer.sniff(source, FormatSniffer.buffer(new ByteArrayInputStream(bytes)));
    int position = (int) resumeOffset - 1;
    return drain(format.open(source, new ByteArrayInputStream(bytes, position, bytes.length - position),
        resumeOffset, MAX_PAGE_BYTES));
  }

  private static List<ReadRecord> drain(RecordReader reader) throws IOException {
    List<ReadRecord> records = new ArrayList<>();
    try (reader) {
      for (ReadRecord r = reader.next(); r != null; r = reader.next()) {
        records.add(r);
      }
    }
    return records;
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  public static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }

  public static byte[] bzip2(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream bz = new BZip2CompressorOutputStream(out)) {
      bz.write(data);
    }
    return out.toByteArray();
  }

  /** One WARC record with a WARC-Record-ID ending in {@code id}. */
  static String warcRecord(int id, String type, @Nullable String uri, String contentType, String block) {
    StringBuilder s = new StringBuilder("WARC/1.0\r\n")
        .append("WARC-Type: ").append(type).append("\r\n")
        .append("WARC-Date: 2025-03-01T10:00:00Z\r\n")
        .append("WARC-Record-ID: ").append(recordId(id)).append("\r\n");
    if (uri != null) {
      s.append("WARC-Target-URI: ").append(uri).append("\r\n");
    }
    s.append("Content-Type: ").append(contentType).append("\r\n")
        .append("Content-Length: ").append(utf8(block).length).append("\r\n\r\n")
        .append(block).append("\r\n\r\n");
    return s.toString();
  }

  static String recordId(int id) {
    return String.format("<urn:uuid:00000000-0000-0000-0000-%012d>", id);
  }

  /** An HTTP response block as a WARC response record holds it. */
  static String httpResponse(String status, String contentType, String body) {
    return "HTTP/1.1 " + status + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + utf8(body).length
        + "\r\n\r\n" + body;
  }

  private TestDumps() {}
}
