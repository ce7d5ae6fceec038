package dev.newsnlp.clean.evidence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the cleaner's word and phrase lists from {@code src/main/resources/dev/newsnlp/clean/words/NAME.txt}:
 * one entry per line, blank lines and lines starting with {@code #} skipped, duplicates dropped (the first
 * stays). Entries are taken as written, a trailing space included. Callers keep the result in a constant, so
 * each list is read once.
 */
final class WordLists {
  private WordLists() {}

  /** The entries of list NAME in file order. */
  static List<String> list(String name) {
    String path = "/dev/newsnlp/clean/words/" + name + ".txt";
    InputStream in = WordLists.class.getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("missing word list " + path);
    }
    Set<String> entries = new LinkedHashSet<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          entries.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word list " + path, e);
    }
    return List.copyOf(new ArrayList<>(entries));
  }

  /** The entries of list NAME as a set. */
  static Set<String> set(String name) {
    return Set.copyOf(list(name));
  }
}
