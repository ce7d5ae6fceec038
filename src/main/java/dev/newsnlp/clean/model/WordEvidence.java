package dev.newsnlp.clean.model;

import it.unimi.dsi.fastutil.longs.Long2FloatOpenHashMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the words of a line say, learned from labelled pages rather than listed by hand: for each word seen
 * on enough pages, the log ratio of its rate in article lines to its rate in noise lines (a naive Bayes
 * weight, counted, with add-one smoothing). "subscribe", "newsletter", "comments", "related" come out
 * negative, "said", "according", "because" positive, without anyone listing them.
 *
 * <p>A line's evidence is the mean, minimum and maximum weight of its known words and the weight of its
 * first word (labels such as "Related:" or "Photo:" lead with it).
 */
public final class WordEvidence {
  /** A word must occur on this many training pages to get a weight: site-specific words do not generalise. */
  static final int MIN_PAGES = 20;
  /** Words longer than this are ids, hashes or glued text, not vocabulary. */
  private static final int MAX_WORD_LENGTH = 24;
  /** Words per line that are looked up (a long paragraph says enough in its first words). */
  private static final int MAX_WORDS = 60;

  private final Map<String, Float> weights;
  /** The same weights keyed by {@link #hash} of the word: looked up without cutting the line into strings. */
  private final Long2FloatOpenHashMap byHash = new Long2FloatOpenHashMap();

  private WordEvidence(Map<String, Float> weights) {
    this.weights = weights;
    byHash.defaultReturnValue(Float.NaN);
    weights.forEach((w, v) -> byHash.put(hash(w, 0, w.length()), (float) v));
  }

  /** A 64-bit hash of s[from, to): collisions among a few thousand words are vanishingly unlikely. */
  private static long hash(CharSequence s, int from, int to) {
    long h = HASH_SEED;
    for (int i = from; i < to; i++) {
      h = 31 * h + s.charAt(i);
    }
    return h;
  }

  private static final long HASH_SEED = 1125899906842597L;

  public int size() {
    return weights.size();
  }

  /** Receives the [from, to) span of each word of a lower-cased line, and its {@link #hash}. */
  private interface WordSpan {
    void accept(String lower, int from, int to, long hash);
  }

  /** Runs of two to {@link #MAX_WORD_LENGTH} letters, in order, at most {@link #MAX_WORDS}: the words counted. */
  private static void eachWord(String lower, WordSpan out) {
    int n = lower.length();
    int i = 0;
    int seen = 0;
    while (i < n && seen < MAX_WORDS) {
      if (!Character.isLetter(lower.charAt(i))) {
        i++;
        continue;
      }
      int j = i;
      long h = HASH_SEED; // hash(lower, i, j), computed on the way
      for (char c; j < n && Character.isLetter(c = lower.charAt(j)); j++) {
        h = 31 * h + c;
      }
      if (j - i >= 2 && j - i <= MAX_WORD_LENGTH) {
        out.accept(lower, i, j, h);
        seen++;
      }
      i = j;
    }
  }

  /** Lower-cased words of a line, as {@link #score} weighs them. */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    eachWord(text.toLowerCase(Locale.ROOT), (s, from, to, h) -> out.add(s.substring(from, to)));
    return out;
  }

  /**
   * {mean, min, max, first-word weight, share of words known} of a line given in lower case; zeros for a
   * line with no known word. Looks words up by hash, without making strings.
   */
  float[] score(String lower) {
    float[] f = new float[5];
    // words seen, words known, then the sum, min and max of the known weights
    double[] acc = {0, 0, 0, Float.MAX_VALUE, -Float.MAX_VALUE};
    eachWord(lower, (s, from, to, h) -> {
      float w = byHash.get(h);
      if (!Float.isNaN(w)) {
        if (acc[0] == 0) {
          f[3] = w;
        }
        acc[1]++;
        acc[2] += w;
        acc[3] = Math.min(acc[3], w);
        acc[4] = Math.max(acc[4], w);
      }
      acc[0]++;
    });
    if (acc[1] > 0) {
      f[0] = (float) (acc[2] / acc[1]);
      f[1] = (float) acc[3];
      f[2] = (float) acc[4];
      f[4] = (float) acc[1] / (float) acc[0];
    }
    return f;
  }

  /** Counts words in article and noise lines of many pages, then keeps the words seen on enough pages. */
  public static final class Counter {
    private final Map<String, int[]> counts = new HashMap<>();
    private long articleWords;
    private long noiseWords;

    /** One page: its lines' texts, labels (1 article) and weights (0: unlabelled, skipped). */
    public void addPage(List<String> texts, float[] labels, float[] weights) {
      Set<String> onPage = new HashSet<>();
      for (int i = 0; i < texts.size(); i++) {
        if (weights[i] <= 0) {
          continue;
        }
        boolean article = labels[i] > 0;
        for (String w : words(texts.get(i))) {
          int[] c = counts.computeIfAbsent(w, k -> new int[3]);
          c[article ? 0 : 1]++;
          if (onPage.add(w)) {
            c[2]++;
          }
          if (article) {
            articleWords++;
          } else {
            noiseWords++;
          }
        }
      }
    }

    public WordEvidence build() {
      Map<String, Float> w = new TreeMap<>();
      double a = articleWords + counts.size();
      double b = noiseWords + counts.size();
      for (Map.Entry<String, int[]> e : counts.entrySet()) {
        int[] c = e.getValue();
        if (c[2] >= MIN_PAGES) {
          w.put(e.getKey(), (float) (Math.log((c[0] + 1) / a) - Math.log((c[1] + 1) / b)));
        }
      }
      return new WordEvidence(w);
    }
  }

  /** "word\tweight" lines, sorted by word: the same counts give the same bytes. */
  public String toTsv() {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, Float> e : new TreeMap<>(weights).entrySet()) {
      sb.append(e.getKey()).append('\t').append(String.format(Locale.ROOT, "%.4f", e.getValue())).append('\n');
    }
    return sb.toString();
  }

  static WordEvidence fromTsv(InputStream in) throws IOException {
    Map<String, Float> w = new HashMap<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      int tab = line.indexOf('\t');
      if (tab > 0) {
        w.put(line.substring(0, tab), Float.parseFloat(line.substring(tab + 1)));
      }
    }
    return new WordEvidence(w);
  }
}
