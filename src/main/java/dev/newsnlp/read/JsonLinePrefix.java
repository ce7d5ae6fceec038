package dev.newsnlp.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The beginning of a JSON Lines record longer than --maxPageBytes: its fields up to the cut, and the beginning
 * of its {@code text} (or {@code html}) string, which the cut falls in. Jackson reads the complete fields; the
 * cut string is decoded here, up to its last complete character or escape, then back to its last line end
 * (for HTML a tag end) when one is in its last quarter. Fields after the cut are lost.
 */
final class JsonLinePrefix {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Scalar fields read whole, and the cut content (null when the cut is not inside text or html). */
  record Fields(Map<String, String> scalars, @Nullable String content, boolean html) {}

  static @Nullable Fields parse(byte[] bytes, int length) {
    Map<String, String> scalars = new HashMap<>();
    try (JsonParser p = MAPPER.getFactory().createParser(bytes, 0, length)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String name = p.getCurrentName();
        JsonToken value = p.nextToken();
        if (value == JsonToken.VALUE_STRING) {
          // Jackson reads a string's characters only when asked: its opening quote is known before.
          int quote = (int) p.getTokenLocation().getByteOffset();
          try {
            scalars.put(name, p.getText());
          } catch (IOException cut) {
            if (name.equals("text") || name.equals("html")) {
              boolean html = name.equals("html");
              return new Fields(scalars, lineEnd(decodeCut(bytes, quote + 1, length), html), html);
            }
            return new Fields(scalars, null, false);
          }
        } else if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
          p.skipChildren();
        } else if (value != null && value.isScalarValue()) {
          scalars.put(name, p.getText());
        }
      }
    } catch (IOException cut) {
      // The cut fell elsewhere (a name, a number, a nested value): the fields read so far.
    }
    return new Fields(scalars, null, false);
  }

  /** The characters of a JSON string's body from {@code from} up to {@code end}, where it was cut. */
  static String decodeCut(byte[] b, int from, int end) {
    end = completeUtf8End(b, from, end);
    StringBuilder s = new StringBuilder(Math.max(0, end - from));
    int run = from;
    int i = from;
    while (i < end && b[i] != '"') {
      if (b[i] != '\\') {
        i++;
        continue;
      }
      s.append(new String(b, run, i - run, StandardCharsets.UTF_8));
      if (i + 1 >= end) {
        run = end;
        break; // a lone backslash at the cut
      }
      char c = (char) b[i + 1];
      if (c == 'u') {
        if (i + 6 > end) {
          run = end;
          break; // \\uXX cut
        }
        s.append((char) Integer.parseInt(new String(b, i + 2, 4, StandardCharsets.US_ASCII), 16));
        i += 6;
      } else {
        s.append(switch (c) {
          case 'n' -> '\n';
          case 't' -> '\t';
          case 'r' -> '\r';
          case 'b' -> '\b';
          case 'f' -> '\f';
          default -> c; // \" \\ \/
        });
        i += 2;
      }
      run = i;
    }
    if (run < i) {
      s.append(new String(b, run, i - run, StandardCharsets.UTF_8));
    }
    if (s.length() > 0 && Character.isHighSurrogate(s.charAt(s.length() - 1))) {
      s.setLength(s.length() - 1); // its low half was cut off
    }
    return s.toString();
  }

  /** {@code end}, or the start of a UTF-8 sequence that the cut left incomplete. */
  private static int completeUtf8End(byte[] b, int from, int end) {
    for (int q = end - 1; q >= Math.max(from, end - 4); q--) {
      int x = b[q] & 0xFF;
      if ((x & 0xC0) == 0x80) {
        continue;
      }
      int need = x >= 0xF0 ? 4 : x >= 0xE0 ? 3 : x >= 0xC0 ? 2 : 1;
      return q + need <= end ? end : q;
    }
    return end;
  }

  private static String lineEnd(String text, boolean html) {
    for (int i = text.length() - 1; i >= text.length() - text.length() / 4; i--) {
      char c = text.charAt(i);
      if (c == '\n' || (html && c == '>')) {
        return text.substring(0, i + 1);
      }
    }
    return text;
  }

  private JsonLinePrefix() {}
}
