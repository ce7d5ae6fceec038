package dev.newsnlp.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsnlp.model.Page;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * JSON Lines: one page per line, an object with a "text" (or else "html") string and optional "id", "url",
 * "title" and "published". A line's byte offset is its record index, and gives the doc id when the line has
 * no "id". A line that is not such an object fails alone; blank lines are passed over. Lines are read one
 * at a time and one longer than --maxPageBytes is skipped unread, so a file of any size streams.
 */
final class JsonLinesReader implements RecordReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final String source;
  private final InputStream in;
  private final long maxPageBytes;
  private final LineReader lines;

  JsonLinesReader(String source, InputStream in, long offset, long maxPageBytes) throws IOException {
    this.source = source;
    this.in = in;
    this.maxPageBytes = maxPageBytes;
    // Resuming: in sits at offset - 1, inside (or at the start of) a line already returned.
    this.lines = new LineReader(in, maxPageBytes, offset > 0 ? offset - 1 : 0);
    if (offset > 0) {
      lines.next();
    }
  }

  @Override
  public @Nullable ReadRecord next() throws IOException {
    for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
      long offset = line.offset();
      if (line.tooLong()) {
        return truncatedLine(offset, line);
      }
      TextDecoder.Decoded decoded = TextDecoder.decode(line.bytes(), line.length(), false, "UTF-8");
      String text = decoded.text();
      if (!text.isBlank()) {
        return parseLine(offset, text, decoded.charset());
      }
    }
    return null;
  }

  private ReadRecord parseLine(long offset, String line, String charset) {
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      return FailedRecord.ofRecord(offset, null, "malformed_json", firstLine(e.getOriginalMessage()));
    }
    if (node == null || !node.isObject()) {
      return FailedRecord.ofRecord(offset, null, "malformed_json", "line is not a JSON object");
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
      return FailedRecord.ofRecord(offset, docId, "missing_text",
          "JSON object has neither a \"text\" nor an \"html\" string field");
    }
    return new PageRecord(offset, Page.create(docId, source, offset, DumpFormat.Kind.JSONL.pageFormat,
        textField(node, "url"), textField(node, "title"), textField(node, "published"), null, charset,
        content, html));
  }

  /** A line over the limit: a truncated page from its beginning, or a failure when the cut is before its text. */
  private ReadRecord truncatedLine(long offset, LineReader.Line line) {
    JsonLinePrefix.Fields f = JsonLinePrefix.parse(line.bytes(), line.length());
    if (f == null || f.content() == null) {
      return FailedRecord.ofRecord(offset, null, "page_too_large", "JSON line is longer than --maxPageBytes="
          + maxPageBytes + " and its text or html field does not start before the limit; skipped");
    }
    Map<String, String> s = f.scalars();
    String id = blankToNull(s.get("id"));
    return new PageRecord(offset, Page.create(id != null ? id : DocIds.forRecord(source, offset), source, offset,
        DumpFormat.Kind.JSONL.pageFormat, blankToNull(s.get("url")), blankToNull(s.get("title")),
        blankToNull(s.get("published")), null, "UTF-8", f.content(), f.html(), true));
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /** A scalar field as text; null when absent, null or an object or array, and (but for the content) blank. */
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

  @Override
  public void close() throws IOException {
    in.close();
  }
}
