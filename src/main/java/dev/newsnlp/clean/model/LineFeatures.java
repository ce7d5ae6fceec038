package dev.newsnlp.clean.model;

import dev.newsnlp.clean.ArticleExtractor;
import dev.newsnlp.clean.evidence.Appeals;
import dev.newsnlp.clean.evidence.CommentThreads;
import dev.newsnlp.clean.evidence.LineEvidence;
import dev.newsnlp.clean.evidence.NoiseLines;
import dev.newsnlp.clean.render.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The feature vector of every line of a page, for the learned line classifier ({@link LineModel}).
 *
 * <p>Three parts: the line's own evidence (shape, stop words, punctuation, the rule detectors' flags and
 * score from {@link ArticleExtractor#evidence}, DOM evidence on HTML), the same evidence of its neighbours
 * (lines -3..+3), and its place in the page (position, prose mass before and after, distance to prose).
 * Rows are dense floats, row-major; a neighbour outside the page is NaN (XGBoost's "missing").
 *
 * <p>The order of {@link #NAMES} is the model's input layout: changing it means retraining the model.
 */
public final class LineFeatures {
  private LineFeatures() {}

  /** Own-line features, in the order {@link #own} writes them. */
  private static final String[] OWN = {
    "words_log", "chars_log", "stop_density", "upper_share", "ends_sentence", "ends_colon", "bullet", "indent",
    "gap_before", "cls_good", "cls_near", "cls_short", "cls_bad", "rule_score", "noise", "barrier", "menu_run",
    "caption", "teaser", "duplicate", "table", "comment", "date_line", "byline_line", "box_head",
    "announced_item", "appeal", "author_bio", "digit_share", "punct_share", "commas_per_word", "separators",
    "all_caps", "starts_quote", "url_or_email", "heading", "link_density", "dom_noise", "in_article", "pre",
    "cell", "ld_body", "sentences_log", "mean_word_len", "question", "first_upper", "comment_heading",
    "gallery_counter", "words_mean", "words_min", "words_max", "words_first", "words_known"
  };

  /** Own-line features repeated for each neighbour offset (indexes into {@link #OWN}). */
  private static final int[] NEIGHBOUR = indexes("words_log", "stop_density", "ends_sentence", "bullet",
      "gap_before", "cls_good", "cls_bad", "rule_score", "noise", "menu_run", "link_density", "words_mean");

  private static final int[] OFFSETS = {-3, -2, -1, 1, 2, 3};

  private static final String[] PAGE = {
    "pos", "words_before_share", "words_after_share", "page_lines_log", "page_words_log", "good_above",
    "good_below", "good_share_5", "score_mean_3", "score_mean_10", "rule_region", "same_group_run",
    "words_mean_5"
  };

  /** How far up and down the page the distance to the nearest prose line is counted. */
  private static final int PROSE_DISTANCE_CAP = 20;

  /**
   * HTML only, after the shared columns (so the dump model's layout is the HTML model's first columns): whether
   * Readability's article holds the line, its neighbours and the lines around it.
   */
  private static final String[] HTML_ONLY = {"rd_body", "prev1_rd_body", "next1_rd_body", "rd_body_mean_5"};

  /** The dump model's columns; the HTML model reads these and {@link #HTML_ONLY}. */
  static final String[] NAMES = names(false);
  static final String[] HTML_NAMES = names(true);

  public static int width(boolean html) {
    return html ? HTML_NAMES.length : NAMES.length;
  }

  public static String[] names(boolean html) {
    List<String> n = new ArrayList<>(List.of(OWN));
    for (int off : OFFSETS) {
      for (int k : NEIGHBOUR) {
        n.add((off < 0 ? "prev" + (-off) : "next" + off) + "_" + OWN[k]);
      }
    }
    n.addAll(List.of(PAGE));
    if (html) {
      n.addAll(List.of(HTML_ONLY));
    }
    return n.toArray(new String[0]);
  }

  /**
   * Features of every line, row-major ({@code lines.size() * width()}). The lines must carry the rule
   * evidence ({@link ArticleExtractor#evidence}); {@code ruleRegion} marks the rules' maximum-sum region
   * (may be null); {@code html} adds the {@link #HTML_ONLY} columns.
   */
  public static float[] matrix(List<Line> lines, int @org.checkerframework.checker.nullness.qual.Nullable [] ruleRegion,
      WordEvidence words, boolean html) {
    int n = lines.size();
    int w = width(html);
    float[][] own = new float[n][];
    for (int i = 0; i < n; i++) {
      own[i] = own(lines.get(i), words);
    }
    float[] out = new float[n * w];
    double totalWords = 0;
    for (Line l : lines) {
      totalWords += l.words;
    }
    int[] goodAbove = new int[n];
    int last = -PROSE_DISTANCE_CAP - 1;
    for (int i = 0; i < n; i++) {
      goodAbove[i] = Math.min(i - last, PROSE_DISTANCE_CAP);
      if (lines.get(i).cls == Line.Cls.GOOD) {
        last = i;
      }
    }
    int[] goodBelow = new int[n];
    last = n + PROSE_DISTANCE_CAP + 1;
    for (int i = n - 1; i >= 0; i--) {
      goodBelow[i] = Math.min(last - i, PROSE_DISTANCE_CAP);
      if (lines.get(i).cls == Line.Cls.GOOD) {
        last = i;
      }
    }
    double wordsBefore = 0;
    float pageLines = (float) Math.log1p(n);
    float pageWords = (float) Math.log1p(totalWords);
    for (int i = 0; i < n; i++) {
      Line l = lines.get(i);
      int o = i * w;
      System.arraycopy(own[i], 0, out, o, OWN.length);
      int c = o + OWN.length;
      for (int off : OFFSETS) {
        int j = i + off;
        for (int k : NEIGHBOUR) {
          out[c++] = j >= 0 && j < n ? own[j][k] : Float.NaN;
        }
      }
      out[c++] = n <= 1 ? 0 : (float) i / (n - 1);
      out[c++] = totalWords == 0 ? 0 : (float) (wordsBefore / totalWords);
      out[c++] = totalWords == 0 ? 0 : (float) ((totalWords - wordsBefore - l.words) / totalWords);
      out[c++] = pageLines;
      out[c++] = pageWords;
      out[c++] = goodAbove[i];
      out[c++] = goodBelow[i];
      out[c++] = windowShareGood(lines, i, 5);
      out[c++] = windowMean(lines, i, 3, line -> line.score);
      out[c++] = windowMean(lines, i, 10, line -> line.score);
      out[c++] = ruleRegion != null && i >= ruleRegion[0] && i <= ruleRegion[1] ? 1 : 0;
      out[c++] = sameGroupRun(lines, i);
      out[c++] = windowMean(own, i, WORDS_MEAN, 5);
      if (html) {
        out[c++] = l.rdBody;
        out[c++] = i > 0 ? lines.get(i - 1).rdBody : Float.NaN;
        out[c++] = i + 1 < n ? lines.get(i + 1).rdBody : Float.NaN;
        out[c++] = windowMean(lines, i, 5, line -> line.rdBody);
      }
      wordsBefore += l.words;
    }
    for (int col : DROPPED) {
      for (int i = 0; col < w && i < n; i++) {
        out[i * w + col] = Float.NaN;
      }
    }
    return out;
  }

  /**
   * Ablation for leave-one-source-out runs, never for users: {@code -Dnewsnlp.dropFeatures=rules} makes the
   * rule detectors' outputs missing in every row (the line's class, the rules' score and region, every
   * detector's flag, for the line and its neighbours), so that a model trained and measured so shows what
   * the detectors give on held-out sources. Other values: comma-separated feature names.
   */
  private static final List<String> RULE_OUTPUTS = List.of("cls_", "rule_score", "noise", "barrier", "menu_run",
      "caption", "teaser", "duplicate", "table", "comment", "date_line", "byline_line", "box_head",
      "announced_item", "appeal", "author_bio", "gallery_counter", "rule_region", "score_mean", "good_");

  private static final int[] DROPPED = dropped(System.getProperty("newsnlp.dropFeatures", ""));

  private static int[] dropped(String spec) {
    List<Integer> cols = new ArrayList<>();
    List<String> asked = spec.isBlank() ? List.of() : List.of(spec.split(","));
    for (int k = 0; k < HTML_NAMES.length; k++) {
      String name = HTML_NAMES[k];
      boolean drop = asked.contains(name)
          || asked.contains("rules") && RULE_OUTPUTS.stream().anyMatch(name::contains);
      if (drop) {
        cols.add(k);
      }
    }
    return cols.stream().mapToInt(Integer::intValue).toArray();
  }

  private static final int WORDS_MEAN = indexes("words_mean")[0];

  private static int[] indexes(String... names) {
    int[] out = new int[names.length];
    for (int i = 0; i < names.length; i++) {
      out[i] = List.of(OWN).indexOf(names[i]);
      if (out[i] < 0) {
        throw new IllegalStateException("no feature " + names[i]);
      }
    }
    return out;
  }

  private static float[] own(Line l, WordEvidence words) {
    float[] f = new float[OWN.length];
    String t = l.text;
    int chars = t.length();
    int digits = 0;
    int punct = 0;
    int commas = 0;
    int separators = 0;
    int sentences = 0;
    for (int i = 0; i < chars; i++) {
      char c = t.charAt(i);
      if (Character.isDigit(c)) {
        digits++;
      } else if (!Character.isLetter(c) && !Character.isWhitespace(c)) {
        punct++;
        if (c == ',') {
          commas++;
        } else if (c == '|' || c == '·' || c == '•' || c == '»' || c == '›') {
          separators++;
        } else if ((c == '.' || c == '!' || c == '?') && i + 2 < chars && t.charAt(i + 1) == ' '
            && Character.isUpperCase(t.charAt(i + 2))) {
          sentences++;
        }
      }
    }
    int k = 0;
    f[k++] = log1p(l.words);
    f[k++] = log1p(chars);
    f[k++] = (float) l.stopDensity();
    f[k++] = l.words == 0 ? 0 : (float) l.upperInitial / l.words;
    f[k++] = bit(l.endsSentence);
    f[k++] = bit(t.endsWith(":"));
    f[k++] = bit(l.bullet);
    f[k++] = Math.min(l.indent, 20);
    f[k++] = bit(l.gapBefore);
    f[k++] = bit(l.cls == Line.Cls.GOOD);
    f[k++] = bit(l.cls == Line.Cls.NEAR);
    f[k++] = bit(l.cls == Line.Cls.SHORT);
    f[k++] = bit(l.cls == Line.Cls.BAD);
    f[k++] = (float) l.score;
    f[k++] = bit(l.noise);
    f[k++] = bit(l.barrier);
    f[k++] = bit(l.menuRun);
    f[k++] = bit(l.caption);
    f[k++] = bit(l.teaser);
    f[k++] = bit(l.duplicate);
    f[k++] = bit(l.table);
    f[k++] = bit(l.comment);
    f[k++] = bit(l.dateLine);
    f[k++] = bit(l.bylineLine);
    f[k++] = bit(l.boxHead);
    f[k++] = bit(l.announcedItem);
    f[k++] = bit(l.words > 0 && Appeals.isAppeal(l));
    f[k++] = bit(l.words > 0 && Appeals.isAuthorBio(l));
    f[k++] = chars == 0 ? 0 : (float) digits / chars;
    f[k++] = chars == 0 ? 0 : (float) punct / chars;
    f[k++] = l.words == 0 ? 0 : (float) commas / l.words;
    f[k++] = Math.min(separators, 20);
    f[k++] = bit(l.words >= 2 && LineEvidence.isAllCaps(t));
    f[k++] = bit(chars > 0 && "\"“‘'«".indexOf(t.charAt(0)) >= 0);
    f[k++] = bit(t.contains("://") || t.contains("www.") || (t.indexOf('@') > 0 && t.indexOf('.') > 0));
    f[k++] = l.heading;
    f[k++] = (float) l.linkDensity;
    f[k++] = (float) l.domNoise;
    f[k++] = bit(l.inArticle);
    f[k++] = bit(l.pre);
    f[k++] = bit(l.cell);
    f[k++] = l.ldBody;
    f[k++] = log1p(sentences);
    f[k++] = l.words == 0 ? 0 : (float) l.letters / l.words;
    f[k++] = bit(t.endsWith("?"));
    f[k++] = bit(chars > 0 && Character.isUpperCase(t.charAt(0)));
    f[k++] = bit(l.words > 0 && CommentThreads.isCommentHeading(l));
    f[k++] = bit(l.noise && NoiseLines.isGalleryCounter(l));
    System.arraycopy(words.score(l.lower), 0, f, k, 5);
    return f;
  }

  private static float windowShareGood(List<Line> lines, int i, int r) {
    int good = 0;
    int seen = 0;
    for (int j = Math.max(0, i - r); j <= Math.min(lines.size() - 1, i + r); j++) {
      if (j != i) {
        seen++;
        good += lines.get(j).cls == Line.Cls.GOOD ? 1 : 0;
      }
    }
    return seen == 0 ? 0 : (float) good / seen;
  }

  /** The mean of {@code value} over lines {@code i-r .. i+r} (those on the page). */
  private static float windowMean(List<Line> lines, int i, int r, ToDoubleFunction<Line> value) {
    double sum = 0;
    int seen = 0;
    for (int j = Math.max(0, i - r); j <= Math.min(lines.size() - 1, i + r); j++) {
      sum += value.applyAsDouble(lines.get(j));
      seen++;
    }
    return (float) (sum / seen);
  }

  private static float windowMean(float[][] own, int i, int feature, int r) {
    double sum = 0;
    int seen = 0;
    for (int j = Math.max(0, i - r); j <= Math.min(own.length - 1, i + r); j++) {
      sum += own[j][feature];
      seen++;
    }
    return (float) (sum / seen);
  }

  /** Lines of the same DOM parent around this one (list items of one list); 0 for dumps. */
  private static float sameGroupRun(List<Line> lines, int i) {
    int g = lines.get(i).group;
    if (g < 0) {
      return 0;
    }
    int a = i;
    while (a > 0 && lines.get(a - 1).group == g) {
      a--;
    }
    int b = i;
    while (b + 1 < lines.size() && lines.get(b + 1).group == g) {
      b++;
    }
    return log1p(b - a + 1);
  }

  /** {@code (float) Math.log1p(i)} of small counts, computed once: Math.log1p is a native call on Java 17. */
  private static final float[] LOG1P = new float[1024];

  static {
    for (int i = 0; i < LOG1P.length; i++) {
      LOG1P[i] = (float) Math.log1p(i);
    }
  }

  private static float log1p(int i) {
    return i >= 0 && i < LOG1P.length ? LOG1P[i] : (float) Math.log1p(i);
  }

  private static float bit(boolean b) {
    return b ? 1f : 0f;
  }
}
