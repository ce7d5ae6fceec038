package dev.newsnlp.clean.verdicts;

import dev.newsnlp.clean.DropReasons;
import dev.newsnlp.clean.render.Extraction;
import dev.newsnlp.clean.render.Line;
import dev.newsnlp.clean.render.PageMeta;
import java.util.List;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Page-level verdicts: error pages, consent and paywalls, listings, too little prose.
 */
public final class PageVerdicts {
  private PageVerdicts() {}

  private static final int MAX_ERROR_PAGE_BODY = 150; // an error page has little prose; an article about a 404 has more
  private static final int MAX_ERROR_LINE_WORDS = 12; // "Sorry, the page you requested could not be found" ...
  private static final int MAX_ERROR_LABEL_WORDS = 8; // ... a heading, or a line short enough to be one
  private static final int ERROR_LINES_SEEN = 60; // the error message stands near the top of the page
  private static final int MAX_WALL_BODY = 120; // a consent or login wall leaves little prose
  private static final int MIN_CONSENT_LINE_WORDS = 3; // a consent button ("Accept all") weighs like a short line
  private static final int MIN_CONSENT_WORDS = 8; // enough consent text to call the page a wall
  private static final int MAX_TEASER_SUMMARY_WORDS = 60; // a teaser summary is a paragraph of a few sentences
  private static final int MIN_TEASER_HEAD_WORDS = 2; // a teaser headline has a few words ...
  private static final int MAX_TEASER_HEAD_WORDS = 20; // ... and no more than a headline
  private static final int MIN_LISTING_TEASERS = 6; // six teasers or more ...
  /** ... holding 6 in 10 characters of the page's prose: a listing */
  private static final int MIN_LISTING_TEASER_TENTHS = 6;
  private static final int MAX_LISTING_BODY = 200; // under a listing URL, a short body ...
  private static final int MAX_LISTING_GOOD_LINES = 2; // ... of a paragraph or two is a listing's intro
  private static final int MIN_BODY_WORDS = 40; // fewer words are no article
  /** Without a single prose paragraph the body needs more words */
  private static final int MIN_BODY_WORDS_NO_PARAGRAPH = 80;

  private static final Pattern ERROR_PAGE = Pattern.compile(
      "(?i)\\b(404|page not found|page cannot be found|page could not be found|page can't be found"
          + "|page can’t be found|page doesn't exist|page does not exist|page no longer exists|no longer available"
          + "|access denied|403 forbidden|forbidden|internal server error|service unavailable|bad gateway"
          + "|something went wrong|seite nicht gefunden|page introuvable|página no encontrada|error 50\\d)\\b");

  private static final Pattern CONSENT = Pattern.compile(
      "(?i)(we use cookies|uses cookies|use of cookies|cookie policy|cookie settings|accept all|reject all"
          + "|manage (?:your )?preferences|we value your privacy|your privacy choices|consent|before you continue"
          + "|subscribe to (?:continue|read)|to continue reading|sign in to (?:continue|read)|log in to (?:continue|read)"
          + "|already a subscriber|create a free account|register to (?:continue|read)|for subscribers only"
          + "|are you a robot|verify you are (?:a )?human|enable javascript|javascript is disabled"
          + "|please enable cookies|paywall)");

  private static final Pattern LISTING_URL = Pattern.compile(
      "(?i)(/tags?/|/categor(?:y|ies)/|/topics?/|/sections?/|/search\\b|[?&](?:s|q|query|search)=|/authors?/"
          + "|/page/\\d+/?$|/archives?/?$|/index\\.html?$|/latest/?$)");

  /** {@code -Dnewsnlp.verdicts=rules}: an ablation, the listing verdict without the model's view. */
  private static final boolean MODEL_VIEW = !System.getProperty("newsnlp.verdicts", "model").equals("rules");

  /** Share of the page's article-like words (lines the model scores above even) that the body holds. */
  private static final double MIN_ARTICLE_SHARE = 0.5;
  /** ... and the body must be an article's length, not a listing's intro. */
  private static final int MIN_ARTICLE_WORDS = 150;

  /**
   * The learned cleaner's view of the page: most of the words its model reads as article text stand in the
   * one decoded body, and that body is of an article's length. A listing's teasers also read as article
   * text, line by line, but spread over the page, and no single body holds most of them. False for the
   * rules cleaner (no model view).
   */
  static boolean readsAsOneArticle(Extraction x) {
    if (!MODEL_VIEW || x.logOdds == null || x.bodyWords < MIN_ARTICLE_WORDS) {
      return false;
    }
    long articleLike = 0;
    long inBody = 0;
    for (int i = 0; i < x.lines.size(); i++) {
      Line l = x.lines.get(i);
      if (x.logOdds[i] > 0) {
        articleLike += l.words;
        inBody += l.keep && i >= x.start && i <= x.end ? l.words : 0;
      }
    }
    return articleLike > 0 && inBody >= MIN_ARTICLE_SHARE * articleLike;
  }

  public static @Nullable String pageDropReason(Extraction x, @Nullable String url, @Nullable PageMeta meta) {
    List<Line> lines = x.lines;
    int body = x.bodyWords;
    int totalGood = 0;
    int goodLines = 0;
    for (Line l : lines) {
      if (l.cls == Line.Cls.GOOD && !l.noise) {
        totalGood += l.words;
        goodLines++;
      }
    }
    // Error pages: an error phrase in the title or the first lines, little prose.
    if (body < MAX_ERROR_PAGE_BODY) {
      String head = x.title != null ? x.title : "";
      if (ERROR_PAGE.matcher(head).find()) {
        return DropReasons.NOT_ARTICLE_ERROR;
      }
      int seen = 0;
      for (Line l : lines) {
        if (l.words > 0 && l.words <= MAX_ERROR_LINE_WORDS && !l.menuRun && ERROR_PAGE.matcher(l.text).find()
            && (l.heading > 0 || l.words <= MAX_ERROR_LABEL_WORDS)) {
          return DropReasons.NOT_ARTICLE_ERROR;
        }
        if (++seen > ERROR_LINES_SEEN) {
          break;
        }
      }
    }
    // Consent / login / paywall walls: the prose left is mostly about cookies, consent or signing in.
    if (body < MAX_WALL_BODY) {
      int consentWords = 0;
      for (Line l : lines) {
        if (CONSENT.matcher(l.text).find()) {
          consentWords += Math.max(MIN_CONSENT_LINE_WORDS, l.words);
        }
      }
      if (consentWords >= MIN_CONSENT_WORDS && consentWords * 2 >= Math.max(body, totalGood) / 2) {
        return DropReasons.NOT_ARTICLE_CONSENT;
      }
    }
    if (x.start < 0 || body == 0) {
      return totalGood == 0 && goodLines == 0 && x.start < 0 ? DropReasons.NO_ARTICLE_TEXT
          : (body == 0 ? DropReasons.NO_ARTICLE_TEXT : null);
    }
    // Listings: teasers spread over the page, no dominant article region.
    boolean listingUrl = url != null && LISTING_URL.matcher(url).find();
    int regionGoodLines = 0;
    for (int i = x.start; i <= x.end; i++) {
      if (lines.get(i).keep && lines.get(i).cls == Line.Cls.GOOD) {
        regionGoodLines++;
      }
    }
    // Teaser units (a headline glued to a one-paragraph summary) anywhere on the page.
    int teasers = 0;
    int teaserChars = 0;
    int goodChars = 0;
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.cls != Line.Cls.GOOD || l.noise) {
        continue;
      }
      goodChars += l.text.length();
      Line p = i > 0 ? lines.get(i - 1) : null;
      if (p != null && !l.gapBefore && l.words < MAX_TEASER_SUMMARY_WORDS && !p.noise
          && p.words >= MIN_TEASER_HEAD_WORDS && p.words <= MAX_TEASER_HEAD_WORDS
          && !p.endsSentence && p.cls != Line.Cls.GOOD) {
        teasers++;
        teaserChars += l.text.length();
      }
    }
    boolean articleType = meta != null && meta.ogType != null && meta.ogType.equalsIgnoreCase("article");
    if (!articleType && !readsAsOneArticle(x)) {
      if (teasers >= MIN_LISTING_TEASERS && teaserChars * 10 >= goodChars * MIN_LISTING_TEASER_TENTHS) {
        return DropReasons.NOT_ARTICLE_LISTING;
      }
      if (listingUrl && body < MAX_LISTING_BODY && regionGoodLines <= MAX_LISTING_GOOD_LINES) {
        return DropReasons.NOT_ARTICLE_LISTING;
      }
    }
    x.teaserShare = goodChars == 0 ? 0 : (double) teaserChars / goodChars;
    if (body < MIN_BODY_WORDS || (regionGoodLines == 0 && body < MIN_BODY_WORDS_NO_PARAGRAPH)) {
      return DropReasons.TOO_LITTLE_PROSE;
    }
    return null;
  }
}
