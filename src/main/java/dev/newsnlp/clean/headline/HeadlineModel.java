package dev.newsnlp.clean.headline;

import dev.newsnlp.clean.PageCleaner;
import dev.newsnlp.clean.decode.SequenceDecoder;
import dev.newsnlp.clean.evidence.Appeals;
import dev.newsnlp.clean.evidence.LineEvidence;
import dev.newsnlp.clean.evidence.NearbyLines;
import dev.newsnlp.clean.model.LineModel;
import dev.newsnlp.clean.render.Line;
import dev.newsnlp.clean.render.PageMeta;
import dev.newsnlp.clean.train.CleanerTrainer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The headline as a learned choice among a page's lines: gradient-boosted trees score each candidate line
 * (its shape and case, the kinds of line that are never headlines, its place relative to the decoded body
 * and to the rules' region, what stands right below it, whether it sits in a run of other headlines, and
 * its agreement with the HTML titles and the URL slug when the page has them); the best candidate is the
 * title. Trained on the training pages' headlines ({@link CleanerTrainer}).
 */
public final class HeadlineModel {
  /** Candidates: lines of a few words up to this many, not paragraphs. */
  static final int MAX_WORDS = 35;
  static final int MAX_CHARS = 250;
  static final int MIN_WORDS = 2;
  /** How far above the decoded body's first line candidates are taken (in lines). */
  static final int REACH_ABOVE = 120;
  /** Positions are counted in content lines and clipped here. */
  private static final int MAX_DISTANCE = 60;
  /** Below this probability the best line is not taken as the page's headline. */
  public static final double MIN_PROBABILITY = 0.1;
  /** From this probability on the article is taken to start at its headline: region lines above it go. */
  public static final double CONFIDENT = 0.5;

  public static final String[] NAMES = {
    "words_log", "chars_log", "ends_period", "ends_question", "ends_colon", "title_case", "all_caps",
    "cls_good", "cls_near", "cls_short", "cls_bad", "bullet", "gap_before", "noise", "menu_run", "caption",
    "teaser", "duplicate", "date_line", "byline_line", "barrier", "comment", "heading", "link_density",
    "dom_noise", "in_article", "meta_exact", "meta_part", "meta_f1", "slug_f1", "to_body", "to_rule_region",
    "rank_above_body", "in_body", "date_or_byline_below", "name_below", "headline_run", "tight_run",
    "label_colon", "two_sentences", "log_odds", "log_odds_below", "body_words_above", "pos", "repeats",
    "rule_score", "stop_density", "log_odds_above", "appeal", "gap_after", "rules_title_score", "lede_overlap",
    "name_like", "glued_to_next", "glued_to_previous"
  };

  private static final Pattern LABEL_COLON = Pattern.compile("^[\\p{Lu}][\\p{L}\\p{N}'’.&\\- ]{0,40}: \\S");
  private static final Pattern TWO_SENTENCES = Pattern.compile("\\p{Ll}[.!?] \\p{Lu}\\p{Ll}");
  private static final Pattern TOKEN = Pattern.compile("[^\\p{L}\\p{N}]+");

  /**
   * The trees' attribute that marks a ranker ({@code rank:pairwise}, one query per page: trained to put the
   * headline first among its page's candidates) rather than trees that score each candidate alone
   * ({@code binary:logistic}). A ranker's margins are turned into a distribution over the page's candidates.
   */
  public static final String RANKER_ATTRIBUTE = "newsnlp_headline_ranker";

  private final Booster trees;
  private final boolean ranker;

  public HeadlineModel(Booster trees) {
    this.trees = trees;
    try {
      this.ranker = "true".equals(trees.getAttr(RANKER_ATTRIBUTE));
    } catch (XGBoostError e) {
      throw new IllegalStateException("cannot read the headline model's attributes", e);
    }
  }

  /** The candidate lines of a page and their feature rows. */
  public record Candidates(int[] index, float[] matrix) {
    public int size() {
      return index.length;
    }
  }

  /**
   * Candidates between {@link #REACH_ABOVE} lines above the decoded body and its last line (the whole page
   * when no line is in the body).
   *
   * @param states each line's {@link SequenceDecoder} state
   * @param ruleStart first line of the rules' region (-1: none)
   */
  public static Candidates candidates(List<Line> lines, float[] logOdds, int[] states, int ruleStart,
      @Nullable String url, @Nullable PageMeta meta) {
    int n = lines.size();
    int[] span = SequenceDecoder.bodySpan(states);
    int bodyStart = span[0];
    int bodyEnd = span[1];
    boolean[] inBody = new boolean[n];
    for (int i = 0; i < n; i++) {
      inBody[i] = states[i] == SequenceDecoder.BODY && lines.get(i).words > 0;
    }
    int lo = bodyStart < 0 ? 0 : Math.max(0, bodyStart - REACH_ABOVE);
    int hi = bodyStart < 0 ? n - 1 : Math.min(n - 1, bodyEnd);
    // content-line ordinal of every line: distances count lines with words only
    int[] ord = new int[n + 1];
    for (int i = 0; i < n; i++) {
      ord[i + 1] = ord[i] + (lines.get(i).words > 0 ? 1 : 0);
    }
    double[] bodyWordsBefore = new double[n + 1];
    for (int i = 0; i < n; i++) {
      bodyWordsBefore[i + 1] = bodyWordsBefore[i] + (inBody[i] ? lines.get(i).words : 0);
    }
    double bodyWords = Math.max(1, bodyWordsBefore[n]);
    Map<String, Integer> counts = new HashMap<>();
    for (Line l : lines) {
      if (l.words > 0) {
        counts.merge(l.text, 1, Integer::sum);
      }
    }
    Set<String> slug = TitleFinder.slugTokens(url);
    List<Set<String>> metaTokens = new ArrayList<>();
    List<String> metaTitles = meta == null ? List.of() : meta.titles;
    for (String t : metaTitles) {
      metaTokens.add(tokens(t.toLowerCase(Locale.ROOT)));
    }
    List<Integer> idx = new ArrayList<>();
    for (int i = lo; i <= hi; i++) {
      Line l = lines.get(i);
      if (l.words >= MIN_WORDS && l.words <= MAX_WORDS && l.text.length() <= MAX_CHARS) {
        idx.add(i);
      }
    }
    int w = NAMES.length;
    float[] m = new float[idx.size() * w];
    String[][] lineTokens = new String[n][];
    Runs runs = new Runs(lines);
    // rank of each candidate above the body: 1 for the nearest
    int above = 0;
    for (int c = idx.size() - 1; c >= 0; c--) {
      int i = idx.get(c);
      float[] f = new float[w];
      Line l = lines.get(i);
      int k = 0;
      f[k++] = (float) Math.log1p(l.words);
      f[k++] = (float) Math.log1p(l.text.length());
      f[k++] = b(l.text.endsWith("."));
      f[k++] = b(l.text.endsWith("?") || l.text.endsWith("!"));
      f[k++] = b(l.text.endsWith(":"));
      f[k++] = b(LineEvidence.titleCase(l));
      f[k++] = b(LineEvidence.isAllCaps(l.text));
      f[k++] = b(l.cls == Line.Cls.GOOD);
      f[k++] = b(l.cls == Line.Cls.NEAR);
      f[k++] = b(l.cls == Line.Cls.SHORT);
      f[k++] = b(l.cls == Line.Cls.BAD);
      f[k++] = b(l.bullet);
      f[k++] = b(l.gapBefore);
      f[k++] = b(l.noise);
      f[k++] = b(l.menuRun);
      f[k++] = b(l.caption);
      f[k++] = b(l.teaser);
      f[k++] = b(l.duplicate);
      f[k++] = b(l.dateLine);
      f[k++] = b(l.bylineLine);
      f[k++] = b(l.barrier);
      f[k++] = b(l.comment);
      f[k++] = l.heading;
      f[k++] = (float) l.linkDensity;
      f[k++] = (float) l.domNoise;
      f[k++] = b(l.inArticle);
      // agreement with the HTML titles (NaN: the page gives none, as text dumps never do)
      if (metaTitles.isEmpty()) {
        f[k++] = Float.NaN;
        f[k++] = Float.NaN;
        f[k++] = Float.NaN;
      } else {
        boolean exact = false;
        boolean part = false;
        double f1 = 0;
        Set<String> lt = tokens(l.lower);
        for (int t = 0; t < metaTitles.size(); t++) {
          exact |= metaTitles.get(t).equals(l.text);
          part |= l.words >= 3 && metaTitles.get(t).contains(l.text);
          f1 = Math.max(f1, f1(lt, metaTokens.get(t)));
        }
        f[k++] = b(exact);
        f[k++] = b(part);
        f[k++] = (float) f1;
      }
      f[k++] = slug.isEmpty() ? Float.NaN : (float) f1(tokens(l.lower), slug);
      f[k++] = bodyStart < 0 ? Float.NaN : clip(ord[i] - ord[bodyStart]);
      f[k++] = ruleStart < 0 ? Float.NaN : clip(ord[i] - ord[ruleStart]);
      boolean aboveBody = bodyStart >= 0 && i < bodyStart;
      f[k++] = aboveBody ? ++above : 0;
      f[k++] = b(inBody[i]);
      // what stands right below: a byline or date (a headline's usual company), an author's bare name
      float below = 0;
      float name = 0;
      for (int j = i + 1, seen = 0; j < n && seen < 3; j++) {
        Line g = lines.get(j);
        if (g.words == 0) {
          continue;
        }
        seen++;
        if (g.dateLine || g.bylineLine) {
          below = seen == 1 ? 1f : 0.5f;
          break;
        }
        if (seen == 1 && LineEvidence.nameLike(g)) {
          name = 1;
        }
      }
      f[k++] = below;
      f[k++] = name;
      f[k++] = runs.headlines(i);
      f[k++] = runs.tight(i);
      f[k++] = b(LABEL_COLON.matcher(l.text).find());
      f[k++] = b(TWO_SENTENCES.matcher(l.text).find());
      f[k++] = logOdds[i];
      f[k++] = neighbourLogOdds(lines, logOdds, i, 1);
      f[k++] = (float) (bodyWordsBefore[i] / bodyWords);
      f[k++] = (float) i / n;
      f[k++] = counts.getOrDefault(l.text, 1) - 1;
      f[k++] = (float) l.score;
      f[k++] = (float) l.stopDensity();
      f[k++] = neighbourLogOdds(lines, logOdds, i, -1);
      f[k++] = b(Appeals.isAppeal(l));
      Line next = NearbyLines.nextContent(lines, i, n - 1);
      f[k++] = next == null ? Float.NaN : b(next.gapBefore);
      // the rules' own headline score of the line alone (shape, case, meta and slug agreement)
      f[k++] = (float) TitleFinder.titleScore(l, slug, metaTitles);
      // a headline's words come back in the article's first paragraphs; an author's name, a caption or a
      // section heading's mostly do not
      f[k++] = ledeOverlap(lines, i, inBody, lineTokens);
      f[k++] = b(LineEvidence.nameLike(l));
      // "Home News Harbor city approves ..." over "Harbor city approves ...": a breadcrumb glued to the
      // headline, and the clean headline under it
      Line prev = NearbyLines.prevContent(lines, i, 0);
      f[k++] = b(next != null && next.words > 0 && next.text.length() < l.text.length() && l.text.endsWith(next.text));
      f[k++] = b(prev != null && l.text.length() < prev.text.length() && prev.text.endsWith(l.text));
      System.arraycopy(f, 0, m, c * w, w);
    }
    int[] index = new int[idx.size()];
    for (int c = 0; c < index.length; c++) {
      index[c] = idx.get(c);
    }
    return new Candidates(index, m);
  }

  /** Words of the body's first paragraphs below a line in which its own words are looked up. */
  private static final int LEDE_WORDS = 150;
  /** Shorter words (articles, prepositions) say nothing of a line's topic. */
  private static final int MIN_TOPIC_WORD_CHARS = 4;

  /** Share of the line's topic words found in the first {@link #LEDE_WORDS} body words below it. */
  static float ledeOverlap(List<Line> lines, int i, boolean[] inBody, String[][] lineTokens) {
    Set<String> own = new HashSet<>();
    for (String t : tokensOf(lines, i, lineTokens)) {
      if (t.length() >= MIN_TOPIC_WORD_CHARS) {
        own.add(t);
      }
    }
    if (own.isEmpty()) {
      return Float.NaN;
    }
    Set<String> found = new HashSet<>();
    int words = 0;
    for (int j = i + 1; j < lines.size() && words < LEDE_WORDS; j++) {
      Line g = lines.get(j);
      if (!inBody[j] || g.text.equals(lines.get(i).text)) {
        continue;
      }
      for (String t : tokensOf(lines, j, lineTokens)) {
        if (own.contains(t)) {
          found.add(t);
        }
      }
      words += g.words;
    }
    return words == 0 ? Float.NaN : (float) found.size() / own.size();
  }

  /** Line j's lower-case tokens, split once per page: every candidate above a paragraph reads it again. */
  private static String[] tokensOf(List<Line> lines, int j, String[][] lineTokens) {
    if (lineTokens[j] == null) {
      lineTokens[j] = TOKEN.split(lines.get(j).lower);
    }
    return lineTokens[j];
  }

  /** Mean log-odds of the three content lines after ({@code step} 1) or before (-1) line i. */
  private static float neighbourLogOdds(List<Line> lines, float[] logOdds, int i, int step) {
    double s = 0;
    int seen = 0;
    for (int j = i + step; j >= 0 && j < lines.size() && seen < 3; j += step) {
      if (lines.get(j).words > 0) {
        s += logOdds[j];
        seen++;
      }
    }
    return seen == 0 ? Float.NaN : (float) (s / seen);
  }

  /** A headline-shaped line: a few words, no paragraph, no label. */
  private static boolean headlineShaped(Line l) {
    return l.words >= 4 && l.words <= 30 && !l.dateLine && !l.bylineLine && !l.noise
        && !(l.cls == Line.Cls.GOOD && l.words > 20 && l.endsSentence);
  }

  /**
   * Per line, counted once per page (a page of many short lines would otherwise be walked again from every
   * candidate): how many headline-shaped lines stand around it with no prose paragraph between them (a
   * ticker or a list of other stories is a run of them; a page's own headline mostly stands alone), and how
   * many lines around it follow one another without a blank line between them.
   */
  private static final class Runs {
    private final int[] headlinesAbove;
    private final int[] headlinesBelow;
    private final int[] tightAbove;
    private final int[] tightBelow;

    Runs(List<Line> lines) {
      int n = lines.size();
      headlinesAbove = new int[n];
      headlinesBelow = new int[n];
      tightAbove = new int[n];
      tightBelow = new int[n];
      int run = 0;
      for (int i = 0; i < n; i++) {
        headlinesAbove[i] = run;
        Line l = lines.get(i);
        if (l.words > 0) {
          run = headlineShaped(l) ? run + 1 : 0; // lines without words neither extend nor break a run
        }
        tightAbove[i] = i > 0 && !l.gapBefore ? 1 + tightAbove[i - 1] : 0;
      }
      run = 0;
      for (int i = n - 1; i >= 0; i--) {
        headlinesBelow[i] = run;
        Line l = lines.get(i);
        if (l.words > 0) {
          run = headlineShaped(l) ? run + 1 : 0;
        }
        tightBelow[i] = i + 1 < n && !lines.get(i + 1).gapBefore ? 1 + tightBelow[i + 1] : 0;
      }
    }

    float headlines(int i) {
      return headlinesAbove[i] + headlinesBelow[i];
    }

    float tight(int i) {
      return tightAbove[i] + tightBelow[i];
    }
  }

  private static float clip(int d) {
    return Math.max(-MAX_DISTANCE, Math.min(MAX_DISTANCE, d));
  }

  private static float b(boolean v) {
    return v ? 1f : 0f;
  }

  static Set<String> tokens(String lower) {
    Set<String> out = new HashSet<>();
    for (String t : TOKEN.split(lower)) {
      if (t.length() > 1) {
        out.add(t);
      }
    }
    return out;
  }

  private static double f1(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int hit = 0;
    for (String t : a) {
      hit += b.contains(t) ? 1 : 0;
    }
    if (hit == 0) {
      return 0;
    }
    double p = (double) hit / a.size();
    double r = (double) hit / b.size();
    return 2 * p * r / (p + r);
  }

  /** For {@link PageCleaner#explain}: per candidate, the features that moved its score most (SHAP values). */
  public String[] explain(Candidates c, int top) {
    return c.size() == 0 ? new String[0] : LineModel.explain(trees, c.matrix(), c.size(), NAMES, top, false);
  }


  /** Whether the trees rank each page's candidates ({@link #RANKER_ATTRIBUTE}) rather than score each alone. */
  public boolean ranker() {
    return ranker;
  }

  /**
   * Probability that each candidate is the page's headline: of each alone (trees that score a line), or the
   * share of the page's one headline (a ranker: softmax over the page's candidates).
   */
  public float[] probabilities(Candidates c) {
    if (c.size() == 0) {
      return new float[0];
    }
    float[] margin = LineModel.predict(trees, c.matrix(), c.size(), NAMES.length);
    float[] p = new float[margin.length];
    if (ranker) {
      double max = Double.NEGATIVE_INFINITY;
      for (float m : margin) {
        max = Math.max(max, m);
      }
      double[] e = new double[p.length];
      double sum = 0;
      for (int i = 0; i < p.length; i++) {
        e[i] = Math.exp(margin[i] - max);
        sum += e[i];
      }
      for (int i = 0; i < p.length; i++) {
        p[i] = (float) (e[i] / sum);
      }
      return p;
    }
    for (int i = 0; i < p.length; i++) {
      p[i] = (float) (1 / (1 + Math.exp(-margin[i])));
    }
    return p;
  }
}
