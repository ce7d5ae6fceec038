package dev.newsnlp.clean.train;

import dev.newsnlp.clean.render.Line;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Training labels for the lines of one page, derived by aligning the gold article body (and the gold
 * snippets) with the page's lines. A line is article text when most of its word 4-grams occur in the gold
 * body; a line of one to three words when the body has it as a paragraph, or when its words occur in the body
 * as a sequence and it stands inside the body's span of lines. Lines without words get weight 0 (they are
 * not scored).
 */
final class LineLabels {
  private LineLabels() {}

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");

  /** Share of a line's 4-grams found in the body above which the line is body text. */
  private static final double BODY_SHARE = 0.5;
  /** Long lines aligned to the body start or end the body's span; short lines inside it may be labels. */
  private static final int SPAN_WORDS = 4;

  /** Labels (1 article, 0 noise) and weights (0: no evidence) per line. */
  record Labels(float[] label, float[] weight) {}

  static Labels of(List<Line> lines, @Nullable String body, @Nullable String title, List<String> with,
      List<String> without) {
    int n = lines.size();
    float[] label = new float[n];
    float[] weight = new float[n];
    List<List<String>> toks = new ArrayList<>(n);
    for (Line l : lines) {
      toks.add(tokens(l.text));
    }
    if (body != null && !body.isBlank()) {
      List<String> b = tokens(body);
      Set<String> grams4 = grams(b, 4);
      List<Set<String>> shortGrams = List.of(grams(b, 1), grams(b, 2), grams(b, 3));
      Set<String> paragraphs = new HashSet<>();
      for (String para : body.split("\n")) {
        paragraphs.add(String.join(" ", tokens(para)));
      }
      boolean[] longHit = new boolean[n];
      int first = -1;
      int last = -1;
      for (int i = 0; i < n; i++) {
        List<String> t = toks.get(i);
        if (t.size() >= SPAN_WORDS) {
          int hit = 0;
          for (int k = 0; k + 4 <= t.size(); k++) {
            if (grams4.contains(String.join(" ", t.subList(k, k + 4)))) {
              hit++;
            }
          }
          longHit[i] = hit >= BODY_SHARE * (t.size() - 3);
          if (longHit[i]) {
            first = first < 0 ? i : first;
            last = i;
          }
        }
      }
      for (int i = 0; i < n; i++) {
        List<String> t = toks.get(i);
        if (t.isEmpty()) {
          continue;
        }
        weight[i] = 1;
        if (t.size() >= SPAN_WORDS) {
          label[i] = longHit[i] ? 1 : 0;
        } else {
          // a short line is article text when the body has it as a paragraph of its own (a subheading, a
          // closing credit), or when its words run in the body and it stands between the body's first and
          // last long lines; next to the body (topic tags under it, a kicker or caption name above it) words
          // the article uses are not enough
          String joined = String.join(" ", t);
          boolean inSpan = first >= 0 && i > first && i < last;
          label[i] = paragraphs.contains(joined) || inSpan && shortGrams.get(t.size() - 1).contains(joined) ? 1 : 0;
        }
      }
    }
    String normTitle = title == null ? null : norm(title);
    List<String> normWith = with.stream().map(LineLabels::norm).toList();
    List<String> normWithout = without.stream().map(LineLabels::norm).toList();
    for (int i = 0; i < n; i++) {
      if (toks.get(i).isEmpty()) {
        continue;
      }
      String line = norm(lines.get(i).text);
      if (normTitle != null && !normTitle.isEmpty() && line.equals(normTitle)) {
        label[i] = 1;
        weight[i] = 1;
      }
      for (String s : normWith) {
        if (line.contains(s)) {
          label[i] = 1;
          weight[i] = 1;
        }
      }
      for (String s : normWithout) {
        if (line.contains(s)) {
          label[i] = 0;
          weight[i] = 1;
        }
      }
    }
    return new Labels(label, weight);
  }

  private static String norm(String s) {
    return s.replaceAll("[\\s\\u00a0]+", " ").trim();
  }

  static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static Set<String> grams(List<String> t, int k) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i + k <= t.size(); i++) {
      out.add(String.join(" ", t.subList(i, i + k)));
    }
    return out;
  }
}
