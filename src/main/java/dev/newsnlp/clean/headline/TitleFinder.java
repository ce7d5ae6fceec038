package dev.newsnlp.clean.headline;

import dev.newsnlp.clean.evidence.Appeals;
import dev.newsnlp.clean.evidence.LineEvidence;
import dev.newsnlp.clean.evidence.NearbyLines;
import dev.newsnlp.clean.render.Extraction;
import dev.newsnlp.clean.render.Line;
import dev.newsnlp.clean.render.PageMeta;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The title: searched just above the body, helped by the URL slug and the HTML meta titles.
 */
public final class TitleFinder {
  private TitleFinder() {}

  /** Every kept paragraph weighs at least this in the prose mass below a title */
  private static final double MIN_PARAGRAPH_MASS = 0.5;
  private static final int TITLE_REACH_ABOVE = 120; // the title is searched this many lines above the region
  private static final double MIN_MASS_BELOW = 0.6; // the title stands above at least 60% of the article's prose
  private static final int MAX_LINES_TO_BODY = 25; // a title is at most this many content lines above the body ...
  private static final int MAX_MENU_LINES_TO_BODY = 12; // ... with at most this many menu lines between
  private static final int MAX_PROSE_TITLE_WORDS = 15; // a prose line ending in a period is a paragraph when longer
  private static final double NEAR_BODY_BONUS = 1.5; // close above the body: the nearer the better ...
  private static final double BONUS_LOSS_PER_LINE = 0.1; // ... losing this much per line between
  private static final double MENU_LINE_PENALTY = 0.05; // a menu line between title and body
  private static final double SUBHEADING_PENALTY = 2; // a subheading inside the article, not its headline
  private static final int BYLINE_REACH = 3; // the byline or date under a headline, within a few content lines
  private static final double BYLINE_RIGHT_BELOW_BONUS = 1.0; // a byline or date line right under the line
  private static final double BYLINE_BELOW_BONUS = 0.7; // one a line or two further down
  private static final double AUTHOR_NAME_BONUS = 0.6; // an author's bare name right under the headline
  private static final double SCORE_EPSILON = 1e-9; // ties go to the first line
  /** A headline repeated further down (nearer the body) wins when almost as good */
  private static final double REPEAT_TOLERANCE = 0.3;
  private static final double MIN_TITLE_SCORE = 1.6; // a weaker best line is no title
  private static final int ABOVE_REACH = 2; // the line just above the chosen one
  private static final int MIN_ABOVE_TITLE_WORDS = 8; // a long headline above its deck ...
  private static final int MAX_ABOVE_TITLE_WORDS = 30; // ... that is not a paragraph
  private static final int BELOW_REACH = 2; // the line just below the chosen one
  private static final int MIN_BELOW_TITLE_WORDS = 4; // the clean headline under a breadcrumb trail has a few words
  private static final double CONFIDENT_SCORE = 3.5; // a title this sure cuts the region lines above it
  private static final int MIN_TITLE_WORDS = 2; // a title has two words at least ...
  private static final int MAX_TITLE_WORDS = 35; // ... and is no paragraph
  private static final int MAX_TITLE_CHARS = 250; // however few its words
  private static final double BASE_SCORE = 0.5; // any candidate line
  private static final double H1_BONUS = 2.5; // HTML: the page's h1
  private static final double H2_H3_BONUS = 0.5; // HTML: an h2 or h3
  private static final double META_TITLE_BONUS = 3; // the line is the title the HTML meta gives
  private static final int MIN_META_PART_WORDS = 3; // a line of a few words inside the meta title (site name cut off)
  private static final double META_PART_BONUS = 2; // the line is part of the meta title
  private static final int MIN_F1_LINE_TOKENS = 3; // short lines made of one slug word do not win
  private static final int MAX_F1_SLUG_TOKENS = 12; // long slugs: matching a dozen tokens is full recall
  private static final double SLUG_BONUS = 4.5; // the F1 of line tokens against the URL slug's, weighted
  private static final double BULLET_PENALTY = 0.7; // a list item is rarely the headline
  private static final int MAX_PERIOD_TITLE_WORDS = 6; // a headline does not end in a period unless short
  private static final double PERIOD_PENALTY = 0.8; // a longer line ending in a period
  private static final double TWO_SENTENCES_PENALTY = 1.5; // two sentences: a standfirst or an appeal, not a headline
  private static final double COLON_PENALTY = 1; // introduces what follows
  private static final int MIN_HEADLINE_WORDS = 4; // a headline has a few words ...
  private static final int MAX_HEADLINE_WORDS = 25; // ... and is no paragraph
  private static final double HEADLINE_LENGTH_BONUS = 0.5; // headline length
  private static final double PARAGRAPH_PENALTY = 1; // a prose line longer than a headline
  private static final int MAX_SENTENCE_TITLE_WORDS = 15; // a longer prose sentence (not a question) is a paragraph
  private static final double SENTENCE_PENALTY = 1.5; // a long prose sentence
  private static final int MAX_AUTHOR_NAME_WORDS = 3; // "Jane Doe": the author under the headline
  private static final double AUTHOR_NAME_PENALTY = 1; // a bare author name
  private static final int MIN_SENTENCE_SPACES = 2; // the first sentence has a few words
  private static final int MIN_SLUG_TOKENS = 2; // one token is no slug to compare with ("index", "article")

  public static void findTitle(Extraction x, @Nullable String url, @Nullable PageMeta meta) {
    List<Line> lines = x.lines;
    Set<String> slug = slugTokens(url);
    List<String> metaTitles = meta == null ? List.of() : meta.titles;
    // Prose mass of the region from each line on: the title must stand before most of the article.
    int n = lines.size();
    double[] massAfter = new double[n + 1];
    for (int i = Math.min(x.end, n - 1); i >= 0; i--) {
      Line l = lines.get(i);
      double m = i >= x.start && l.keep && l.cls == Line.Cls.GOOD ? Math.max(MIN_PARAGRAPH_MASS, l.score) : 0;
      massAfter[i] = massAfter[i + 1] + m;
    }
    double total = massAfter[Math.max(0, x.start)];
    int bestIdx = -1;
    double best = 0;
    int lo = Math.max(0, x.start - TITLE_REACH_ABOVE);
    for (int i = lo; i <= x.end; i++) {
      Line l = lines.get(i);
      double sc = titleScore(l, slug, metaTitles);
      if (sc <= 0) {
        continue;
      }
      if (massAfter[i + 1] < MIN_MASS_BELOW * total) {
        break;
      }
      // distance (in content lines) to the next kept prose line of the region
      int dist = 0;
      int k = i + 1;
      int menu = 0;
      boolean barrier = false;
      for (; k <= x.end; k++) {
        Line f = lines.get(k);
        if (k >= x.start && f.keep && f.cls == Line.Cls.GOOD) {
          break;
        }
        if (f.barrier) {
          barrier = true;
        }
        if (f.words == 0 || f.noise) {
          continue;
        }
        if (f.menuRun) {
          menu++;
          continue;
        }
        dist++;
      }
      if (k > x.end || barrier || dist > MAX_LINES_TO_BODY || menu > MAX_MENU_LINES_TO_BODY) {
        continue;
      }
      if (l.cls == Line.Cls.GOOD && l.words > MAX_PROSE_TITLE_WORDS && l.text.endsWith(".")) {
        continue;
      }
      sc += Math.max(0, NEAR_BODY_BONUS - BONUS_LOSS_PER_LINE * dist) - MENU_LINE_PENALTY * menu;
      if (i > x.start && NearbyLines.proseBefore(lines, x.start, i)) {
        sc -= SUBHEADING_PENALTY; // a subheading inside the article, not its headline
      }
      // a headline is usually followed by a byline or date line
      for (int j = i + 1, seen = 0; j < n && seen < BYLINE_REACH; j++) {
        Line f = lines.get(j);
        if (f.words == 0 || f.noise) {
          continue;
        }
        seen++;
        if (f.dateLine || f.bylineLine) {
          sc += seen == 1 ? BYLINE_RIGHT_BELOW_BONUS : BYLINE_BELOW_BONUS;
          break;
        }
        if (seen == 1 && LineEvidence.nameLike(f) && f.gapBefore) {
          sc += AUTHOR_NAME_BONUS; // an author's bare name right under the headline, as its own paragraph
          break;
        }
      }
      if (Extraction.DEBUG.get() != null) {
        Extraction.DEBUG.get().append(String.format("title? %4d %5.2f %s%n", i, sc, l.text));
      }
      if (sc > best + SCORE_EPSILON || (sc > best - REPEAT_TOLERANCE && bestIdx >= 0 && lines.get(bestIdx).text.equals(l.text))) {
        best = Math.max(sc, best);
        bestIdx = i;
      }
    }
    if (bestIdx < 0 || best < MIN_TITLE_SCORE) {
      return;
    }
    // A headline stands above its deck ("Black Friday is next week, but several deals go live today"), not
    // below it: when the line right above the chosen one is a long headline-like line too, it is the title.
    Line chosen = lines.get(bestIdx);
    int aboveIdx =
        chosen.heading == 0 && chosen.gapBefore && !chosen.endsSentence ? NearbyLines.nearbyLine(lines, bestIdx, -1, ABOVE_REACH) : -1;
    if (aboveIdx >= 0) {
      Line above = lines.get(aboveIdx);
      if (above.words >= MIN_ABOVE_TITLE_WORDS && above.words <= MAX_ABOVE_TITLE_WORDS
          && !LineEvidence.isAllCaps(above.text) && !above.endsSentence && LineEvidence.titleCase(above)
          && above.linkDensity <= LineEvidence.MAX_TEXT_LINK_DENSITY && !above.bullet && !above.menuRun && titleScore(above, slug, metaTitles) > 0) {
        bestIdx = aboveIdx;
      }
    }
    // "Home News Business News Harbor city approves ..." over "Harbor city approves ...": the breadcrumb
    // trail glued to the headline; the clean headline is the line below
    int belowIdx = NearbyLines.nearbyLine(lines, bestIdx, 1, BELOW_REACH);
    if (belowIdx >= 0) {
      Line below = lines.get(belowIdx);
      String top = lines.get(bestIdx).text;
      if (below.words >= MIN_BELOW_TITLE_WORDS && below.text.length() < top.length() && top.endsWith(below.text)
          && !below.noise && !below.duplicate) {
        lines.get(bestIdx).keep = false;
        lines.get(bestIdx).menuRun = true;
        bestIdx = belowIdx;
      }
    }
    applyTitle(x, bestIdx, best >= CONFIDENT_SCORE);
  }

  /**
   * Makes line {@code bestIdx} the title: a title below the region's start cuts the region lines above it
   * (all of them when {@code confident}), a title above it extends the region up with its byline, date and
   * standfirst; between the title and the first prose paragraph only those stay.
   */
  public static void applyTitle(Extraction x, int bestIdx, boolean confident) {
    List<Line> lines = x.lines;
    x.titleIndex = bestIdx;
    Line t = lines.get(bestIdx);
    t.keep = true;
    t.titleLine = true;
    x.title = t.text;
    int first = bestIdx + 1;
    while (first <= x.end && !(lines.get(first).keep && lines.get(first).cls == Line.Cls.GOOD)) {
      first++;
    }
    if (bestIdx < x.start) {
      for (int i = bestIdx + 1; i < x.start; i++) {
        Line l = lines.get(i);
        l.keep = !l.noise && !l.caption && !l.barrier && !l.duplicate && !l.teaser
            && (l.dateLine || l.bylineLine || (l.cls == Line.Cls.GOOD && !l.bullet && !l.menuRun));
      }
      x.start = bestIdx;
    } else {
      // The article starts at its headline: region lines above it are other stories or page furniture.
      for (int i = x.start; i < bestIdx; i++) {
        Line l = lines.get(i);
        if (l.keep && (confident || !l.gapBefore || !(l.dateLine || l.bylineLine || l.cls == Line.Cls.GOOD))) {
          l.keep = false;
        }
      }
    }
    // Between the title and the first prose paragraph: byline, date and standfirst only.
    for (int i = bestIdx + 1; i < first; i++) {
      Line l = lines.get(i);
      if (l.keep && !(l.dateLine || l.bylineLine)
          && !(l.cls == Line.Cls.GOOD || (l.cls == Line.Cls.NEAR && l.endsSentence && !l.bullet))) {
        l.keep = false;
      }
      if (l.keep && l.text.equals(t.text)) {
        l.keep = false;
      }
    }
  }

  static double titleScore(Line l, Set<String> slug, List<String> metaTitles) {
    if (l.noise || l.caption || l.barrier || l.words < MIN_TITLE_WORDS || l.words > MAX_TITLE_WORDS || l.dateLine || l.bylineLine
        || l.teaser || Appeals.isAppeal(l)) {
      return 0;
    }
    if (l.text.length() > MAX_TITLE_CHARS) {
      return 0;
    }
    double sc = BASE_SCORE;
    if (l.heading == 1) {
      sc += H1_BONUS;
    } else if (l.heading >= 2 && l.heading <= 3) {
      sc += H2_H3_BONUS;
    }
    for (String mt : metaTitles) {
      if (mt.equals(l.text)) {
        sc += META_TITLE_BONUS;
        break;
      }
      if (l.words >= MIN_META_PART_WORDS && mt.contains(l.text)) {
        sc += META_PART_BONUS;
        break;
      }
    }
    if (!slug.isEmpty()) {
      int hit = 0;
      Set<String> seen = new HashSet<>();
      for (String tok : l.lower.split("[^\\p{L}\\p{N}]+")) {
        if (tok.length() > 1 && seen.add(tok) && slug.contains(tok)) {
          hit++;
        }
      }
      if (hit > 0) {
        // F1 of line tokens against slug tokens: short lines made of one slug word do not win
        double p = (double) hit / Math.max(MIN_F1_LINE_TOKENS, seen.size());
        double r = Math.min(1.0, (double) hit / Math.min(slug.size(), MAX_F1_SLUG_TOKENS));
        sc += SLUG_BONUS * (2 * p * r / (p + r));
      }
    }
    if (l.bullet) {
      sc -= BULLET_PENALTY;
    }
    if (l.text.endsWith(".") && l.words > MAX_PERIOD_TITLE_WORDS) {
      sc -= PERIOD_PENALTY;
    }
    if (l.words > MAX_PERIOD_TITLE_WORDS && twoSentences(l.text)) {
      sc -= TWO_SENTENCES_PENALTY; // two sentences: a standfirst or an appeal, not a headline
    }
    if (l.text.endsWith(":")) {
      sc -= COLON_PENALTY; // introduces what follows ("Pick your topic and start watching now:")
    }
    if (l.words >= MIN_HEADLINE_WORDS && l.words <= MAX_HEADLINE_WORDS) {
      sc += HEADLINE_LENGTH_BONUS;
    }
    if (l.cls == Line.Cls.GOOD && l.words > MAX_HEADLINE_WORDS) {
      sc -= PARAGRAPH_PENALTY;
    }
    if (l.cls == Line.Cls.GOOD && l.words > MAX_SENTENCE_TITLE_WORDS && l.endsSentence && !l.text.endsWith("?")) {
      sc -= SENTENCE_PENALTY;
    }
    if (LineEvidence.nameLike(l) && l.words <= MAX_AUTHOR_NAME_WORDS) {
      sc -= AUTHOR_NAME_PENALTY; // "Jane Doe": the author under the headline
    }
    return sc;
  }

  private static final Pattern TWO_SENTENCES = Pattern.compile("\\p{Ll}[.!?] \\p{Lu}\\p{Ll}", Pattern.UNICODE_CHARACTER_CLASS);

  /** Two sentences of three words or more ("Amnesty. More than 100 ..." is a headline with a kicker). */
  private static boolean twoSentences(String t) {
    Matcher m = TWO_SENTENCES.matcher(t);
    while (m.find()) {
      int spaces = 0;
      for (int i = 0; i < m.start(); i++) {
        if (t.charAt(i) == ' ') {
          spaces++;
        }
      }
      if (spaces >= MIN_SENTENCE_SPACES) {
        return true;
      }
    }
    return false;
  }

  static Set<String> slugTokens(@Nullable String url) {
    Set<String> out = new HashSet<>();
    if (url == null) {
      return out;
    }
    String u = url;
    int q = u.indexOf('?');
    if (q >= 0) {
      u = u.substring(0, q);
    }
    int h = u.indexOf('#');
    if (h >= 0) {
      u = u.substring(0, h);
    }
    int scheme = u.indexOf("://");
    if (scheme < 0) {
      return out;
    }
    int path = u.indexOf('/', scheme + 3);
    if (path < 0) {
      return out;
    }
    // the longest path segment with word separators is the slug
    String bestSeg = "";
    for (String seg : u.substring(path + 1).split("/")) {
      String sg = seg.replaceAll("\\.[a-z]{2,5}$", "");
      int seps = sg.length() - sg.replace("-", "").replace("_", "").length();
      int bestSeps = bestSeg.length() - bestSeg.replace("-", "").replace("_", "").length();
      if (seps > bestSeps) {
        bestSeg = sg;
      }
    }
    for (String tok : bestSeg.toLowerCase(Locale.ROOT).split("[-_+.]+")) {
      if (tok.length() > 1 && !tok.chars().allMatch(Character::isDigit)) {
        out.add(tok);
      }
    }
    if (out.size() < MIN_SLUG_TOKENS) {
      out.clear();
    }
    return out;
  }
}
