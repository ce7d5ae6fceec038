package dev.newsnlp.read;

import dev.newsnlp.model.Page;
import java.io.IOException;
import java.io.InputStream;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A text dump or an HTML file: the whole file is one page, at offset 0, with an id from the file's path.
 * Text and HTML differ only in how the bytes are decoded (HTML may declare its charset) and in the page's
 * html flag and format, so one reader serves both.
 */
final class SinglePageReader implements RecordReader {
  private final String source;
  private final InputStream in;
  private final boolean html;
  private final long maxPageBytes;
  private boolean done;

  SinglePageReader(String source, InputStream in, boolean html, long maxPageBytes) {
    this.source = source;
    this.in = in;
    this.html = html;
    this.maxPageBytes = maxPageBytes;
  }

  @Override
  public @Nullable ReadRecord next() throws IOException {
    if (done) {
      return null;
    }
    done = true;
    String docId = DocIds.forRecord(source, 0);
    PageBytes.Read read = PageBytes.readAtMost(in, maxPageBytes, html);
    TextDecoder.Decoded decoded = TextDecoder.decode(read.bytes(), read.bytes().length, html, null);
    DumpFormat.Kind kind = html ? DumpFormat.Kind.HTML : DumpFormat.Kind.TEXT;
    return new PageRecord(0, Page.create(docId, source, 0, kind.pageFormat, null, null, null, null,
        decoded.charset(), decoded.text(), html, read.truncated()));
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
