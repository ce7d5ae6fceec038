package dev.newsnlp.clean;

import dev.newsnlp.clean.ArticleExtractor.Extraction;
import dev.newsnlp.clean.ArticleExtractor.Meta;
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
final class TitleFinder {
  private TitleFinder() {}

  static void findTitle(Extraction x, @Nullable String url, @Nullable Meta meta) {
    List<Line> lines = x.lines;
    Set<String> slug = slugTokens(url);
    List<String> metaTitles = meta == null ? List.of() : meta.titles;
    // Prose mass of the region from each line on: the title must stand before most of the article.
    int n = lines.size();
    double[] massAfter = new double[n + 1];
    for (int i = Math.min(x.end, n - 1); i >= 0; i--) {
      Line l = lines.get(i);
      double m = i >= x.start && l.keep && l.cls == Line.Cls.GOOD ? Math.max(0.5, l.score) : 0;
      massAfter[i] = massAfter[i + 1] + m;
    }
    double total = massAfter[Math.max(0, x.start)];
    int bestIdx = -1;
    double best = 0;
    int lo = Math.max(0, x.start - 120);
    for (int i = lo; i <= x.end; i++) {
      Line l = lines.get(i);
      double sc = titleScore(l, slug, metaTitles);
      if (sc <= 0) {
        continue;
      }
      if (massAfter[i + 1] < 0.6 * total) {
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
      if (k > x.end || barrier || dist > 25 || menu > 12) {
        continue;
      }
      if (l.cls == Line.Cls.GOOD && l.words > 15 && l.text.endsWith(".")) {
        continue;
      }
      sc += Math.max(0, 1.5 - 0.1 * dist) - 0.05 * menu;
      if (i > x.start && NearbyLines.proseBefore(lines, x.start, i)) {
        sc -= 2; // a subheading inside the article, not its headline
      }
      // a headline is usually followed by a byline or date line
      for (int j = i + 1, seen = 0; j < n && seen < 3; j++) {
        Line f = lines.get(j);
        if (f.words == 0 || f.noise) {
          continue;
        }
        seen++;
        if (f.dateLine || f.bylineLine) {
          sc += seen == 1 ? 1.0 : 0.7;
          break;
        }
        if (seen == 1 && LineEvidence.nameLike(f) && f.gapBefore) {
          sc += 0.6; // an author's bare name right under the headline, as its own paragraph
          break;
        }
      }
      if (ArticleExtractor.DEBUG.get() != null) {
        ArticleExtractor.DEBUG.get().append(String.format("title? %4d %5.2f %s%n", i, sc, l.text));
      }
      if (sc > best + 1e-9 || (sc > best - 0.3 && bestIdx >= 0 && lines.get(bestIdx).text.equals(l.text))) {
        best = Math.max(sc, best);
        bestIdx = i;
      }
    }
    if (bestIdx < 0 || best < 1.6) {
      return;
    }
    // A headline stands above its deck ("Black Friday is next week, but several deals go live today"), not
    // below it: when the line right above the chosen one is a long headline-like line too, it is the title.
    Line chosen = lines.get(bestIdx);
    int aboveIdx =
        chosen.heading == 0 && chosen.gapBefore && !chosen.endsSentence ? NearbyLines.nearbyLine(lines, bestIdx, -1, 2) : -1;
    if (aboveIdx >= 0) {
      Line above = lines.get(aboveIdx);
      if (above.words >= 8 && above.words <= 30 && !LineEvidence.isAllCaps(above.text) && !above.endsSentence && LineEvidence.titleCase(above)
          && above.linkDensity <= 0.5 && !above.bullet && !above.menuRun && titleScore(above, slug, metaTitles) > 0) {
        bestIdx = aboveIdx;
      }
    }
    // "Home News Business News Harbor city approves ..." over "Harbor city approves ...": the breadcrumb
    // trail glued to the headline; the clean headline is the line below
    int belowIdx = NearbyLines.nearbyLine(lines, bestIdx, 1, 2);
    if (belowIdx >= 0) {
      Line below = lines.get(belowIdx);
      String top = lines.get(bestIdx).text;
      if (below.words >= 4 && below.text.length() < top.length() && top.endsWith(below.text)
          && !below.noise && !below.duplicate) {
        lines.get(bestIdx).keep = false;
        lines.get(bestIdx).menuRun = true;
        bestIdx = belowIdx;
      }
    }
    x.titleIndex = bestIdx;
    Line t = lines.get(bestIdx);
    t.keep = true;
    t.titleLine = true;
    x.title = t.text;
    int first = bestIdx + 1;
    while (first <= x.end && !(lines.get(first).keep && lines.get(first).cls == Line.Cls.GOOD)) {
      first++;
    }
    boolean confident = best >= 3.5;
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

  private static double titleScore(Line l, Set<String> slug, List<String> metaTitles) {
    if (l.noise || l.caption || l.barrier || l.words < 2 || l.words > 35 || l.dateLine || l.bylineLine
        || l.teaser || Appeals.isAppeal(l)) {
      return 0;
    }
    if (l.text.length() > 250) {
      return 0;
    }
    double sc = 0.5;
    if (l.heading == 1) {
      sc += 2.5;
    } else if (l.heading >= 2 && l.heading <= 3) {
      sc += 0.5;
    }
    for (String mt : metaTitles) {
      if (mt.equals(l.text)) {
        sc += 3;
        break;
      }
      if (l.words >= 3 && mt.contains(l.text)) {
        sc += 2;
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
        double p = (double) hit / Math.max(3, seen.size());
        double r = Math.min(1.0, (double) hit / Math.min(slug.size(), 12));
        sc += 4.5 * (2 * p * r / (p + r));
      }
    }
    if (l.bullet) {
      sc -= 0.7;
    }
    if (l.text.endsWith(".") && l.words > 6) {
      sc -= 0.8;
    }
    if (l.words > 6 && twoSentences(l.text)) {
      sc -= 1.5; // two sentences: a standfirst or an appeal, not a headline
    }
    if (l.text.endsWith(":")) {
      sc -= 1; // introduces what follows ("Pick your topic and start watching now:")
    }
    if (l.words >= 4 && l.words <= 25) {
      sc += 0.5;
    }
    if (l.cls == Line.Cls.GOOD && l.words > 25) {
      sc -= 1;
    }
    if (l.cls == Line.Cls.GOOD && l.words > 15 && l.endsSentence && !l.text.endsWith("?")) {
      sc -= 1.5;
    }
    if (LineEvidence.nameLike(l) && l.words <= 3) {
      sc -= 1; // "Jane Doe": the author under the headline
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
      if (spaces >= 2) {
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
    if (out.size() < 2) {
      out.clear();
    }
    return out;
  }
}
