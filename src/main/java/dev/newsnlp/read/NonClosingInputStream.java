package dev.newsnlp.read;

import java.io.FilterInputStream;
import java.io.InputStream;

/** Lets a decompressor peek into a stream without closing it. */
final class NonClosingInputStream extends FilterInputStream {
  NonClosingInputStream(InputStream in) {
    super(in);
  }

  @Override
  public void close() {}
}
