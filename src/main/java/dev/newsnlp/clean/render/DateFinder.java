package dev.newsnlp.clean.render;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/** Finds publication dates written in text lines or meta values and returns them as ISO-8601. */
public final class DateFinder {
  private DateFinder() {}

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
      Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
      Map.entry("dec", 12),
      // German, French, Spanish, Italian, Portuguese, Dutch spellings that do not start like English ones
      Map.entry("januar", 1), Map.entry("jänner", 1), Map.entry("februar", 2), Map.entry("märz", 3),
      Map.entry("mai", 5), Map.entry("juni", 6), Map.entry("juli", 7), Map.entry("oktober", 10),
      Map.entry("dezember", 12), Map.entry("janvier", 1), Map.entry("février", 2), Map.entry("mars", 3),
      Map.entry("avril", 4), Map.entry("juin", 6), Map.entry("juillet", 7), Map.entry("août", 8),
      Map.entry("septembre", 9), Map.entry("octobre", 10), Map.entry("novembre", 11),
      Map.entry("décembre", 12), Map.entry("enero", 1), Map.entry("febrero", 2), Map.entry("marzo", 3),
      Map.entry("abril", 4), Map.entry("mayo", 5), Map.entry("junio", 6), Map.entry("julio", 7),
      Map.entry("agosto", 8), Map.entry("septiembre", 9), Map.entry("octubre", 10),
      Map.entry("noviembre", 11), Map.entry("diciembre", 12), Map.entry("gennaio", 1),
      Map.entry("febbraio", 2), Map.entry("aprile", 4), Map.entry("maggio", 5), Map.entry("giugno", 6),
      Map.entry("luglio", 7), Map.entry("settembre", 9), Map.entry("ottobre", 10), Map.entry("dicembre", 12),
      Map.entry("janeiro", 1), Map.entry("fevereiro", 2), Map.entry("março", 3), Map.entry("maio", 5),
      Map.entry("junho", 6), Map.entry("julho", 7), Map.entry("setembro", 9), Map.entry("outubro", 10),
      Map.entry("dezembro", 12), Map.entry("januari", 1), Map.entry("februari", 2), Map.entry("maart", 3),
      Map.entry("mei", 5), Map.entry("augustus", 8));

  private static final String MONTH =
      "(\\p{L}{3,9})\\.?";

  /** The year ends the word, or a clock time is glued to it as dumps render "Nov 20 20194:29 AM". */
  private static final String YEAR_END = "(?:\\b|(?=\\d{1,2}:\\d\\d))";

  private static final Pattern ISO = Pattern.compile(
      "\\b((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)(?:[T ](\\d\\d:\\d\\d(?::\\d\\d(?:\\.\\d+)?)?)(Z|[+-]\\d\\d:?\\d\\d)?)?");
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+|de\\s+)?" + MONTH + ",?\\s+(?:de\\s+)?((?:19|20)\\d\\d)" + YEAR_END,
      Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)" + YEAR_END, Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern DOTTED = Pattern.compile("\\b(\\d{1,2})\\.(\\d{1,2})\\.((?:19|20)\\d\\d)\\b");
  private static final Pattern SLASHED = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d\\d|\\d\\d)\\b");
  private static final Pattern SLASHED_YMD = Pattern.compile("\\b((?:19|20)\\d\\d)/(\\d{1,2})/(\\d{1,2})\\b");

  /** A date in a meta value or a {@code <time datetime>} attribute: ISO first, then the textual forms. */
  static @Nullable String fromMeta(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    Matcher m = ISO.matcher(value);
    if (m.find()) {
      String d = isoDate(m.group(1), m.group(2), m.group(3));
      if (d == null) {
        return null;
      }
      if (m.group(4) != null) {
        String t = m.group(4);
        if (t.length() == 5) {
          t = t + ":00";
        }
        String zone = m.group(5) == null ? "" : normaliseZone(m.group(5));
        return d + "T" + t + zone;
      }
      return d;
    }
    return fromText(value);
  }

  private static String normaliseZone(String z) {
    if (z.equals("Z") || z.length() == 6) {
      return z;
    }
    return z.substring(0, 3) + ":" + z.substring(3);
  }

  /** The first date written in a text line, as {@code yyyy-MM-dd}, or null. */
  public static @Nullable String fromText(String line) {
    if (line.length() < 6 || !hasDigitRun(line)) {
      return null;
    }
    // each form's separator or year ("19.."/"20..") is tested before its regex runs: most lines have none
    boolean dash = line.indexOf('-') >= 0;
    boolean slash = line.indexOf('/') >= 0;
    boolean year = line.contains("19") || line.contains("20");
    Matcher m = dash && year ? ISO.matcher(line) : null;
    if (m != null && m.find()) {
      String d = isoDate(m.group(1), m.group(2), m.group(3));
      if (d != null) {
        return d;
      }
    }
    m = year ? MONTH_DAY_YEAR.matcher(line) : null;
    while (m != null && m.find()) {
      Integer mo = month(m.group(1));
      if (mo != null) {
        String d = date(Integer.parseInt(m.group(3)), mo, Integer.parseInt(m.group(2)));
        if (d != null) {
          return d;
        }
      }
    }
    m = year ? DAY_MONTH_YEAR.matcher(line) : null;
    while (m != null && m.find()) {
      Integer mo = month(m.group(2));
      if (mo != null) {
        String d = date(Integer.parseInt(m.group(3)), mo, Integer.parseInt(m.group(1)));
        if (d != null) {
          return d;
        }
      }
    }
    m = slash && year ? SLASHED_YMD.matcher(line) : null;
    if (m != null && m.find()) {
      String d = date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      if (d != null) {
        return d;
      }
    }
    m = year && line.indexOf('.') >= 0 ? DOTTED.matcher(line) : null;
    if (m != null && m.find()) {
      String d = date(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
      if (d != null) {
        return d;
      }
    }
    m = slash ? SLASHED.matcher(line) : null;
    if (m != null && m.find()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(2));
      int y = Integer.parseInt(m.group(3));
      if (y < 100) {
        y += 2000;
      }
      // US order (month/day) unless the first number cannot be a month.
      String d = a > 12 ? date(y, b, a) : date(y, a, b);
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  private static boolean hasDigitRun(String s) {
    int run = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        if (++run >= 2) {
          return true;
        }
      } else {
        run = 0;
      }
    }
    return false;
  }

  private static @Nullable Integer month(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    Integer m = MONTHS.get(w);
    if (m != null) {
      return m;
    }
    if (w.length() >= 3) {
      // English full names and abbreviations: "november" -> "nov"
      Integer byPrefix = MONTHS.get(w.substring(0, 3));
      if (byPrefix != null && isEnglishMonth(w)) {
        return byPrefix;
      }
    }
    return null;
  }

  private static final String[] ENGLISH = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december"
  };

  private static boolean isEnglishMonth(String w) {
    for (String e : ENGLISH) {
      if (e.startsWith(w)) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable String isoDate(String y, String m, String d) {
    return date(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
  }

  private static @Nullable String date(int y, int m, int d) {
    if (y < 1990 || y > 2100) {
      return null;
    }
    try {
      return LocalDate.of(y, m, d).toString();
    } catch (DateTimeException e) {
      return null;
    }
  }
}
