package dev.newsnlp.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads one page's bytes, never more than --maxPageBytes of them, so one huge page cannot exhaust the heap.
 * A larger page is cut: at the last line end (for HTML also a tag end) in the last quarter of the limit, else
 * before the UTF-8 sequence the limit falls in, so no character is split. The rest is left unread.
 */
final class PageBytes {
  /** A page's bytes, {@code truncated} when the page was longer than the limit and these are its beginning. */
  record Read(byte[] bytes, boolean truncated) {}

  static Read readAtMost(InputStream in, long maxPageBytes, boolean html) throws IOException {
    long limit = maxPageBytes + 1; // one byte more: it tells whether the limit falls inside a character
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[1 << 16];
    long total = 0;
    int n;
    while (total < limit && (n = in.read(buf, 0, (int) Math.min(buf.length, limit - total))) > 0) {
      out.write(buf, 0, n);
      total += n;
    }
    byte[] bytes = out.toByteArray();
    if (total <= maxPageBytes) {
      return new Read(bytes, false);
    }
    return new Read(Arrays.copyOf(bytes, cut(bytes, (int) maxPageBytes, html)), true);
  }

  /** Where to cut {@code bytes} (of which at least {@code limit + 1} are there) to keep at most {@code limit}. */
  static int cut(byte[] bytes, int limit, boolean html) {
    int floor = limit - limit / 4;
    for (int i = limit - 1; i >= floor; i--) {
      if (bytes[i] == '\n' || (html && bytes[i] == '>')) {
        return i + 1;
      }
    }
    return utf8Boundary(bytes, limit);
  }

  /** The largest p <= end where bytes[p] starts a character (is no UTF-8 continuation byte). */
  static int utf8Boundary(byte[] bytes, int end) {
    int p = end;
    while (p > 0 && p > end - 4 && (bytes[p] & 0xC0) == 0x80) {
      p--;
    }
    return p;
  }

  private PageBytes() {}
}
