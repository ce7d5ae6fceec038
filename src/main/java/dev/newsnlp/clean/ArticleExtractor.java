package dev.newsnlp.clean;

import dev.newsnlp.clean.decode.RegionSelector;
import dev.newsnlp.clean.decode.SequenceDecoder;
import dev.newsnlp.clean.evidence.Appeals;
import dev.newsnlp.clean.evidence.CaptionsAndEchoes;
import dev.newsnlp.clean.evidence.CommentThreads;
import dev.newsnlp.clean.evidence.LineEvidence;
import dev.newsnlp.clean.evidence.ListsAndBoxes;
import dev.newsnlp.clean.evidence.NoiseLines;
import dev.newsnlp.clean.evidence.RuleScores;
import dev.newsnlp.clean.evidence.ReadabilityBody;
import dev.newsnlp.clean.evidence.StructuredBody;
import dev.newsnlp.clean.evidence.Teasers;
import dev.newsnlp.clean.headline.HeadlineModel;
import dev.newsnlp.clean.headline.Metadata;
import dev.newsnlp.clean.headline.TitleFinder;
import dev.newsnlp.clean.model.LineModel;
import dev.newsnlp.clean.render.Extraction;
import dev.newsnlp.clean.render.Line;
import dev.newsnlp.clean.render.PageMeta;
import dev.newsnlp.clean.verdicts.PageVerdicts;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The block classifier shared by the text-dump and the HTML paths: composes the passes, each in its own
 * class.
 *
 * <ol>
 *   <li>{@link #evidence}, the rule detectors, whose flags the learned cleaner also reads as features:
 *       per-line text features and classes ({@link LineEvidence}, {@link NoiseLines}), reader comments
 *       ({@link CommentThreads}), menus, tight blocks, announced lists and inline boxes ({@link
 *       ListsAndBoxes}), captions and echoes ({@link CaptionsAndEchoes}), teasers ({@link Teasers}), the
 *       JSON-LD body ({@link StructuredBody}), and the rules' line scores ({@link RuleScores}).
 *   <li>The kept region: the rules' maximum-sum run of line scores, where section-end headings ("Most Read",
 *       "Comments", "Related") act as barriers, and the lines kept inside it ({@link RuleScores}); or, for
 *       the learned cleaner ({@link #extractLearned}), the line model's log-odds ({@link RegionSelector}).
 *   <li>The title just above the body, helped by the URL slug and the HTML meta ({@link TitleFinder}); byline
 *       and date ({@link Metadata}).
 *   <li>Page-level verdicts: error pages, consent walls, listings, too little prose ({@link PageVerdicts}).
 *   <li>The cleaned text ({@link ArticleRenderer}).
 * </ol>
 */
public final class ArticleExtractor {

  private ArticleExtractor() {}

  /** The rules alone ({@code --cleaner=rules}): the rules' maximum-sum region and their choice inside it. */
  public static Extraction extract(List<Line> lines, @Nullable String url, @Nullable PageMeta meta) {
    return extract(lines, url, meta, ArticleExtractor::selectByRules, TitleFinder::findTitle);
  }

  private static boolean selectByRules(Extraction x) {
    int[] region = RuleScores.maxRegion(x.lines);
    if (region != null) {
      x.start = region[0];
      x.end = region[1];
      RuleScores.selectInside(x);
    }
    return region != null;
  }

  /**
   * The learned cleaner: the rule detectors' evidence as features, the line model's log-odds, the body
   * decoded over them ({@link SequenceDecoder}, or the maximum-sum region of {@link RegionSelector} where
   * {@link #decodesBody} says so), then the learned headline, metadata and page-level verdicts. Pages not in
   * {@link Extraction#MODEL_LANGUAGE} get the rules' selection.
   */
  static Extraction extractLearned(List<Line> lines, @Nullable String url, @Nullable PageMeta meta, LineModel model,
      boolean html) {
    boolean decode = decodesBody(html);
    return extract(lines, url, meta, x -> {
      if (!x.language.equals(Extraction.MODEL_LANGUAGE)) {
        return selectByRules(x); // the model learned from English pages only
      }
      int[] ruleRegion = RuleScores.maxRegion(x.lines);
      float[] logOdds = model.logOdds(x.lines, ruleRegion);
      int[] states = decode ? model.decoder().decode(x.lines, logOdds) : regionStates(x.lines, logOdds);
      if (html && READABILITY_FALLBACK) {
        readabilityFallback(x.lines, states);
      }
      int[] span = SequenceDecoder.bodySpan(states);
      if (span[0] < 0) {
        return false;
      }
      int[] headStates = decode && TRIM_FOR_HEADLINE ? trimmedAtRules(x.lines, states, span, ruleRegion) : states;
      if (TRIM_BODY && headStates != states) {
        states = headStates;
        span = SequenceDecoder.bodySpan(states);
      }
      x.logOdds = logOdds;
      x.states = headStates;
      x.ruleStart = ruleRegion == null ? -1 : ruleRegion[0];
      x.start = span[0];
      x.end = decode && closesWithTightRun(x.lines, span, ruleRegion) ? ruleRegion[1] : span[1];
      int words = 0;
      Set<String> keptTexts = new HashSet<>();
      for (int i = x.start; i <= x.end; i++) {
        Line l = x.lines.get(i);
        // a paragraph the page repeats (a caption under its image and in a slideshow) is kept once; a
        // sign-up or donation notice never (the training pages, mostly from 2007-2012, have few of them)
        l.keep = states[i] == SequenceDecoder.BODY && !l.text.isEmpty() && !Appeals.isNotice(l)
            && keptTexts.add(l.text);
        words += l.keep ? l.words : 0;
      }
      x.bodyWords = words;
      return true;
    }, (x, u, m) -> {
      if (x.states == null || RULES_TITLE) {
        TitleFinder.findTitle(x, u, m); // the rules' selection: the rules' title
      } else {
        learnedTitle(x, u, m, model.headline(), fallsBackToRulesTitle(html));
      }
    });
  }

  /**
   * Ablations for leave-one-source-out runs, never for users: {@code -Dnewsnlp.decoder=region} (or
   * {@code decoder}) takes the maximum-sum region (or the sequence decoder) for both kinds of input,
   * {@code -Dnewsnlp.headline=rules} the rules' title, {@code -Dnewsnlp.titleFallback=on|off} the rules' title
   * when the headline model is unsure.
   */
  private static final String BODY_BY = System.getProperty("newsnlp.decoder", "");
  private static final boolean RULES_TITLE = "rules".equals(System.getProperty("newsnlp.headline"));
  private static final String TITLE_FALLBACK = System.getProperty("newsnlp.titleFallback", "");

  /**
   * Whether a page whose best headline candidate is unlikely (below {@link HeadlineModel#MIN_PROBABILITY})
   * gets the rules' title instead of none: chosen per kind of input by leave-one-source-out over the four
   * training sources. On dumps the fallback won (mean headline accuracy 0.385 against 0.365, snippet F1
   * 0.872 against 0.870); on HTML, where the model is rarely unsure, it lost a little (snippet F1 0.895
   * against 0.896). {@code -Dnewsnlp.titleFallback=on|off} overrides it for such runs.
   */
  static boolean fallsBackToRulesTitle(boolean html) {
    return TITLE_FALLBACK.equals("on") || !TITLE_FALLBACK.equals("off") && !html;
  }

  /**
   * Where the rules' title is the fallback (dumps), it is taken below this probability of the model's best line:
   * {@link HeadlineModel#MIN_PROBABILITY}, which scored best held out of 0.10, 0.15, 0.2 and 0.3
   * ({@code -Dnewsnlp.titleFallbackBelow=P}, an ablation; docs/CLEANER.md).
   */
  static final double FALLBACK_BELOW = Double.parseDouble(
      System.getProperty("newsnlp.titleFallbackBelow", String.valueOf(HeadlineModel.MIN_PROBABILITY)));

  private static final boolean FALLBACK_FROM_RULES_REGION =
      !System.getProperty("newsnlp.titleFallbackAnchor", "rules").equals("body");

  /**
   * The rules' title when the headline model is unsure. When the decoded body opens with a tight run of
   * lines ({@link #opensWithTightRun}: a ticker of other stories' headlines reads like prose line by line), the
   * title is searched above the rules' own region, where the rules cleaner looks for it, and the body then
   * starts at that title; otherwise above the decoded body (docs/CLEANER.md, "Tight runs").
   * {@code -Dnewsnlp.titleFallbackAnchor=body} (an ablation) searches
   * from the decoded body's start instead.
   */
  private static void rulesTitle(Extraction x, @Nullable String url, @Nullable PageMeta meta) {
    int start = x.start;
    if (FALLBACK_FROM_RULES_REGION && opensTickerAboveRules(x)) {
      x.start = x.ruleStart;
    }
    TitleFinder.findTitle(x, url, meta);
    if (x.titleIndex < 0 || x.titleIndex > x.start) {
      x.start = Math.min(x.start, start); // no title above the rules' region: the decoded body stays whole
    }
  }

  /**
   * Whether the decoded body runs on past the rules' region into one run of {@link #MIN_TIGHT_RUN} or more short
   * lines set close together, none of them a sentence and not announced by the line before (no colon): topic
   * tags or a link list after the last paragraph, which the body then does not take. A list the article
   * introduces, or prose after the region, stays.
   */
  private static boolean closesWithTightRun(List<Line> lines, int[] span, int @Nullable [] ruleRegion) {
    if (!TIGHT_RUNS || ruleRegion == null || ruleRegion[1] < span[0] || ruleRegion[1] >= span[1]) {
      return false;
    }
    Line before = lines.get(ruleRegion[1]);
    if (before.text.endsWith(":")) {
      return false;
    }
    int run = 0;
    for (int i = ruleRegion[1] + 1; i <= span[1]; i++) {
      Line l = lines.get(i);
      if (l.words == 0) {
        continue;
      }
      if ((run > 0 && l.gapBefore) || l.endsSentence || l.words > MAX_TIGHT_RUN_WORDS) {
        return false;
      }
      run++;
    }
    return run >= MIN_TIGHT_RUN;
  }

  /** A line of a tag or link list: a few words. */
  private static final int MAX_TIGHT_RUN_WORDS = 4;

  /** {@code -Dnewsnlp.tightRuns=off}: an ablation of both tight-run checks (the decoded body as decoded). */
  private static final boolean TIGHT_RUNS = !System.getProperty("newsnlp.tightRuns", "on").equals("off");

  /** A run of lines this long with no blank line between them opens no article: a ticker, a list of links. */
  private static final int MIN_TIGHT_RUN = 3;

  /**
   * Ablation, never for users ({@code -Dnewsnlp.tightRunTrim}; docs/CLEANER.md, "The ticker page's headline"):
   * when the decoded dump body opens with a tight run and the rules' region starts inside it, {@code headline}
   * shows the headline model the body as starting at the rules' region, {@code early} also cuts the body
   * there; {@code late} (shipped) does neither, and only an unsure headline model's fallback looks above the
   * rules' region. Both lowered held-out scores.
   */
  private static final String TRIM = System.getProperty("newsnlp.tightRunTrim", "late");
  private static final boolean TRIM_FOR_HEADLINE = !TRIM.equals("late");
  private static final boolean TRIM_BODY = TRIM.equals("early");

  /** The states with the body's opening tight run set before it, when the rules' region starts inside it. */
  private static int[] trimmedAtRules(List<Line> lines, int[] states, int[] span, int @Nullable [] ruleRegion) {
    if (ruleRegion == null || ruleRegion[0] <= span[0] || ruleRegion[0] > span[1]
        || !opensWithTightRun(lines, span[0], span[1])) {
      return states;
    }
    int[] out = states.clone();
    Arrays.fill(out, span[0], ruleRegion[0], SequenceDecoder.BEFORE);
    return out;
  }

  /**
   * Whether the decoded body opens with a run of {@link #MIN_TIGHT_RUN} or more lines set close together (no
   * blank line between them): an article opens with its headline or a paragraph standing apart; a ticker of
   * other stories' headlines, or a list of links, is such a run.
   */
  private static boolean opensWithTightRun(List<Line> lines, int start, int end) {
    int run = 0;
    for (int i = start; i <= end; i++) {
      Line l = lines.get(i);
      if (l.words == 0) {
        continue;
      }
      if (run > 0 && l.gapBefore) {
        break;
      }
      run++;
    }
    return run >= MIN_TIGHT_RUN;
  }

  /** {@code -Dnewsnlp.readabilityFallback=off}: an ablation of {@link #readabilityFallback} (docs/CLEANER.md). */
  private static final boolean READABILITY_FALLBACK =
      !System.getProperty("newsnlp.readabilityFallback", "on").equals("off");

  /** Readability's article this long is an article, not a summary or a caption. */
  private static final int MIN_FALLBACK_WORDS = 150;

  /**
   * A recall fallback on HTML: when the decoded body holds under a third of the words of Readability's article
   * (and that article has {@link #MIN_FALLBACK_WORDS} or more), the body becomes Readability's lines.
   */
  static void readabilityFallback(List<Line> lines, int[] states) {
    int decoded = 0;
    int readability = 0;
    int first = -1;
    int last = -1;
    for (int i = 0; i < states.length; i++) {
      Line l = lines.get(i);
      decoded += states[i] == SequenceDecoder.BODY ? l.words : 0;
      if (l.rdBody > 0) {
        readability += l.words;
        first = first < 0 ? i : first;
        last = i;
      }
    }
    if (readability < MIN_FALLBACK_WORDS || decoded * 3 >= readability) {
      return;
    }
    for (int i = 0; i < states.length; i++) {
      states[i] = i < first ? SequenceDecoder.BEFORE : i > last ? SequenceDecoder.AFTER
          : lines.get(i).rdBody > 0 ? SequenceDecoder.BODY : SequenceDecoder.INTERRUPTION;
    }
    if (Extraction.DEBUG.get() != null) {
      Extraction.DEBUG.get().append("readability fallback: decoded ").append(decoded).append(" words, Readability ")
          .append(readability).append('\n');
    }
  }

  /**
   * Whether the body is decoded (or is the maximum-sum region): chosen per kind of input by leave-one-source-out
   * over the four training sources. On dumps the decoder won (mean snippet F1 0.870 against 0.861 for the
   * region, body F1 0.888 against 0.885); on HTML it lost (0.890 against 0.896, body 0.916 against 0.919).
   */
  static boolean decodesBody(boolean html) {
    return !BODY_BY.equals("region") && (BODY_BY.equals("decoder") || !html);
  }

  /** The maximum-sum region's states: its positive lines in the body, its negative ones interruptions. */
  private static int[] regionStates(List<Line> lines, float[] logOdds) {
    int[] states = new int[lines.size()];
    int[] region = RegionSelector.select(lines, logOdds);
    for (int i = 0; i < states.length; i++) {
      states[i] = region == null || i < region[0] ? SequenceDecoder.BEFORE : i > region[1] ? SequenceDecoder.AFTER
          : logOdds[i] > 0 ? SequenceDecoder.BODY : SequenceDecoder.INTERRUPTION;
    }
    return states;
  }

  /** The headline model's best candidate, when it is likely enough, becomes the title. */
  private static void learnedTitle(Extraction x, @Nullable String url, @Nullable PageMeta meta, HeadlineModel model,
      boolean rulesTitleFallback) {
    HeadlineModel.Candidates c = HeadlineModel.candidates(x.lines, x.logOdds, x.states, x.ruleStart, url, meta);
    float[] p = model.probabilities(c);
    int best = -1;
    for (int j = 0; j < p.length; j++) {
      if (best < 0 || p[j] > p[best]) {
        best = j;
      }
    }
    if (Extraction.DEBUG.get() != null) {
      String[] why = model.explain(c, 4);
      for (int j = 0; j < p.length; j++) {
        if (p[j] >= 0.02) {
          Extraction.DEBUG.get().append(String.format("title? %4d %5.2f%-70s %s%n", c.index()[j], p[j], why[j],
              x.lines.get(c.index()[j]).text));
        }
      }
    }
    double floor = rulesTitleFallback ? FALLBACK_BELOW : HeadlineModel.MIN_PROBABILITY;
    if (best < 0 || p[best] < floor) {
      if (rulesTitleFallback) {
        rulesTitle(x, url, meta);
      }
      return;
    }
    int title = c.index()[best];
    // where the rules' title is the fallback (dumps), the body starts where it would start under that title
    if (rulesTitleFallback && TIGHT_RUN_START_FOR_MODEL && title < x.ruleStart && opensTickerAboveRules(x)) {
      x.start = x.ruleStart; // the lines between the title and the region keep a place as paragraphs only
    }
    TitleFinder.applyTitle(x, title, p[best] >= HeadlineModel.CONFIDENT);
  }

  /**
   * Whether the decoded body opens with a tight run ({@link #opensWithTightRun}) and the rules' own region
   * starts inside it: the body's opening lines are likely a ticker or a list, not the article.
   */
  private static boolean opensTickerAboveRules(Extraction x) {
    return TIGHT_RUNS && x.ruleStart > x.start && x.ruleStart <= x.end && opensWithTightRun(x.lines, x.start, x.end);
  }

  /**
   * A body that {@link #opensTickerAboveRules} starts at the rules' region under the model's title too, as
   * under the rules' title: held out it found 1 and 4 fewer of 9,897 "with" snippets at two seeds
   * (docs/CLEANER.md, "The headline as a ranking"); on the ticker seed page it keeps the photo caption between
   * the deck and the first paragraph out. {@code -Dnewsnlp.tightRunStart=fallback} (an ablation): only under
   * the rules' title.
   */
  private static final boolean TIGHT_RUN_START_FOR_MODEL =
      !System.getProperty("newsnlp.tightRunStart", "any").equals("fallback");

  /** Chooses the article's lines of a page whose lines carry the rule evidence: sets start, end and keep. */
  private interface Selection {
    /** False when the page has no article region. */
    boolean select(Extraction x);
  }

  /** Chooses the title of a page whose article lines are chosen. */
  private interface Titling {
    void title(Extraction x, @Nullable String url, @Nullable PageMeta meta);
  }

  private static Extraction extract(List<Line> lines, @Nullable String url, @Nullable PageMeta meta, Selection how,
      Titling titling) {
    Extraction x = new Extraction(lines);
    if (lines.isEmpty()) {
      x.dropReason = DropReasons.EMPTY;
      return x;
    }
    x.language = evidence(lines, meta);
    if (!how.select(x)) {
      x.dropReason = PageVerdicts.pageDropReason(x, url, meta);
      if (x.dropReason == null) {
        x.dropReason = DropReasons.NO_ARTICLE_TEXT;
      }
      return x;
    }
    titling.title(x, url, meta);
    Metadata.metadata(x, meta);
    x.dropReason = PageVerdicts.pageDropReason(x, url, meta);
    return x;
  }

  /**
   * The rule detectors: per-line classes and flags (noise, menus, captions, teasers, comments, bylines,
   * dates, ...) and the rules' own score. The learned cleaner reads them as features.
   */
  public static String evidence(List<Line> lines, @Nullable PageMeta meta) {
    String language = LineEvidence.features(lines);
    LineEvidence.classify(lines);
    CommentThreads.markCommentThreads(lines);
    ListsAndBoxes.markLists(lines);
    ListsAndBoxes.markTightBlocks(lines);
    ListsAndBoxes.markAnnouncedLists(lines);
    ListsAndBoxes.inlineBoxes(lines);
    CaptionsAndEchoes.markCaptions(lines);
    CaptionsAndEchoes.markEchoes(lines);
    Teasers.markTeaserUnits(lines);
    Teasers.markReadMoreTeasers(lines);
    StructuredBody.markStructuredBody(lines, meta);
    ReadabilityBody.markReadabilityBody(lines, meta);
    RuleScores.scoreLines(lines);
    return language;
  }

  /** A Title Case headline glued to its summary ({@link Teasers#gluedTeaser}). */
  static boolean gluedTeaser(String t) {
    return Teasers.gluedTeaser(t);
  }
}
