package dev.newsnlp.write;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.WritableByteChannel;
import java.util.Arrays;
import java.util.Comparator;
import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.format.ColumnMetaData;
import org.apache.parquet.format.Encoding;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.PageEncodingStats;
import org.apache.parquet.format.RowGroup;
import org.apache.parquet.format.Util;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A channel for a Parquet file that makes its footer the same in every JVM. parquet-mr (1.13) lists each
 * column chunk's encodings from a {@code HashSet} of enum constants, whose order follows identity hash codes:
 * the same rows gave files that differed in those bytes from one process to the next. This channel holds back
 * the file's last bytes; on close it reads the footer from them, sorts every encodings list, and writes it.
 * The footer keeps its length (a list reordered), so nothing else in the file moves.
 */
final class StableParquetFooter implements WritableByteChannel {
  private static final Logger LOG = LoggerFactory.getLogger(StableParquetFooter.class);
  /** Bytes held back: far more than the footer of a table file (a few hundred bytes per row group). */
  static final int HOLD_BACK = 4 << 20;
  private static final byte[] MAGIC = {'P', 'A', 'R', '1'};

  private final WritableByteChannel out;
  private byte[] tail = new byte[1 << 16];
  private int held;

  StableParquetFooter(WritableByteChannel out) {
    this.out = out;
  }

  @Override
  public int write(ByteBuffer src) throws IOException {
    int n = src.remaining();
    if (held + n > tail.length) {
      tail = Arrays.copyOf(tail, Math.max(tail.length * 2, held + n));
    }
    src.get(tail, held, n);
    held += n;
    if (held > 2 * HOLD_BACK) {
      int pass = held - HOLD_BACK;
      ByteBuffer through = ByteBuffer.wrap(tail, 0, pass);
      while (through.hasRemaining()) {
        out.write(through);
      }
      System.arraycopy(tail, pass, tail, 0, HOLD_BACK);
      held = HOLD_BACK;
    }
    return n;
  }

  @Override
  public boolean isOpen() {
    return out.isOpen();
  }

  @Override
  public void close() throws IOException {
    if (!out.isOpen()) {
      return;
    }
    try {
      sortFooter();
      ByteBuffer rest = ByteBuffer.wrap(tail, 0, held);
      while (rest.hasRemaining()) {
        out.write(rest);
      }
    } finally {
      out.close();
    }
  }

  private void sortFooter() throws IOException {
    if (held < 12 || !Arrays.equals(Arrays.copyOfRange(tail, held - 4, held), MAGIC)) {
      return; // not a complete Parquet file (the writer failed): leave the bytes as they are
    }
    int length = ByteBuffer.wrap(tail, held - 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    int start = held - 8 - length;
    if (length <= 0 || start < 0) {
      LOG.warn("Parquet footer of {} bytes is larger than the {} bytes held back; left unsorted", length, held);
      return;
    }
    FileMetaData footer = Util.readFileMetaData(new ByteArrayInputStream(tail, start, length));
    for (RowGroup group : footer.getRow_groups()) {
      for (ColumnChunk chunk : group.getColumns()) {
        ColumnMetaData meta = chunk.getMeta_data();
        if (meta != null) {
          meta.getEncodings().sort(Comparator.comparingInt(Encoding::getValue));
          if (meta.getEncoding_stats() != null) {
            meta.getEncoding_stats().sort(Comparator.comparingInt((PageEncodingStats s) -> s.getPage_type().getValue())
                .thenComparingInt(s -> s.getEncoding().getValue()));
          }
        }
      }
    }
    ByteArrayOutputStream sorted = new ByteArrayOutputStream(length);
    Util.writeFileMetaData(footer, sorted);
    if (sorted.size() != length) {
      LOG.warn("Parquet footer changed length when sorted ({} -> {}); left unsorted", length, sorted.size());
      return;
    }
    System.arraycopy(sorted.toByteArray(), 0, tail, start, length);
  }
}
