package dev.newsnlp.read;

import dev.newsnlp.read.DumpFormat.Inner;
import dev.newsnlp.read.DumpFormat.Kind;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Tells a dump file's {@link DumpFormat} from its first bytes, then from its name: magic bytes and control
 * characters mark binary files, "WARC/" a web archive, a leading '{' JSON Lines, leading markup HTML; a name
 * (.jsonl, .html, ...) decides what the content leaves open. Compressed content is looked into.
 */
final class FormatSniffer {
  static final int SNIFF_BYTES = 8192;

  /** Decides the layout from the first bytes of {@code in} (without consuming them) and the file name. */
  static DumpFormat sniff(String source, BufferedInputStream in) throws IOException {
    byte[] head = peek(in, SNIFF_BYTES);
    Inner inner = Inner.NONE;
    if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
      inner = Inner.GZIP;
    } else if (startsWith(head, "BZh") && head.length > 3 && head[3] >= '1' && head[3] <= '9') {
      inner = Inner.BZIP2;
    }
    if (inner == Inner.NONE) {
      return sniffPlain(source, head);
    }
    // Look inside: the decompressed head decides the layout. The mark covers what the decompressor reads.
    in.mark(1 << 20);
    byte[] innerHead;
    try {
      InputStream inside = inner.decompress(new NonClosingInputStream(in));
      innerHead = inside.readNBytes(SNIFF_BYTES);
    } catch (IOException e) {
      innerHead = new byte[0]; // a corrupt stream: it fails again, and is recorded, when read
    } finally {
      in.reset();
    }
    DumpFormat plain = sniffPlain(source, innerHead);
    return new DumpFormat(plain.kind() == Kind.EMPTY ? Kind.TEXT : plain.kind(), inner, plain.detail());
  }

  private static DumpFormat sniffPlain(String source, byte[] head) {
    if (head.length == 0) {
      return new DumpFormat(Kind.EMPTY, Inner.NONE, null);
    }
    String binary = binaryKind(head);
    if (binary != null) {
      return new DumpFormat(Kind.BINARY, Inner.NONE, binary);
    }
    String name = baseName(source);
    String trimmed = stripBomAndBlanks(new String(head, 0, Math.min(head.length, 1024), StandardCharsets.ISO_8859_1));
    Kind kind;
    if (trimmed.startsWith("WARC/")) {
      kind = Kind.WARC;
    } else if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json") || trimmed.startsWith("{")) {
      kind = Kind.JSONL;
    } else if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml") || looksLikeHtml(trimmed)) {
      kind = Kind.HTML;
    } else {
      kind = Kind.TEXT;
    }
    return new DumpFormat(kind, Inner.NONE, null);
  }

  /** Text has at most one control byte in this many (binary formats have far more, text almost none). */
  private static final int MAX_CONTROL_SHARE_INVERSE = 20;

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
    // A real share of control bytes (NUL included) makes a file binary; a few stray ones in a text page do
    // not: the decoder drops them and the article is kept.
    int control = 0;
    for (byte b : head) {
      int c = b & 0xff;
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b) {
        control++;
      }
    }
    return control * MAX_CONTROL_SHARE_INVERSE > head.length ? "control characters" : null;
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

  static BufferedInputStream buffer(InputStream in) {
    return in instanceof BufferedInputStream b ? b : new BufferedInputStream(in, 1 << 16);
  }

  private static byte[] peek(BufferedInputStream in, int n) throws IOException {
    in.mark(n);
    byte[] buf = in.readNBytes(n);
    in.reset();
    return buf;
  }

  private FormatSniffer() {}
}
