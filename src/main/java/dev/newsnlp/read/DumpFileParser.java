package dev.newsnlp.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsnlp.model.Page;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
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
 * Turns one dump file's bytes into pages. Plain Java so it can be tested without a pipeline.
 *
 * <p>The format is told from the content first (magic bytes, the first non-blank character), then from the
 * file name: text dumps and HTML are one page per file, JSON Lines one page per line, WARC/WET one page per
 * response or conversion record. Problems with a record become failures through the {@link Sink} and the
 * next record is read; only an I/O error that ends the stream (truncated archive) escapes, after every page
 * before it was delivered.
 */
public final class DumpFileParser implements Serializable {
  public static final String FORMAT_TEXT = "text";
  public static final String FORMAT_HTML = "html";
  public static final String FORMAT_JSONL = "jsonl";
  public static final String FORMAT_WARC = "warc";

  private static final int SNIFF_BYTES = 8192;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Receives what a file holds. */
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

  /** Reads every page of {@code source}'s content {@code in} (already decompressed by extension). */
  public void parse(String source, InputStream in, Sink sink) throws IOException {
    parse(source, new BufferedInputStream(in, 1 << 16), sink, 0);
  }

  private void parse(String source, BufferedInputStream in, Sink sink, int depth) throws IOException {
    byte[] head = peek(in, SNIFF_BYTES);
    if (head.length == 0) {
      sink.failure(null, null, "empty_file", "the file holds no bytes");
      return;
    }
    // A compressed file whose name does not say so: decompress it here (once).
    if (depth == 0 && head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
      parse(source, new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16), sink, 1);
      return;
    }
    if (depth == 0 && startsWith(head, "BZh") && head.length > 3 && head[3] >= '1' && head[3] <= '9') {
      parse(source, new BufferedInputStream(new BZip2CompressorInputStream(in, true), 1 << 16), sink, 1);
      return;
    }
    String binary = binaryKind(head);
    if (binary != null) {
      sink.failure(null, null, "binary_file", "not a text, HTML, JSON Lines or WARC file: " + binary);
      return;
    }
    String name = baseName(source);
    String firstChars = new String(head, 0, Math.min(head.length, 1024), StandardCharsets.ISO_8859_1);
    String trimmed = stripBomAndBlanks(firstChars);
    if (trimmed.startsWith("WARC/")) {
      parseWarc(source, in, sink);
    } else if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")
        || trimmed.startsWith("{")) {
      parseJsonLines(source, in, sink);
    } else if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")
        || looksLikeHtml(trimmed)) {
      parseSinglePage(source, in, sink, FORMAT_HTML, true);
    } else {
      parseSinglePage(source, in, sink, FORMAT_TEXT, false);
    }
  }

  private void parseSinglePage(
      String source, BufferedInputStream in, Sink sink, String format, boolean html) throws IOException {
    String docId = DocIds.forRecord(source, 0);
    byte[] bytes = readAtMost(in, maxPageBytes + 1);
    if (bytes.length > maxPageBytes) {
      sink.failure(0L, docId, "page_too_large",
          "page is larger than --maxPageBytes=" + maxPageBytes + "; not read");
      return;
    }
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes, bytes.length, html, null);
    sink.page(Page.create(
        docId, source, 0, format, null, null, null, null, decoded.charset(), decoded.text(), html));
  }

  private void parseJsonLines(String source, BufferedInputStream in, Sink sink) throws IOException {
    LineReader lines = new LineReader(in, maxPageBytes);
    long index = 0;
    for (LineReader.Line line = lines.next(); line != null; line = lines.next(), index++) {
      if (line.tooLong()) {
        sink.failure(index, null, "page_too_large",
            "JSON line is longer than --maxPageBytes=" + maxPageBytes + "; skipped");
        continue;
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
        sink.failure(index, null, "malformed_json", firstLine(e.getOriginalMessage()));
        continue;
      }
      if (node == null || !node.isObject()) {
        sink.failure(index, null, "malformed_json", "line is not a JSON object");
        continue;
      }
      String id = textField(node, "id");
      String docId = id != null ? id : DocIds.forRecord(source, index);
      String content = textField(node, "text");
      boolean html = false;
      if (content == null) {
        content = textField(node, "html");
        html = content != null;
      }
      if (content == null) {
        sink.failure(index, docId, "missing_text", "JSON object has neither a \"text\" nor an \"html\" string field");
        continue;
      }
      sink.page(Page.create(docId, source, index, FORMAT_JSONL, textField(node, "url"),
          textField(node, "title"), textField(node, "published"), null, decoded.charset(), content, html));
    }
  }

  private void parseWarc(String source, BufferedInputStream in, Sink sink) throws IOException {
    long index = 0;
    try (WarcReader reader = new WarcReader(in)) {
      reader.setLenient(true);
      while (true) {
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (IOException | RuntimeException e) {
          // jwarc cannot find the next record boundary after a broken one: the rest of the file is lost.
          sink.failure(index, null, "corrupt_warc_record",
              "record " + index + " could not be parsed, rest of file not read: " + e.getMessage());
          return;
        }
        if (next.isEmpty()) {
          return;
        }
        try {
          warcRecord(source, index, next.get(), sink);
        } catch (IOException | RuntimeException e) {
          sink.failure(index, null, "corrupt_warc_record", String.valueOf(e.getMessage()));
        }
        index++;
      }
    }
  }

  private void warcRecord(String source, long index, WarcRecord record, Sink sink) throws IOException {
    if (!(record instanceof WarcResponse || record instanceof WarcConversion || record instanceof WarcResource)) {
      sink.skipped("warc_" + record.type());
      return;
    }
    WarcTargetRecord target = (WarcTargetRecord) record;
    String docId = DocIds.forRecord(record.id().toString(), 0);
    MediaType type;
    InputStream body;
    String charset = null;
    if (record instanceof WarcResponse response) {
      if (!response.contentType().base().equals(MediaType.HTTP)) {
        sink.skipped("warc_response_not_http");
        return;
      }
      HttpResponse http = response.http();
      if (http.status() < 200 || http.status() >= 300) {
        sink.skipped("http_status_" + (http.status() / 100) + "xx");
        return;
      }
      type = http.contentType();
      charset = type.parameters().get("charset");
      body = http.bodyDecoded().stream();
    } else {
      type = record.contentType();
      charset = type.parameters().get("charset");
      body = record.body().stream();
    }
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    boolean html = base.contains("html");
    if (!html && !base.startsWith("text/plain")) {
      sink.skipped("payload_" + base);
      return;
    }
    byte[] bytes = readAtMost(body, maxPageBytes + 1);
    if (bytes.length > maxPageBytes) {
      sink.failure(index, docId, "page_too_large",
          "record payload is larger than --maxPageBytes=" + maxPageBytes + "; not read");
      return;
    }
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes, bytes.length, html, charset);
    sink.page(Page.create(docId, source, index, FORMAT_WARC, target.target(), null, null,
        record.date().toString(), decoded.charset(), decoded.text(), html));
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

  private static byte[] peek(BufferedInputStream in, int n) throws IOException {
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
