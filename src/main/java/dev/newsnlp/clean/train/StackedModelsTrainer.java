package dev.newsnlp.clean.train;

import dev.newsnlp.clean.decode.RegionSelector;
import dev.newsnlp.clean.decode.SequenceDecoder;
import dev.newsnlp.clean.headline.HeadlineModel;
import dev.newsnlp.clean.model.LineModel;
import dev.newsnlp.clean.render.Line;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Trains the two models stacked on the line model's log-odds, from the training pages' labels and log-odds
 * the trees gave pages they did not see ({@link CleanerTrainer}): the body's {@link SequenceDecoder} and the
 * {@link HeadlineModel}.
 */
final class StackedModelsTrainer {
  private StackedModelsTrainer() {}

  /** The decoder's weights, on the pages that have a gold body (their lines' labels give the states). */
  static SequenceDecoder trainDecoder(List<CleanerTrainer.Prepared> prepared, float[][] logOdds) {
    List<SequenceDecoder.Example> examples = new ArrayList<>();
    Map<String, Integer> sources = new HashMap<>(); // a page's source as the decoder's group: 0, 1, ...
    for (int k = 0; k < prepared.size(); k++) {
      CleanerTrainer.Prepared pr = prepared.get(k);
      if (pr.page().body() == null || pr.page().body().isBlank()) {
        continue; // only snippets are labelled: the body's span is unknown
      }
      int group = sources.computeIfAbsent(pr.page().source(), source -> sources.size());
      SequenceDecoder.Example ex = SequenceDecoder.example(pr.lines(), logOdds[k], pr.labels().label(),
          pr.labels().weight(), group);
      if (ex != null) {
        examples.add(ex);
      }
    }
    SequenceDecoder d = SequenceDecoder.train(examples);
    // line accuracy of the kept lines on these pages, against the maximum-sum region with positive lines
    long n = 0;
    long okDecoder = 0;
    long okRegion = 0;
    long okZero = 0;
    SequenceDecoder zero = SequenceDecoder.unlearned();
    for (int k = 0; k < prepared.size(); k++) {
      CleanerTrainer.Prepared pr = prepared.get(k);
      if (pr.page().body() == null || pr.page().body().isBlank()) {
        continue;
      }
      int[] states = d.decode(pr.lines(), logOdds[k]);
      int[] zs = zero.decode(pr.lines(), logOdds[k]);
      int[] region = RegionSelector.select(pr.lines(), logOdds[k]);
      for (int i = 0; i < states.length; i++) {
        if (pr.labels().weight()[i] == 0) {
          continue;
        }
        boolean gold = pr.labels().label()[i] > 0.5f;
        boolean byRegion = region != null && i >= region[0] && i <= region[1] && logOdds[k][i] > 0;
        n++;
        okDecoder += (states[i] == SequenceDecoder.BODY) == gold ? 1 : 0;
        okRegion += byRegion == gold ? 1 : 0;
        okZero += (zs[i] == SequenceDecoder.BODY) == gold ? 1 : 0;
      }
    }
    System.out.printf("decoder: %d pages, line accuracy %.4f (maximum-sum region %.4f, unlearned decoder %.4f)%n",
        examples.size(), (double) okDecoder / n, (double) okRegion / n, (double) okZero / n);
    return d;
  }

  /**
   * Training runs only ({@code -Dnewsnlp.headlineEarlyBody=K}): each page is also shown (without its URL) with its
   * decoded body opened K content lines further up, as on a page whose body opens on a ticker or an appeal
   * above the headline. 0 (shipped): off. With K = 6 held-out headline accuracy fell (docs/CLEANER.md).
   */
  static final int EARLY_BODY_LINES = Integer.getInteger("newsnlp.headlineEarlyBody", 0);

  /** The states with the body opened {@code k} content lines above its first line; null when it cannot be. */
  static int @Nullable [] openEarlier(List<Line> lines, int[] states, int k) {
    int start = SequenceDecoder.bodySpan(states)[0];
    if (start <= 0) {
      return null;
    }
    int[] out = states.clone();
    int added = 0;
    for (int i = start - 1; i >= 0 && added < k; i--) {
      out[i] = SequenceDecoder.BODY;
      added += lines.get(i).words > 0 ? 1 : 0;
    }
    return added == 0 ? null : out;
  }

  /** One way the headline model is shown a training page: with or without its URL, with its decoded body. */
  private record View(@Nullable String url, int[] states) {}

  /** The headline trees: fewer and shallower than the line model's, over far fewer rows. */
  private static final Map<String, Object> TITLE_PARAMS = CleanerTrainer.treeParams(5, 0.1, 2);
  private static final int TITLE_ROUNDS = 200;

  /**
   * The headline trees: every candidate line of a page whose gold headline is among its candidates, labelled
   * 1 when it is that headline. Candidates are placed relative to the body the trained decoder finds.
   */
  static Booster trainHeadlines(List<CleanerTrainer.Prepared> prepared, float[][] logOdds, SequenceDecoder decoder,
      boolean ranker) throws XGBoostError {
    int w = HeadlineModel.NAMES.length;
    List<float[]> mats = new ArrayList<>();
    List<float[]> labels = new ArrayList<>();
    int rows = 0;
    int pages = 0;
    for (int k = 0; k < prepared.size(); k++) {
      CleanerTrainer.Prepared pr = prepared.get(k);
      String head = goldHeadline(pr.page());
      if (head == null) {
        continue;
      }
      List<Line> lines = pr.lines();
      int[] states = decoder.decode(lines, logOdds[k]);
      int ruleStart = pr.ruleRegion() == null ? -1 : pr.ruleRegion()[0];
      // each page once with its URL and once without: dumps often come without one (a user's text files), and
      // a model that only saw URLs would read "no slug" as evidence
      List<View> views = new ArrayList<>();
      if (pr.page().url() != null) {
        views.add(new View(pr.page().url(), states));
      }
      views.add(new View(null, states));
      int[] early = EARLY_BODY_LINES > 0 ? openEarlier(lines, states, EARLY_BODY_LINES) : null;
      if (early != null) {
        views.add(new View(null, early));
      }
      for (View v : views) {
        HeadlineModel.Candidates c = HeadlineModel.candidates(lines, logOdds[k], v.states(), ruleStart, v.url(),
            pr.meta());
        float[] y = new float[c.size()];
        boolean any = false;
        for (int j = 0; j < c.size(); j++) {
          if (fold(lines.get(c.index()[j]).text).equals(head)) {
            y[j] = 1;
            any = true;
          }
        }
        if (!any) {
          continue; // the headline is not among the candidates: nothing to rank
        }
        mats.add(c.matrix());
        labels.add(y);
        rows += c.size();
        pages++;
      }
    }
    float[] data = new float[rows * w];
    float[] label = new float[rows];
    int r = 0;
    for (int k = 0; k < mats.size(); k++) {
      int n = labels.get(k).length;
      System.arraycopy(mats.get(k), 0, data, r * w, n * w);
      System.arraycopy(labels.get(k), 0, label, r, n);
      r += n;
    }
    DMatrix d = new DMatrix(data, rows, w, Float.NaN);
    Booster b;
    try {
      d.setLabel(label);
      Map<String, Object> params = TITLE_PARAMS;
      // a ranker: each page's candidates are one query, and the trees learn to put the headline first among
      // its page's lines, not to say of each line alone whether it is a headline
      if (ranker) {
        int[] g = new int[labels.size()];
        for (int k = 0; k < g.length; k++) {
          g[k] = labels.get(k).length;
        }
        d.setGroup(g);
        params = new LinkedHashMap<>(TITLE_PARAMS);
        params.put("objective", "rank:pairwise");
        params.put("eval_metric", "ndcg@1");
      }
      b = XGBoost.train(d, params, TITLE_ROUNDS, Map.of(), null, null);
      if (ranker) {
        b.setAttr(HeadlineModel.RANKER_ATTRIBUTE, "true");
      }
    } finally {
      d.dispose();
    }
    int right = 0;
    for (int k = 0; k < mats.size(); k++) {
      float[] y = labels.get(k);
      float[] p = LineModel.predict(b, mats.get(k), y.length, w);
      int best = 0;
      for (int j = 1; j < p.length; j++) {
        best = p[j] > p[best] ? j : best;
      }
      right += y[best] > 0 ? 1 : 0;
    }
    System.out.printf("headline model: %d pages, %d candidate lines, right on %.3f of its training pages%n", pages,
        rows, (double) right / Math.max(1, pages));
    return b;
  }

  /**
   * The page's headline line as the title scorer defines it (folded): the first derived "with" snippet when
   * it is not body text and shares its first word with the gold title; else the gold title itself.
   */
  static @Nullable String goldHeadline(CleanerTrainer.Page p) {
    if (p.derivedSnippets() && !p.with().isEmpty()) {
      String head = fold(p.with().get(0));
      String title = p.title() == null ? "" : fold(p.title());
      // a derived line much shorter than the gold title is the site's name in it ("Rand's Blog" of "Rand's
      // Blog | The dangerous hubris of ..."), not the headline: such pages teach site names, not headlines
      if (!head.isEmpty() && !fold(p.body() == null ? "" : p.body()).contains(head)
          && List.of(title.split(" ")).contains(head.split(" ")[0])
          && 2 * head.split(" ").length >= title.split(" ").length) {
        return head;
      }
    }
    return p.title() == null || fold(p.title()).isEmpty() ? null : fold(p.title());
  }

  private static final Pattern NON_WORD =
      Pattern.compile("[^\\p{L}\\p{N}_]+");

  static String fold(String s) {
    return NON_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
  }
}
