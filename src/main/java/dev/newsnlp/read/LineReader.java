package dev.newsnlp.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Reads '\n'-terminated lines as bytes with their byte offsets, never holding more than
 * {@code maxLineBytes} of one line: of a longer line only the first {@code maxLineBytes} are kept, the rest is
 * skipped to its end, and the line is reported as too long, so one runaway line cannot exhaust the heap.
 */
final class LineReader {
  /**
   * One line without its terminator ("\r\n" or "\n"); bytes beyond {@code length} are garbage. When
   * {@code tooLong}, the bytes are the line's first maxLineBytes (possibly ending inside a character).
   */
  record Line(long offset, byte[] bytes, int length, boolean tooLong) {}

  private final InputStream in;
  private final long maxLineBytes;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int end;
  private boolean eof;
  /** Offset in the file of buf[0]. */
  private long bufferOffset;

  /** @param startOffset the file offset of the first byte {@code in} will return */
  LineReader(InputStream in, long maxLineBytes, long startOffset) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
    this.bufferOffset = startOffset;
  }

  @Nullable Line next() throws IOException {
    if (pos == end && (eof || !fill())) {
      return null;
    }
    long lineOffset = bufferOffset + pos;
    byte[] line = new byte[256];
    int length = 0;
    boolean tooLong = false;
    while (true) {
      if (pos == end && (eof || !fill())) {
        return finish(lineOffset, line, length, tooLong);
      }
      int nl = -1;
      for (int i = pos; i < end; i++) {
        if (buf[i] == '\n') {
          nl = i;
          break;
        }
      }
      int chunkEnd = nl < 0 ? end : nl;
      int chunk = chunkEnd - pos;
      if (!tooLong) {
        int take = chunk;
        if ((long) length + chunk > maxLineBytes) {
          tooLong = true; // keep the first maxLineBytes, skip the rest of the line
          take = (int) (maxLineBytes - length);
        }
        if (length + take > line.length) {
          line = Arrays.copyOf(line, Math.max(line.length * 2, length + take));
        }
        System.arraycopy(buf, pos, line, length, take);
        length += take;
      }
      if (nl >= 0) {
        pos = nl + 1;
        return finish(lineOffset, line, length, tooLong);
      }
      pos = end;
    }
  }

  private static Line finish(long offset, byte[] line, int length, boolean tooLong) {
    if (!tooLong && length > 0 && line[length - 1] == '\r') {
      length--;
    }
    return new Line(offset, line, length, tooLong);
  }

  private boolean fill() throws IOException {
    bufferOffset += end;
    pos = 0;
    end = 0;
    int n = in.read(buf, 0, buf.length);
    if (n <= 0) {
      eof = true;
      return false;
    }
    end = n;
    return true;
  }
}
