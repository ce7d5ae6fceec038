package dev.newsnlp.annotate.quotes;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Gender of first names, from the name list in CoreNLP's models jar (the one its coreference uses), so "she
 * said" is not resolved to a man named just before. Unknown names fit any pronoun.
 */
final class NameGender {
  enum Gender { MALE, FEMALE, UNKNOWN }

  private static final String LIST = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";
  private static volatile Map<String, Gender> names;

  static Gender of(String firstName) {
    Gender g = map().get(firstName.toLowerCase(Locale.ROOT));
    return g == null ? Gender.UNKNOWN : g;
  }

  private static Map<String, Gender> map() {
    Map<String, Gender> m = names;
    if (m == null) {
      synchronized (NameGender.class) {
        if (names == null) {
          names = load();
        }
        m = names;
      }
    }
    return m;
  }

  private static Map<String, Gender> load() {
    Map<String, Gender> m = new HashMap<>();
    try (InputStream in = NameGender.class.getClassLoader().getResourceAsStream(LIST)) {
      if (in == null) {
        return m;
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.split("\t");
        if (f.length == 2) {
          m.put(f[0].trim().toLowerCase(Locale.ROOT), f[1].trim().equals("MALE") ? Gender.MALE
              : f[1].trim().equals("FEMALE") ? Gender.FEMALE : Gender.UNKNOWN);
        }
      }
    } catch (java.io.IOException e) {
      // No list: every name fits every pronoun.
    }
    return m;
  }

  private NameGender() {}
}
