package dev.newsnlp.clean.render;

import java.util.ArrayList;
import java.util.List;

/** Splits a w3m-style text dump into {@link Line}s (blank lines become {@code gapBefore} flags). */
public final class DumpParser {
  private DumpParser() {}

  public static List<Line> parse(String dump) {
    List<Line> out = new ArrayList<>();
    int n = dump.length();
    int start = 0;
    boolean gap = true;
    while (start <= n) {
      int end = dump.indexOf('\n', start);
      if (end < 0) {
        end = n;
      }
      int e = end;
      if (e > start && dump.charAt(e - 1) == '\r') {
        e--;
      }
      Line line = parseLine(dump, start, e, gap);
      if (line == null) {
        gap = true;
      } else {
        out.add(line);
        gap = false;
      }
      if (end >= n) {
        break;
      }
      start = end + 1;
    }
    return out;
  }

  /** Null for a blank line. */
  private static Line parseLine(String s, int from, int to, boolean gap) {
    int i = from;
    int indent = 0;
    while (i < to && isSpace(s.charAt(i))) {
      indent += s.charAt(i) == '\t' ? 8 : 1;
      i++;
    }
    int end = to;
    while (end > i && isSpace(s.charAt(end - 1))) {
      end--;
    }
    if (i >= end) {
      return null;
    }
    boolean bullet = false;
    char c = s.charAt(i);
    if ((c == '•' || c == '□' || c == '◦' || c == '▪' || c == '●' || c == '·' || c == '○' || c == '■')
        && (i + 1 == end || isSpace(s.charAt(i + 1)))) {
      bullet = true;
      i++;
      while (i < end && isSpace(s.charAt(i))) {
        i++;
      }
    } else if ((c == '-' || c == '*') && i + 1 < end && s.charAt(i + 1) == ' ' && indent > 0) {
      bullet = true;
      i += 2;
      while (i < end && isSpace(s.charAt(i))) {
        i++;
      }
    } else if (Character.isDigit(c)) {
      // " 1. item": w3m's ordered list. Keep the number (it is part of the visible text).
      int j = i;
      while (j < end && j - i < 3 && Character.isDigit(s.charAt(j))) {
        j++;
      }
      if (j < end - 1 && s.charAt(j) == '.' && s.charAt(j + 1) == ' ' && indent > 0) {
        bullet = true;
      }
    }
    String text = s.substring(i, end);
    return new Line(text, indent, bullet, gap);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00a0' || c == '\u2007' || c == '\u202f';
  }
}
