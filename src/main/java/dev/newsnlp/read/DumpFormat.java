package dev.newsnlp.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * How a dump file's content is laid out, as {@link FormatSniffer} told it, and the reader for that layout:
 * text dumps and HTML are one page per file, JSON Lines one page per line, WARC/WET one page per response,
 * resource or conversion record. Empty and binary files yield one whole-file failure.
 */
record DumpFormat(Kind kind, Inner inner, @Nullable String detail) {
  /** The layout; {@code pageFormat} is what pages of that layout carry in their format column. */
  enum Kind {
    TEXT("text"), HTML("html"), JSONL("jsonl"), WARC("warc"), EMPTY(null), BINARY(null);

    final @Nullable String pageFormat;

    Kind(@Nullable String pageFormat) {
      this.pageFormat = pageFormat;
    }
  }

  /** Compression found inside the content itself (a .gz without its extension), undone before reading. */
  enum Inner {
    NONE, GZIP, BZIP2;

    InputStream decompress(InputStream in) throws IOException {
      return switch (this) {
        case NONE -> in;
        case GZIP -> new GZIPInputStream(in, 1 << 16);
        case BZIP2 -> new BZip2CompressorInputStream(in, true);
      };
    }
  }

  /**
   * Records of {@code source} whose decompressed content {@code in} starts at byte {@code offset}. At an
   * offset above 0 the caller positioned {@code in} at {@code offset - 1}, where a record that was already
   * returned starts (or, for JSON Lines, anywhere inside it): the reader skips that record first.
   */
  RecordReader open(String source, InputStream in, long offset, long maxPageBytes) throws IOException {
    boolean manyRecords = kind == Kind.JSONL || kind == Kind.WARC;
    if (offset > 0 && !manyRecords) {
      in.close(); // the file's only record was returned before the checkpoint
      return RecordReader.of(null);
    }
    return switch (kind) {
      case EMPTY -> RecordReader.of(FailedRecord.ofFile("empty_file", "the file holds no bytes"));
      case BINARY -> RecordReader.of(FailedRecord.ofFile("binary_file",
          "not a text, HTML, JSON Lines or WARC file: " + detail));
      case TEXT, HTML -> new SinglePageReader(source, in, kind == Kind.HTML, maxPageBytes);
      case JSONL -> new JsonLinesReader(source, in, offset, maxPageBytes);
      case WARC -> new WarcFileReader(source, in, offset, maxPageBytes);
    };
  }
}
