package dev.newsnlp.clean;

import dev.newsnlp.clean.ArticleExtractor.Extraction;
import dev.newsnlp.clean.ArticleExtractor.Meta;
import java.util.List;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Page-level verdicts: error pages, consent and paywalls, listings, too little prose.
 */
final class PageVerdicts {
  private PageVerdicts() {}

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

  static @Nullable String pageDropReason(Extraction x, @Nullable String url, @Nullable Meta meta) {
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
    if (body < 150) {
      String head = x.title != null ? x.title : "";
      if (ERROR_PAGE.matcher(head).find()) {
        return DropReasons.NOT_ARTICLE_ERROR;
      }
      int seen = 0;
      for (Line l : lines) {
        if (l.words > 0 && l.words <= 12 && !l.menuRun && ERROR_PAGE.matcher(l.text).find()
            && (l.heading > 0 || l.words <= 8)) {
          return DropReasons.NOT_ARTICLE_ERROR;
        }
        if (++seen > 60) {
          break;
        }
      }
    }
    // Consent / login / paywall walls: the prose left is mostly about cookies, consent or signing in.
    if (body < 120) {
      int consentWords = 0;
      for (Line l : lines) {
        if (CONSENT.matcher(l.text).find()) {
          consentWords += Math.max(3, l.words);
        }
      }
      if (consentWords >= 8 && consentWords * 2 >= Math.max(body, totalGood) / 2) {
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
      if (p != null && !l.gapBefore && l.words < 60 && !p.noise && p.words >= 2 && p.words <= 20
          && !p.endsSentence && p.cls != Line.Cls.GOOD) {
        teasers++;
        teaserChars += l.text.length();
      }
    }
    boolean articleType = meta != null && meta.ogType != null && meta.ogType.equalsIgnoreCase("article");
    if (!articleType) {
      if (teasers >= 6 && teaserChars * 10 >= goodChars * 6) {
        return DropReasons.NOT_ARTICLE_LISTING;
      }
      if (listingUrl && body < 200 && regionGoodLines <= 2) {
        return DropReasons.NOT_ARTICLE_LISTING;
      }
    }
    x.teaserShare = goodChars == 0 ? 0 : (double) teaserChars / goodChars;
    if (body < 40 || (regionGoodLines == 0 && body < 80)) {
      return DropReasons.TOO_LITTLE_PROSE;
    }
    return null;
  }
}
