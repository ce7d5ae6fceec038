package dev.newsnlp.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsnlp.model.Page;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
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
 * Turns one dump file's bytes into records: pages, failures and skipped non-pages, each with its byte offset
 * in the (decompressed) file. Plain Java, so it is tested without a pipeline.
 *
 * <p>The format is told from the content first (magic bytes, the first non-blank character), then from the
 * file name: text dumps and HTML are one page per file, JSON Lines one page per line, WARC/WET one page per
 * response or conversion record. A bad record becomes a failure and the next record is read; only an I/O
 * error that ends the stream (a truncated archive) escapes, after every record before it was delivered.
 *
 * <p>Reading is pull-based and can start at any record offset, so a huge file is read a bounded number of
 * records at a time (see {@link ReadDumpFileFn}) and never held in memory.
 */
public final class DumpFileParser implements Serializable {
  public static final String FORMAT_TEXT = "text";
  public static final String FORMAT_HTML = "html";
  public static final String FORMAT_JSONL = "jsonl";
  public static final String FORMAT_WARC = "warc";

  static final int SNIFF_BYTES = 8192;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** How a file's content is laid out, decided from its first bytes. */
  public enum Kind { TEXT, HTML, JSONL, WARC, EMPTY, BINARY }

  /** Compression found inside the content itself (a .gz without its extension), undone by the parser. */
  public enum Inner { NONE, GZIP, BZIP2 }

  /** The sniffed layout of a file. */
  public record Format(Kind kind, Inner inner, @Nullable String detail) implements Serializable {}

  /**
   * One record. Exactly one of {@code page}, {@code error} or {@code skipped} is set. {@code offset} is the
   * record's byte offset in the decompressed file (0 for one-page files). A failure with
   * {@code fileLevel} concerns the whole file (empty, binary, unreadable) rather than one page.
   */
  public record Record(
      long offset,
      @Nullable Page page,
      @Nullable String error,
      @Nullable String message,
      @Nullable String docId,
      boolean fileLevel,
      @Nullable String skipped) {
    static Record page(long offset, Page page) {
      return new Record(offset, page, null, null, null, false, null);
    }

    static Record failure(long offset, @Nullable String docId, String error, String message) {
      return new Record(offset, null, error, message, docId, false, null);
    }

    static Record fileFailure(String error, String message) {
      return new Record(0, null, error, message, null, true, null);
    }

    static Record skip(long offset, String reason) {
      return new Record(offset, null, null, null, null, false, reason);
    }
  }

  /** A pull iterator over a file's records. */
  public interface Records extends Closeable {
    /** The next record, or null at the end of the file. */
    @Nullable Record next() throws IOException;
  }

  /** Push-style receiver, for callers that want every record of a file at once (tests, tools). */
  public interface Sink {
    void page(Page page);

    /** A record (or, with a null index, the whole file) that could not be read. */
    void failure(@Nullable Long recordIndex, @Nullable String docId, String error, String message);

    /** A record that is not a page (WARC request, metadata, redirect, non-HTML payload); counted only. */
    default void skipped(String reason) {}
  }

  private final long maxPageBytes;

  public DumpFileParser(long maxPageBytes) {
    this.maxPageBytes = maxPageBytes;
  }

  /** Reads every record of {@code source}'s content {@code in} (already decompressed by extension). */
  public void parse(String source, InputStream in, Sink sink) throws IOException {
    BufferedInputStream buffered = buffer(in);
    Format format = sniff(source, buffered);
    try (Records records = open(source, decompressInner(buffered, format.inner()), 0, format)) {
      for (Record r = records.next(); r != null; r = records.next()) {
        if (r.page() != null) {
          sink.page(r.page());
        } else if (r.error() != null) {
          sink.failure(r.fileLevel() ? null : r.offset(), r.docId(), r.error(), r.message());
        } else {
          sink.skipped(r.skipped());
        }
      }
    }
  }

  static BufferedInputStream buffer(InputStream in) {
    return in instanceof BufferedInputStream b ? b : new BufferedInputStream(in, 1 << 16);
  }

  /** Decides the layout from the first bytes (without consuming them) and the file name. */
  public Format sniff(String source, BufferedInputStream in) throws IOException {
    byte[] head = peek(in, SNIFF_BYTES);
    Inner inner = Inner.NONE;
    if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
      inner = Inner.GZIP;
    } else if (startsWith(head, "BZh") && head.length > 3 && head[3] >= '1' && head[3] <= '9') {
      inner = Inner.BZIP2;
    }
    if (inner != Inner.NONE) {
      // Look inside: the decompressed head decides the layout. The mark covers what the decompressor reads.
      in.mark(1 << 20);
      byte[] innerHead;
      try {
        InputStream inside = decompressInner(new NonClosingInputStream(in), inner);
        innerHead = inside.readNBytes(SNIFF_BYTES);
      } catch (IOException e) {
        innerHead = new byte[0]; // a corrupt stream: it fails again, and is recorded, when read
      } finally {
        in.reset();
      }
      Format f = sniffPlain(source, innerHead);
      return new Format(f.kind() == Kind.EMPTY ? Kind.TEXT : f.kind(), inner, f.detail());
    }
    return sniffPlain(source, head);
  }

  private Format sniffPlain(String source, byte[] head) {
    if (head.length == 0) {
      return new Format(Kind.EMPTY, Inner.NONE, null);
    }
    String binary = binaryKind(head);
    if (binary != null) {
      return new Format(Kind.BINARY, Inner.NONE, binary);
    }
    String name = baseName(source);
    String trimmed = stripBomAndBlanks(new String(head, 0, Math.min(head.length, 1024), StandardCharsets.ISO_8859_1));
    if (trimmed.startsWith("WARC/")) {
      return new Format(Kind.WARC, Inner.NONE, null);
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json") || trimmed.startsWith("{")) {
      return new Format(Kind.JSONL, Inner.NONE, null);
    }
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml") || looksLikeHtml(trimmed)) {
      return new Format(Kind.HTML, Inner.NONE, null);
    }
    return new Format(Kind.TEXT, Inner.NONE, null);
  }

  static InputStream decompressInner(InputStream in, Inner inner) throws IOException {
    return switch (inner) {
      case NONE -> in;
      case GZIP -> new GZIPInputStream(in, 1 << 16);
      case BZIP2 -> new BZip2CompressorInputStream(in, true);
    };
  }

  /**
   * Records of a file whose (decompressed) content {@code in} starts at byte {@code offset}. At an offset
   * above 0 the caller positioned {@code in} at {@code offset - 1}, where a record that was already delivered
   * starts (or, for JSON Lines, anywhere inside it): that record is skipped first.
   */
  public Records open(String source, InputStream in, long offset, Format format) throws IOException {
    return switch (format.kind()) {
      case EMPTY -> single(Record.fileFailure("empty_file", "the file holds no bytes"), offset);
      case BINARY -> single(Record.fileFailure("binary_file",
          "not a text, HTML, JSON Lines or WARC file: " + format.detail()), offset);
      case TEXT, HTML -> offset > 0 ? single(null, offset) : new SinglePage(source, in, format.kind() == Kind.HTML);
      case JSONL -> new JsonLines(source, in, offset);
      case WARC -> new Warc(source, in, offset);
    };
  }

  private static Records single(@Nullable Record record, long offset) {
    return new Records() {
      private boolean done = offset > 0 || record == null;

      @Override
      public @Nullable Record next() {
        if (done) {
          return null;
        }
        done = true;
        return record;
      }

      @Override
      public void close() {}
    };
  }

  private final class SinglePage implements Records {
    private final String source;
    private final InputStream in;
    private final boolean html;
    private boolean done;

    SinglePage(String source, InputStream in, boolean html) {
      this.source = source;
      this.in = in;
      this.html = html;
    }

    @Override
    public @Nullable Record next() throws IOException {
      if (done) {
        return null;
      }
      done = true;
      String docId = DocIds.forRecord(source, 0);
      byte[] bytes = readAtMost(in, maxPageBytes + 1);
      if (bytes.length > maxPageBytes) {
        return Record.failure(0, docId, "page_too_large",
            "page is larger than --maxPageBytes=" + maxPageBytes + "; not read");
      }
      TextDecoder.Decoded decoded = TextDecoder.decode(bytes, bytes.length, html, null);
      return Record.page(0, Page.create(docId, source, 0, html ? FORMAT_HTML : FORMAT_TEXT, null, null, null,
          null, decoded.charset(), decoded.text(), html));
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  private final class JsonLines implements Records {
    private final String source;
    private final InputStream in;
    private final LineReader lines;

    JsonLines(String source, InputStream in, long offset) throws IOException {
      this.source = source;
      this.in = in;
      // Resuming: in sits at offset - 1, inside (or at the start of) a line already delivered.
      this.lines = new LineReader(in, maxPageBytes, offset > 0 ? offset - 1 : 0);
      if (offset > 0) {
        lines.next();
      }
    }

    @Override
    public @Nullable Record next() throws IOException {
      for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
        long offset = line.offset();
        if (line.tooLong()) {
          return Record.failure(offset, null, "page_too_large",
              "JSON line is longer than --maxPageBytes=" + maxPageBytes + "; skipped");
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(line.bytes(), line.length(), false, "UTF-8");
        String text = decoded.text();
        if (text.isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
          return Record.failure(offset, null, "malformed_json", firstLine(e.getOriginalMessage()));
        }
        if (node == null || !node.isObject()) {
          return Record.failure(offset, null, "malformed_json", "line is not a JSON object");
        }
        String id = textField(node, "id");
        String docId = id != null ? id : DocIds.forRecord(source, offset);
        String content = textField(node, "text");
        boolean html = false;
        if (content == null) {
          content = textField(node, "html");
          html = content != null;
        }
        if (content == null) {
          return Record.failure(offset, docId, "missing_text",
              "JSON object has neither a \"text\" nor an \"html\" string field");
        }
        return Record.page(offset, Page.create(docId, source, offset, FORMAT_JSONL, textField(node, "url"),
            textField(node, "title"), textField(node, "published"), null, decoded.charset(), content, html));
      }
      return null;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  private final class Warc implements Records {
    private final String source;
    private final WarcReader reader;
    /** jwarc counts from where it started reading; offsets are reported from the start of the file. */
    private final long base;
    private long lastOffset = -1;
    private boolean broken;

    Warc(String source, InputStream in, long offset) throws IOException {
      this.source = source;
      this.base = offset > 0 ? offset - 1 : 0;
      this.reader = new WarcReader(in);
      reader.setLenient(true);
      if (offset > 0) {
        reader.next(); // the record at offset - 1 was already delivered
      }
    }

    @Override
    public @Nullable Record next() throws IOException {
      while (!broken) {
        Optional<WarcRecord> next;
        long position = base + reader.position();
        try {
          next = reader.next();
        } catch (IOException | RuntimeException e) {
          // jwarc cannot find the next record boundary after a broken one: the rest of the file is lost.
          broken = true;
          if (position <= lastOffset) {
            return null; // this record's failure was already reported
          }
          return Record.failure(position, null, "corrupt_warc_record",
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
          return warcRecord(offset, record);
        } catch (IOException | RuntimeException e) {
          return Record.failure(offset, null, "corrupt_warc_record",
              "record at byte " + offset + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
      }
      return null;
    }

    private Record warcRecord(long offset, WarcRecord record) throws IOException {
      if (!(record instanceof WarcResponse || record instanceof WarcConversion || record instanceof WarcResource)) {
        return Record.skip(offset, "warc_" + record.type());
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
          return Record.skip(offset, "http_status_" + (http.status() / 100) + "xx");
        }
        type = http.contentType();
        body = http.bodyDecoded().stream();
      } else {
        type = record.contentType();
        body = record.body().stream();
      }
      String base = type.base().toString().toLowerCase(Locale.ROOT);
      boolean html = base.contains("html");
      if (!html && !base.startsWith("text/plain")) {
        return Record.skip(offset, "payload_" + base);
      }
      byte[] bytes = readAtMost(body, maxPageBytes + 1);
      if (bytes.length > maxPageBytes) {
        return Record.failure(offset, docId, "page_too_large",
            "record payload is larger than --maxPageBytes=" + maxPageBytes + "; not read");
      }
      TextDecoder.Decoded decoded = TextDecoder.decode(bytes, bytes.length, html, type.parameters().get("charset"));
      String fetched = record.headers().first("WARC-Date").isPresent() ? record.date().toString() : null;
      return Record.page(offset, Page.create(docId, source, offset, FORMAT_WARC, target.target(), null, null,
          fetched, decoded.charset(), decoded.text(), html));
    }

    @Override
    public void close() throws IOException {
      reader.close();
    }
  }

  // ---------------------------------------------------------------------------------------- sniffing

  /** What a binary file is, from its magic bytes or its control characters; null for text. */
  static @Nullable String binaryKind(byte[] head) {
    if (startsWith(head, "%PDF")) {
      return "PDF";
    }
    if (startsWith(head, "PK\u0003\u0004")) {
      return "ZIP archive";
    }
    if (head.length >= 4 && (head[0] & 0xff) == 0x89 && startsWith(head, 1, "PNG")) {
      return "PNG image";
    }
    if (head.length >= 3 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xD8 && (head[2] & 0xff) == 0xFF) {
      return "JPEG image";
    }
    if (startsWith(head, "GIF8")) {
      return "GIF image";
    }
    if (startsWith(head, "RIFF") || startsWith(head, "OggS") || startsWith(head, "ID3")) {
      return "audio/video";
    }
    if (startsWith(head, "7z\u00bc\u00af") || startsWith(head, "\u00fd7zXZ")) {
      return "7z/xz archive";
    }
    boolean utf16 = head.length >= 2 && (((head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE)
        || ((head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF));
    if (utf16) {
      return null;
    }
    int control = 0;
    for (byte b : head) {
      int c = b & 0xff;
      if (c == 0) {
        return "NUL bytes";
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b) {
        control++;
      }
    }
    return control * 20 > head.length ? "control characters" : null;
  }

  static boolean looksLikeHtml(String start) {
    String lower = start.toLowerCase(Locale.ROOT);
    return lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.startsWith("<head")
        || lower.startsWith("<body") || lower.startsWith("<meta")
        || (lower.startsWith("<?xml") && lower.contains("<html"))
        || (lower.startsWith("<!--") && lower.contains("<html"));
  }

  private static String stripBomAndBlanks(String s) {
    int i = 0;
    if (s.startsWith("\u00ef\u00bb\u00bf")) {
      i = 3;
    }
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return s.substring(i);
  }

  /** File name without folders and without a compression extension. */
  static String baseName(String source) {
    String name = source.substring(source.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    for (String ext : new String[] {".gz", ".gzip", ".bz2"}) {
      if (name.endsWith(ext)) {
        return name.substring(0, name.length() - ext.length());
      }
    }
    return name;
  }

  private static boolean startsWith(byte[] b, String prefix) {
    return startsWith(b, 0, prefix);
  }

  private static boolean startsWith(byte[] b, int offset, String prefix) {
    if (b.length < offset + prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if ((b[offset + i] & 0xff) != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  static byte[] peek(BufferedInputStream in, int n) throws IOException {
    in.mark(n);
    byte[] buf = in.readNBytes(n);
    in.reset();
    return buf;
  }

  private static byte[] readAtMost(InputStream in, long limit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[1 << 16];
    long total = 0;
    int n;
    while (total < limit && (n = in.read(buf, 0, (int) Math.min(buf.length, limit - total))) > 0) {
      out.write(buf, 0, n);
      total += n;
    }
    return out.toByteArray();
  }

  private static @Nullable String textField(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull() || v.isContainerNode()) {
      return null;
    }
    String s = v.asText();
    return s.isBlank() && !field.equals("text") && !field.equals("html") ? null : s;
  }

  private static String firstLine(@Nullable String s) {
    if (s == null) {
      return "unparseable JSON";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
