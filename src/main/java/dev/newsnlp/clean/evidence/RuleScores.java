package dev.newsnlp.clean.evidence;

import dev.newsnlp.clean.render.Extraction;
import dev.newsnlp.clean.render.Line;
import java.util.List;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The rules-only selection: a score per line, the maximum-sum region over them, and the lines kept
 * inside that region.
 */
public final class RuleScores {
  private RuleScores() {}

  /** "Comments (32)", "Trending" in the page header are links, not the end of the article */
  private static final int MIN_PROSE_BEFORE_BARRIER = 250;
  private static final double BARRIER_SCORE = -8; // a section-end heading: the region does not run through it
  private static final double NOISE_SCORE = -1.2; // noise costs a little more than a menu item
  private static final double MENU_SCORE = -1.0; // a menu item
  private static final double CAPTION_SCORE = -0.5; // captions and repeated lines sit inside articles: cheap to pass
  private static final double TEASER_SCORE = -1.0; // a teaser costs like a menu item
  private static final double APPEAL_SCORE = -1; // a prose-like appeal
  private static final int MAX_SCORED_CHARS = 800; // a paragraph scores by its length up to this many characters ...
  private static final double CHARS_PER_POINT = 160.0; // ... one point per 160 characters on top of 1
  private static final double NEAR_SCORE = 0.3; // near-prose helps a little (a bullet item: neutral)
  private static final double SHORT_BULLET_SCORE = -0.6; // a short bullet item is more likely a menu than a short line
  private static final double SHORT_SCORE = -0.3; // a short line (a subheading, a label)
  private static final double GLUED_PROSE_FACTOR = 0.4; // prose glued to other prose: mostly teaser grids
  private static final double TIGHT_PROSE_FACTOR = 0.85; // prose glued to short lines on both sides
  private static final double DOM_NOISE_WEIGHT = 3; // HTML: the nav/footer/sidebar look of the ancestors
  private static final double LINK_SCORE = -0.8; // HTML: a line that is mostly links scores at most this
  private static final double IN_ARTICLE_FACTOR = 1.3; // HTML: prose inside the <article> container
  /** A figure inside the article container does not cut the article */
  private static final double ARTICLE_FIGURE_SCORE = -0.5;
  private static final double AFTER_COMMENTS_FACTOR = 0.2; // prose after a comments heading is mostly reader comments
  private static final double COMMENT_SCORE = -0.5; // a line of a reader-comment thread scores at most this
  private static final double LD_BODY_BONUS = 1.5; // the line occurs in the JSON-LD articleBody
  private static final double NOT_LD_BODY_FACTOR = 0.3; // prose that the JSON-LD articleBody does not have
  private static final double BOX_HEAD_SCORE = -0.5; // an inline link box costs little: the article goes on below it
  private static final double IN_BOX_SCORE = -0.3; // a line inside an inline box costs at most this
  private static final double MIN_REGION_SCORE = 1.0; // a region worth less is no article
  private static final int MIN_SHOUTED_WORDS = 6; // a shouted headline link has a few words ...
  private static final int MAX_SHOUTED_WORDS = 30; // ... and is no paragraph
  private static final int BOX_REACH = 16; // the lines under a box heading that belong to the box
  private static final int MAX_ANNOUNCED_WORDS = 12; // what a sentence ending in ":" announces: a short line
  private static final int MAX_SUBHEADING_WORDS = 20; // a subheading above prose
  private static final int MIN_LINK_HEADLINE_WORDS = 4; // a bullet headline link has a few words ...
  private static final int MAX_LINK_HEADLINE_WORDS = 16; // ... and is no sentence
  private static final int MIN_LINK_ITEMS = 2; // two to five Title Case bullet headlines between paragraphs ...
  private static final int MAX_LINK_ITEMS = 5; // ... are links to other stories
  /** "Additional reporting by ...; Editing by ..." is one short line */
  private static final int MAX_CREDIT_LINE_WORDS = 40;
  private static final int WIRE_COPYRIGHT_REACH = 3; // the wire's copyright line stands right under the article

  /** Wire-agency credits at the end of an article. */
  private static final Pattern CREDIT_LINE = Pattern.compile(
      "^(?:additional )?(?:reporting|writing|editing|research) by\\b");

  /** The copyright line news agencies append to syndicated stories. */
  private static final Pattern WIRE_COPYRIGHT = Pattern.compile(
      "this material may not be published|(?:associated press|reuters|agence france-presse|afp)\\b.{0,40}all rights reserved");

  public static void scoreLines(List<Line> lines) {
    boolean afterComments = false;
    boolean inGallery = false;
    boolean inBox = false;
    int proseBefore = 0;
    for (int li = 0; li < lines.size(); li++) {
      Line l = lines.get(li);
      if (l.barrier && (proseBefore < MIN_PROSE_BEFORE_BARRIER || l.bullet || l.menuRun)) {
        // "Comments (32)", "Trending" in the page header are links, not the end of the article
        l.barrier = false;
      }
      if (l.cls == Line.Cls.GOOD && !l.noise) {
        proseBefore += l.text.length();
      }
      Line next = li + 1 < lines.size() ? lines.get(li + 1) : null;
      // A slideshow inside the article ("Image 2 of 5", caption, credit): left out, but it does not cut the
      // article in two.
      if (l.noise && NoiseLines.isGalleryCounter(l)) {
        inGallery = true;
      } else if (inGallery && l.words > 0 && !(l.caption || l.duplicate || l.noise)) {
        inGallery = false;
      }
      double s;
      if (l.table || (inGallery && !l.barrier && (l.caption || l.duplicate || l.noise))) {
        s = 0;
      } else if (l.barrier) {
        s = BARRIER_SCORE;
        if (CommentThreads.isCommentHeading(l)) {
          afterComments = true;
        }
      } else if (l.noise) {
        s = NOISE_SCORE;
      } else if (l.menuRun) {
        s = MENU_SCORE;
      } else if (l.caption || l.duplicate) {
        s = CAPTION_SCORE;
      } else if (l.teaser) {
        s = TEASER_SCORE;
      } else {
        switch (l.cls) {
          case GOOD:
            s = 1 + Math.min(l.text.length(), MAX_SCORED_CHARS) / CHARS_PER_POINT;
            if (Appeals.isAppeal(l)) {
              s = APPEAL_SCORE;
            }
            break;
          case NEAR:
            s = l.bullet ? 0 : NEAR_SCORE;
            break;
          default:
            s = l.bullet ? SHORT_BULLET_SCORE : (l.dateLine || l.bylineLine ? 0 : SHORT_SCORE);
        }
      }
      // Prose paragraphs stand between blank lines; prose glued to other prose is mostly teaser grids.
      if (s > 0 && l.cls == Line.Cls.GOOD && l.group < 0) {
        Line prev = li > 0 ? lines.get(li - 1) : null;
        boolean tightBefore = !l.gapBefore && prev != null;
        boolean tightAfter = next != null && !next.gapBefore;
        boolean gluedProse = (tightBefore && prev.cls == Line.Cls.GOOD && !prev.noise)
            || (tightAfter && next.cls == Line.Cls.GOOD && !next.noise);
        if (gluedProse) {
          s *= GLUED_PROSE_FACTOR;
        } else if (tightBefore && tightAfter) {
          s *= TIGHT_PROSE_FACTOR;
        }
      }
      // DOM evidence (HTML only)
      if (l.domNoise > 0) {
        s -= DOM_NOISE_WEIGHT * l.domNoise;
      }
      if (l.linkDensity > LineEvidence.MAX_TEXT_LINK_DENSITY && l.words > 0) {
        s = Math.min(s, LINK_SCORE);
      }
      if (l.inArticle && s > 0) {
        s *= IN_ARTICLE_FACTOR;
      }
      // A figure inside the article container (its caption, credit, image counter) is left out but does
      // not cut the article in two.
      if (l.inArticle && (l.caption || l.letters == 0) && !l.barrier) {
        s = Math.max(s, ARTICLE_FIGURE_SCORE);
      }
      if (afterComments && s > 0) {
        s *= AFTER_COMMENTS_FACTOR;
      }
      if (l.comment) {
        s = Math.min(s, COMMENT_SCORE);
      }
      if (l.ldBody > 0) {
        s = Math.max(s, 0) + LD_BODY_BONUS;
      } else if (l.ldBody < 0 && s > 0) {
        s *= NOT_LD_BODY_FACTOR;
      }
      // An inline link box (see inlineBoxes) costs little: the article goes on below it. Its lines are
      // dropped in selectInside.
      if (l.boxHead) {
        inBox = true;
        s = BOX_HEAD_SCORE;
      } else if (inBox && l.cls == Line.Cls.GOOD && !l.bullet && l.linkDensity <= LineEvidence.MAX_TEXT_LINK_DENSITY) {
        inBox = false;
      } else if (inBox && l.words > 0) {
        s = Math.max(s, IN_BOX_SCORE);
      }
      l.score = s;
    }
  }

  public static int @Nullable [] maxRegion(List<Line> lines) {
    double best = 0;
    int bestS = -1;
    int bestE = -1;
    double cur = 0;
    int curS = 0;
    for (int i = 0; i < lines.size(); i++) {
      double s = lines.get(i).score;
      if (cur <= 0) {
        cur = s;
        curS = i;
      } else {
        cur += s;
      }
      if (cur > best) {
        best = cur;
        bestS = curS;
        bestE = i;
      }
    }
    if (bestS < 0 || best < MIN_REGION_SCORE) {
      return null;
    }
    return new int[] {bestS, bestE};
  }

  public static void selectInside(Extraction x) {
    List<Line> lines = x.lines;
    int s = x.start;
    int e = x.end;
    for (int i = s; i <= e; i++) {
      Line l = lines.get(i);
      l.keep = false;
      if (l.ldBody > 0 && !l.barrier && !l.duplicate) {
        l.keep = true;
        continue;
      }
      if (l.ldBody == -2) {
        continue;
      }
      if (l.table) {
        l.keep = true;
        continue;
      }
      if (l.noise || l.barrier || l.caption || l.menuRun || l.duplicate || l.teaser || l.text.isEmpty()) {
        continue;
      }
      switch (l.cls) {
        case GOOD:
        case NEAR:
          // sign-up and donation notices inside the body (decided here so that their headings go too)
          l.keep = !Appeals.isNotice(l);
          break;
        default:
          l.keep = l.dateLine || l.bylineLine;
      }
    }
    // Shouted one-line links between paragraphs ("SENATOR SAYS VOTE WILL GO AHEAD"): other stories.
    for (int i = s; i <= e; i++) {
      Line l = lines.get(i);
      if (l.keep && l.words >= MIN_SHOUTED_WORDS && l.words <= MAX_SHOUTED_WORDS && !l.endsSentence
          && LineEvidence.isAllCaps(l.text)) {
        Line prev = NearbyLines.prevContent(lines, i, s);
        Line next = NearbyLines.nextContent(lines, i, e);
        if (prev != null && next != null && prev.keep && next.keep && prev.cls == Line.Cls.GOOD
            && next.cls == Line.Cls.GOOD && !LineEvidence.isAllCaps(prev.text)) {
          l.keep = false;
        }
      }
    }
    // Inline link boxes ("Related" + a few links inside the article): the links go with their heading.
    for (int i = s; i <= e; i++) {
      Line b = lines.get(i);
      if (!(b.boxHead || b.barrier)) {
        continue;
      }
      for (int k = i + 1, n = 0; k <= e && n < BOX_REACH; k++) {
        Line l = lines.get(k);
        if (l.words == 0 || l.noise && !l.barrier && !l.boxHead) {
          continue;
        }
        if (l.barrier || l.boxHead || l.cls == Line.Cls.GOOD && !l.bullet && l.gapBefore
            && l.linkDensity <= LineEvidence.MAX_TEXT_LINK_DENSITY
            && !l.teaser) {
          break;
        }
        l.keep = false;
        l.menuRun = true;
        n++;
      }
    }
    // Short lines: subheadings that introduce kept prose; short list items inside kept lists.
    for (int i = s; i <= e; i++) {
      Line l = lines.get(i);
      if (l.keep || l.noise || l.barrier || l.caption || l.menuRun || l.duplicate || l.cls != Line.Cls.SHORT
          || l.text.isEmpty()) {
        continue;
      }
      if (i + 1 <= e && Appeals.isAppeal(lines.get(i + 1))) {
        continue; // the heading of a sign-up or donation box
      }
      Line next = NearbyLines.nextContent(lines, i, e);
      Line prev = NearbyLines.prevContent(lines, i, s);
      if (!l.bullet) {
        if (prev != null && prev.keep && prev.text.endsWith(":") && prev.cls != Line.Cls.SHORT && l.words <= MAX_ANNOUNCED_WORDS) {
          l.keep = true; // what the sentence announces: "You can install it with pip:" / "pip install tidal"
        } else if (next != null && next.keep && (next.cls == Line.Cls.GOOD || next.cls == Line.Cls.NEAR)
            && l.words <= MAX_SUBHEADING_WORDS) {
          l.keep = true;
        } else if (prev != null && prev.keep && l.endsSentence && next != null && next.keep) {
          l.keep = true;
        }
      } else {
        boolean prevKept = prev != null && prev.keep && !prev.noise;
        boolean nextKept = next != null && next.keep;
        if (prevKept && nextKept) {
          l.keep = true;
        }
      }
    }
    // A few bullet items that are all headlines (Title Case, no sentence end) between paragraphs: links to
    // other stories, unless a sentence announces them.
    for (int i = s; i <= e; i++) {
      Line l = lines.get(i);
      if (!l.bullet || !l.keep || l.announcedItem || (i > s && lines.get(i - 1).bullet && !l.gapBefore)) {
        continue;
      }
      int j = i;
      boolean headlines = true;
      while (j <= e && lines.get(j).bullet && (j == i || !lines.get(j).gapBefore)) {
        Line b = lines.get(j);
        headlines &= b.words >= MIN_LINK_HEADLINE_WORDS && b.words <= MAX_LINK_HEADLINE_WORDS && !b.endsSentence && LineEvidence.titleCase(b) && !b.announcedItem;
        j++;
      }
      int items = j - i;
      if (headlines && items >= MIN_LINK_ITEMS && items <= MAX_LINK_ITEMS) {
        for (int k = i; k < j; k++) {
          lines.get(k).keep = false;
          lines.get(k).menuRun = true;
        }
      }
      i = j - 1;
    }
    // A list the article announces (see markAnnouncedLists) is kept with its introduction.
    for (int i = s; i <= e; i++) {
      Line item = lines.get(i);
      if (item.announcedItem && !item.keep && !(item.noise || item.barrier || item.caption || item.duplicate
          || item.teaser)) {
        Line intro = NearbyLines.prevContent(lines, i, s);
        item.keep = intro != null && intro.keep;
      }
    }
    // Trailing appeals and short tails: the region ends with the last clean prose line.
    int last = e;
    while (last >= s) {
      Line l = lines.get(last);
      boolean tailNoise = Appeals.isAppeal(l) || Appeals.isAuthorBio(l) || Appeals.underSignUpHeading(lines, last);
      if (l.keep && l.cls == Line.Cls.GOOD && !tailNoise) {
        break;
      }
      if (l.keep && l.cls == Line.Cls.NEAR && !l.bullet && l.endsSentence && !tailNoise) {
        break;
      }
      if (l.keep && l.words <= MAX_CREDIT_LINE_WORDS && CREDIT_LINE.matcher(l.lower).find()) {
        break; // "Additional reporting by ...; Editing by ...": the article's last line
      }
      l.keep = false;
      last--;
    }
    x.end = last;
    // The wire's copyright line right under the article ("© 2024 The Associated Press. All Rights Reserved.
    // This material may not be published, ..."): part of the syndicated story, unlike the site's own footer.
    int wire = NearbyLines.nearbyLine(lines, last, 1, WIRE_COPYRIGHT_REACH);
    if (wire >= 0 && lines.get(wire).words <= MAX_CREDIT_LINE_WORDS && WIRE_COPYRIGHT.matcher(lines.get(wire).lower).find()) {
      lines.get(wire).keep = true;
      x.end = wire;
    }
    // Appeals inside the body: a run of two or more appeal paragraphs is dropped.
    for (int i = s; i <= x.end; i++) {
      Line l = lines.get(i);
      if (l.keep && Appeals.isNotice(l)) {
        l.keep = false;
      }
    }
    // Leading short lines before the first prose line are only kept as title/byline/date (decided later).
    for (int i = s; i <= x.end; i++) {
      Line l = lines.get(i);
      if (l.cls == Line.Cls.GOOD && l.keep) {
        break;
      }
      if (l.keep && !(l.dateLine || l.bylineLine) && l.cls == Line.Cls.SHORT) {
        l.keep = false;
      }
    }
    int count = 0;
    for (int i = s; i <= x.end; i++) {
      if (lines.get(i).keep) {
        count += lines.get(i).words;
      }
    }
    x.bodyWords = count;
  }
}
