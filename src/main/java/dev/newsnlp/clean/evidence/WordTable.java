package dev.newsnlp.clean.evidence;

import java.util.Map;

/**
 * A fixed word list with an int per word, looked up by a span of a line ({@code s[from, to)}) without cutting
 * the span out: the detectors look up every token of every line, and a substring per token was a good part
 * of the cleaner's time. Open addressing over {@link String#hashCode}, which the span's hash equals.
 */
final class WordTable {
  private final String[] keys;
  private final int[] values;
  private final int mask;

  /** Word to value; the words as written (case included). */
  WordTable(Map<String, Integer> words) {
    int size = Integer.highestOneBit(Math.max(4, words.size() * 4) - 1) << 1; // load factor <= 1/4
    keys = new String[size];
    values = new int[size];
    mask = size - 1;
    words.forEach((w, v) -> {
      int i = slot(w.hashCode());
      while (keys[i] != null) {
        i = (i + 1) & mask;
      }
      keys[i] = w;
      values[i] = v;
    });
  }

  private int slot(int hash) {
    return (hash ^ (hash >>> 16)) & mask;
  }

  /**
   * The value of the word {@code s[from, to)}, or {@code absent} when it is not in the table. {@code h} is the
   * span's hash ({@code h = 31 * h + c} over its characters, as {@link String#hashCode}), which the callers
   * compute as they scan the line anyway.
   */
  int get(String s, int from, int to, int h, int absent) {
    int len = to - from;
    for (int i = slot(h); keys[i] != null; i = (i + 1) & mask) {
      String k = keys[i];
      if (k.length() == len && k.hashCode() == h && s.regionMatches(from, k, 0, len)) {
        return values[i];
      }
    }
    return absent;
  }
}
