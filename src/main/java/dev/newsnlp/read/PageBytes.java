package dev.newsnlp.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.checkerframework.checker.nullness.qual.Nullable;

/** Reads one page's bytes, never more than --maxPageBytes of them, so one huge page cannot exhaust the heap. */
final class PageBytes {
  /** All of {@code in}, or null when it holds more than {@code maxPageBytes} (the rest is left unread). */
  static byte @Nullable [] readAtMost(InputStream in, long maxPageBytes) throws IOException {
    long limit = maxPageBytes + 1;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[1 << 16];
    long total = 0;
    int n;
    while (total < limit && (n = in.read(buf, 0, (int) Math.min(buf.length, limit - total))) > 0) {
      out.write(buf, 0, n);
      total += n;
    }
    return total > maxPageBytes ? null : out.toByteArray();
  }

  private PageBytes() {}
}
