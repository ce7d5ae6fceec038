package dev.newsnlp.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Bytes to text. Order: a byte-order mark; strict UTF-8; the charset an HTML page or HTTP header declares;
 * and, for undeclared bytes that are not UTF-8, windows-1252 (which decodes every byte, and is what undeclared legacy
 * Western pages almost always are). The result says which charset was used and whether it was a fallback,
 * so the caller can record it.
 */
public final class TextDecoder {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

  /** Decoded text and how it was decoded. */
  public record Decoded(String text, String charset, boolean fallback) {}

  /**
   * Decodes a page's bytes and drops the stray control characters (NUL, backspace, ...) that broken
   * exporters leave in text: a few of them make no page binary ({@link FormatSniffer#binaryKind}), and
   * downstream they would only break tokens and JSON consumers. Tabs, line breaks and form feeds stay.
   */
  public static Decoded decode(byte[] bytes, int length, boolean html, @Nullable String declared) {
    Decoded d = decodeBytes(bytes, length, html, declared);
    String text = withoutControls(d.text());
    return text == d.text() ? d : new Decoded(text, d.charset(), d.fallback());
  }

  /** The text without C0 control characters other than tab, line feed, carriage return and form feed. */
  static String withoutControls(String s) {
    int n = s.length();
    int i = 0;
    while (i < n && !isStray(s.charAt(i))) {
      i++;
    }
    if (i == n) {
      return s;
    }
    StringBuilder sb = new StringBuilder(n);
    sb.append(s, 0, i);
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (!isStray(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean isStray(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7f;
  }

  private static Decoded decodeBytes(byte[] bytes, int length, boolean html, @Nullable String declared) {
    if (length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
      return new Decoded(new String(bytes, 3, length - 3, StandardCharsets.UTF_8), "UTF-8", false);
    }
    if (length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
      return new Decoded(new String(bytes, 2, length - 2, StandardCharsets.UTF_16LE), "UTF-16LE", false);
    }
    if (length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
      return new Decoded(new String(bytes, 2, length - 2, StandardCharsets.UTF_16BE), "UTF-16BE", false);
    }
    Charset named = charsetOrNull(declared);
    if (named == null && html) {
      // The declaration sits in the first bytes of the head; ASCII-compatible charsets only.
      String head = new String(bytes, 0, Math.min(length, 4096), StandardCharsets.ISO_8859_1);
      Matcher m = META_CHARSET.matcher(head);
      if (m.find()) {
        named = charsetOrNull(m.group(1));
      }
    }
    // Bytes that validate as UTF-8 are UTF-8 whatever the page declares: legacy text with accents almost
    // never forms valid multi-byte sequences, while mis-declared UTF-8 pages are common.
    String utf8 = strictUtf8(bytes, length);
    if (utf8 != null) {
      return new Decoded(utf8, "UTF-8", false);
    }
    if (named != null && !named.equals(StandardCharsets.UTF_8)) {
      // Pages often declare latin-1 but are windows-1252 (curly quotes in 0x80-0x9F), as browsers assume.
      Charset use = named.equals(StandardCharsets.ISO_8859_1) ? WINDOWS_1252 : named;
      return new Decoded(new String(bytes, 0, length, use), use.name(), false);
    }
    return new Decoded(new String(bytes, 0, length, WINDOWS_1252), WINDOWS_1252.name(), true);
  }

  private static @Nullable String strictUtf8(byte[] bytes, int length) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, 0, length));
      return chars.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  static @Nullable Charset charsetOrNull(@Nullable String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return Charset.forName(name.trim().toLowerCase(Locale.ROOT));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private TextDecoder() {}
}
