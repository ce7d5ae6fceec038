package dev.newsnlp.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The block classifier shared by the text-dump and the HTML paths.
 *
 * <ol>
 *   <li>Per line: text features (length, stop-word density, sentence punctuation, boilerplate phrases, share
 *       bars, photo credits, dates, bylines) plus DOM evidence when the input was HTML.
 *   <li>Per list run: menus and link lists (many short bullet items) versus content lists.
 *   <li>Main region: the maximum-sum run of line scores, where prose scores up, noise scores down and
 *       section-end headings ("Most Read", "Comments", "Related") act as barriers.
 *   <li>Inside the region: keep prose, subheadings that introduce prose, content lists, byline and date
 *       lines; drop inline noise (captions, cross-links, ads, share bars) and trailing appeals.
 *   <li>The title is searched just above the body (URL slug and HTML meta help); byline and date lines
 *       between title and body are kept.
 *   <li>Page-level decisions: error pages, consent walls, listings, too little prose.
 * </ol>
 */
final class ArticleExtractor {

  /** Evidence from HTML head / structured data, all optional. */
  static final class Meta {
    final List<String> titles = new ArrayList<>();
    @Nullable String published;
    @Nullable String byline;
    @Nullable String ogType;
    /** JSON-LD articleBody, when the page gives one (raw text). */
    @Nullable String articleBody;
  }

  /** Outcome of one page. */
  static final class Extraction {
    final List<Line> lines;
    int titleIndex = -1;
    int start = -1;
    int end = -1;
    @Nullable String title;
    @Nullable String byline;
    @Nullable String published;
    @Nullable String dropReason;
    int bodyWords;
    double teaserShare;
    /** The line model's log-odds per line (learned cleaner only). */
    float @Nullable [] logOdds;

    Extraction(List<Line> lines) {
      this.lines = lines;
    }
  }

  private static final String[] LANGS = {"en", "de", "fr", "es", "it", "pt", "nl"};
  /** Stop word to bit mask of the languages (index in LANGS) it belongs to. */
  private static final Map<String, Integer> STOP_MASK = new HashMap<>();

  static {
    for (int k = 0; k < LANGS.length; k++) {
      for (String w : Lexicon.STOPWORDS.get(LANGS[k])) {
        STOP_MASK.merge(w, 1 << k, (a, b) -> a | b);
      }
    }
  }

  private static final Pattern W3M_BUTTON = Pattern.compile("^\\[[^\\]]{0,40}\\](?:\\s*\\[[^\\]]{0,40}\\])*$");
  /** "EXAMPLENEWS.COM", "example.co.uk": a site's name as its domain, a source label or logo text. */
  private static final Pattern DOMAIN_ONLY = Pattern.compile(
      "(?i)[a-z0-9][a-z0-9-]*(?:\\.[a-z0-9-]+)*\\.(?:com|org|net|info|news|co\\.uk|com\\.au|ca|io|tv|us)\\.?");
  private static final Pattern URL_ONLY = Pattern.compile("^(?:https?://|www\\.)\\S+$");
  private static final Pattern SLASH_CREDIT = Pattern.compile(
      "(?:\\p{Lu}[\\p{L}.'\\-]*\\s+){1,3}\\p{Lu}[\\p{L}.'\\-]*\\s*/\\s*(?:\\p{Lu}[\\p{L}.'\\-]*\\s*){1,3}$",
      Pattern.UNICODE_CHARACTER_CLASS);
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

  /** Dev aid ({@link PageCleaner#explain}): collects notes on decisions when set for the thread. */
  static final ThreadLocal<StringBuilder> DEBUG = new ThreadLocal<>();

  private ArticleExtractor() {}

  static Extraction extract(List<Line> lines, @Nullable String url, @Nullable Meta meta) {
    Extraction x = new Extraction(lines);
    if (lines.isEmpty()) {
      x.dropReason = DropReasons.EMPTY;
      return x;
    }
    evidence(lines, meta);
    int[] region = maxRegion(lines);
    if (region == null) {
      x.dropReason = pageDropReason(x, url, meta);
      if (x.dropReason == null) {
        x.dropReason = DropReasons.NO_ARTICLE_TEXT;
      }
      return x;
    }
    x.start = region[0];
    x.end = region[1];
    selectInside(x);
    findTitle(x, url, meta);
    metadata(x, meta);
    x.dropReason = pageDropReason(x, url, meta);
    return x;
  }

  /**
   * The learned cleaner: the rule detectors' evidence as features, the line model's log-odds, the kept
   * region chosen over them ({@link RegionSelector}), then title, metadata and page-level verdicts.
   */
  static Extraction extractLearned(List<Line> lines, @Nullable String url, @Nullable Meta meta, LineModel model) {
    Extraction x = new Extraction(lines);
    if (lines.isEmpty()) {
      x.dropReason = DropReasons.EMPTY;
      return x;
    }
    evidence(lines, meta);
    int[] ruleRegion = maxRegion(lines);
    float[] logOdds = model.logOdds(lines, ruleRegion);
    x.logOdds = logOdds;
    String mode = System.getProperty("newsnlp.region", "maxsum");
    boolean[] path = mode.contains("viterbi")
        ? RegionSelector.smooth(lines, logOdds, PRIOR, Math.log(SWITCH), Math.log(1 - SWITCH)) : null;
    int[] region = mode.startsWith("maxsum") ? RegionSelector.select(lines, logOdds) : span(lines, logOdds, path);
    for (Line l : lines) {
      l.keep = false;
    }
    if (region == null) {
      x.dropReason = pageDropReason(x, url, meta);
      if (x.dropReason == null) {
        x.dropReason = DropReasons.NO_ARTICLE_TEXT;
      }
      return x;
    }
    x.start = region[0];
    x.end = region[1];
    int words = 0;
    Set<String> keptTexts = new HashSet<>();
    for (int i = x.start; i <= x.end; i++) {
      Line l = lines.get(i);
      // a paragraph the page repeats (a caption under its image and in a slideshow) is kept once
      l.keep = (path != null ? path[i] : logOdds[i] > 0) && !l.text.isEmpty() && keptTexts.add(l.text);
      words += l.keep ? l.words : 0;
    }
    x.bodyWords = words;
    findTitle(x, url, meta);
    metadata(x, meta);
    x.dropReason = pageDropReason(x, url, meta);
    return x;
  }

  static double PRIOR = Double.parseDouble(System.getProperty("newsnlp.prior", "-0.6"));
  static double SWITCH = Double.parseDouble(System.getProperty("newsnlp.switch", "0.05"));

  private static int @Nullable [] span(List<Line> lines, float[] logOdds, boolean @Nullable [] path) {
    int a = -1;
    int b = -1;
    for (int i = 0; i < logOdds.length; i++) {
      if ((path != null ? path[i] : logOdds[i] > 0) && lines.get(i).words > 0) {
        a = a < 0 ? i : a;
        b = i;
      }
    }
    return a < 0 ? null : new int[] {a, b};
  }

  /**
   * The rule detectors: per-line classes and flags (noise, menus, captions, teasers, comments, bylines,
   * dates, ...) and the rules' own score. The learned cleaner reads them as features.
   */
  static void evidence(List<Line> lines, @Nullable Meta meta) {
    features(lines);
    classify(lines);
    markCommentThreads(lines);
    markLists(lines);
    markTightBlocks(lines);
    markAnnouncedLists(lines);
    inlineBoxes(lines);
    markCaptions(lines);
    markEchoes(lines);
    markTeaserUnits(lines);
    markReadMoreTeasers(lines);
    markStructuredBody(lines, meta);
    scoreLines(lines);
  }

  // ------------------------------------------------------------------ features

  private static void features(List<Line> lines) {
    int[] langHits = new int[LANGS.length];
    int[][] perLine = new int[lines.size()][];
    for (int li = 0; li < lines.size(); li++) {
      Line l = lines.get(li);
      String t = l.text;
      l.lower = Lexicon.lower(t);
      l.label = Lexicon.label(t);
      int[] hits = new int[LANGS.length];
      String s = l.lower;
      int n = s.length();
      int i = 0;
      int words = 0;
      int letters = 0;
      int upper = 0;
      while (i < n) {
        char c = s.charAt(i);
        if (!Character.isLetterOrDigit(c)) {
          i++;
          continue;
        }
        int j = i;
        boolean hasLetter = false;
        while (j < n) {
          char d = s.charAt(j);
          if (Character.isLetter(d)) {
            hasLetter = true;
            letters++;
          } else if (!(Character.isDigit(d) || ((d == '\'' || d == '’' || d == '-') && j + 1 < n
              && Character.isLetter(s.charAt(j + 1))))) {
            break;
          }
          j++;
        }
        if (hasLetter) {
          words++;
          if (Character.isUpperCase(t.charAt(i))) {
            upper++;
          }
          if (j - i <= 12) {
            String tok = s.substring(i, j);
            if (tok.indexOf('’') >= 0) {
              tok = tok.replace('’', '\'');
            }
            Integer mask = STOP_MASK.get(tok);
            if (mask != null) {
              for (int k = 0; k < LANGS.length; k++) {
                if ((mask & (1 << k)) != 0) {
                  hits[k]++;
                }
              }
            }
          }
        }
        i = j;
      }
      l.words = words;
      l.letters = letters;
      l.upperInitial = upper;
      l.endsSentence = endsSentence(t);
      perLine[li] = hits;
      if (words >= 5) {
        for (int k = 0; k < LANGS.length; k++) {
          langHits[k] += hits[k];
        }
      }
    }
    int best = 0;
    for (int k = 1; k < LANGS.length; k++) {
      if (langHits[k] > langHits[best]) {
        best = k;
      }
    }
    for (int li = 0; li < lines.size(); li++) {
      lines.get(li).stop = perLine[li][best];
    }
  }

  private static boolean endsSentence(String t) {
    int i = t.length() - 1;
    while (i >= 0) {
      char c = t.charAt(i);
      if (c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == '»' || c == ']' || c == '*') {
        i--;
        continue;
      }
      return c == '.' || c == '!' || c == '?' || c == '…' || c == ':' || c == ';' || c == '。';
    }
    return false;
  }

  // ------------------------------------------------------------------ per-line classes

  private static final Pattern AUTHOR_ROLE = Pattern.compile(
      "(?:\\p{Lu}[\\p{L}.'’\\-]*\\s){1,3}\\p{Lu}[\\p{L}.'’\\-]+,\\s+(?:[\\p{L}.&\\-]+\\s){0,5}"
          + "(?i:writer|reporter|correspondent|editor|columnist|contributor|staff|bureau chief)s?\\b.{0,30}",
      Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern FOLLOW_ON_SOCIAL = Pattern.compile(
      "follow .{1,60} on (?:twitter|x|facebook|instagram|linkedin|threads|bluesky|mastodon|tiktok|youtube)\\W*");

  /** Follow buttons for the article's author or topics. */
  private static final Pattern FOLLOW_WIDGET = Pattern.compile(
      "follow (?:the |this )?(?:author|authors|writer|topics?|tags?|reporter)\\b.{0,40}");

  /** Wire-agency credits at the end of an article. */
  private static final Pattern CREDIT_LINE = Pattern.compile(
      "^(?:additional )?(?:reporting|writing|editing|research) by\\b");

  /** The copyright line news agencies append to syndicated stories. */
  private static final Pattern WIRE_COPYRIGHT = Pattern.compile(
      "this material may not be published|(?:associated press|reuters|agence france-presse|afp)\\b.{0,40}all rights reserved");

  /** Site-wide legal and editorial-policy notices printed under every article. */
  private static final Pattern LEGAL_NOTICE = Pattern.compile(
      "\\bis not responsible for the (?:opinions|content|views)|^our standards:|\\bviews expressed (?:here|in this)"
          + "|\\bopinions expressed (?:here|in this)|\\bby using this (?:web)?site\\b|\\bin our terms of (?:service|use)"
          + "|\\bis published under a creative commons|\\bdetailed in the community guidelines");

  /** A name followed by its social-media handle, as author lines under headlines render. */
  private static final Pattern AUTHOR_HANDLE = Pattern.compile(
      "(?:\\p{Lu}[\\p{L}.'’\\-]*\\s){1,3}?\\p{Lu}[\\p{L}.'’\\-]*\\s?@\\w{2,30}(?:\\s*[/|·•,\\-]\\s*.{0,30})?",
      Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern DATE_LABEL = Pattern.compile(
      "^(?i:updated|posted|published|last updated|modified|first published)\\b:?\\s*(?:on\\s+)?"
          + "(?:\\d{1,2}[:/.]\\d{1,2}|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)"
          + "\\p{L}*[.,]?\\s+(?:\\d|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\p{L}*\\.?\\s+\\d)|\\d{1,2}\\s+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\\d+\\s+(?i:min|hour|day)s?)",
      Pattern.UNICODE_CHARACTER_CLASS);

  /** "Jane on May 2, 2018 at 4:47 pm said:", "degski says:": the header of a reader comment. */
  private static final Pattern COMMENT_SAID = Pattern.compile(
      "^(?:\\d{1,3}\\.\\s+)?(\\S.{0,60}?)\\s+(?:on\\s+.{6,45}?\\s+)?(?:says|said|wrote|writes)\\s*:?\\s*$",
      Pattern.UNICODE_CHARACTER_CLASS);
  /** A clock time ("4:47 pm", "19:09"): comment dates carry one, article dates under a headline often too. */
  private static final Pattern CLOCK = Pattern.compile("\\b\\d{1,2}:\\d{2}\\b");

  private static boolean dateLabelStart(String low) {
    return low.startsWith("updated") || low.startsWith("posted") || low.startsWith("published")
        || low.startsWith("last updated") || low.startsWith("modified") || low.startsWith("first published");
  }

  static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** A dot between a letter or digit and a lower-case letter early in the line ("Example.com"). */
  private static boolean domainDot(String t) {
    int n = Math.min(t.length() - 1, 80);
    for (int i = 1; i < n; i++) {
      if (t.charAt(i) == '.' && Character.isLetterOrDigit(t.charAt(i - 1)) && Character.isLowerCase(t.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  private static void classify(List<Line> lines) {
    for (Line l : lines) {
      l.cls = Line.Cls.SHORT;
      if (l.letters == 0) {
        l.noise = true;
        l.cls = Line.Cls.BAD;
        continue;
      }
      double sd = l.stopDensity();
      String label = l.label;
      if (l.words <= 8 && Lexicon.isSectionEndHeading(label)) {
        l.barrier = true;
        l.noise = true;
        l.cls = Line.Cls.BAD;
        continue;
      }
      if (isNoise(l)) {
        l.noise = true;
        l.cls = Line.Cls.BAD;
        continue;
      }
      if (l.words <= 14 && (Lexicon.BYLINE.matcher(l.text).matches()
          || Lexicon.AUTHOR_LABEL.matcher(l.text).matches())) {
        l.bylineLine = true;
      }
      if (l.words <= 14 && !l.bylineLine && l.text.indexOf(',') > 0 && AUTHOR_ROLE.matcher(l.text).matches()) {
        l.bylineLine = true; // "Jane Doe, AP National Security Writer"
      }
      if (l.words <= 10 && !l.bylineLine && l.text.indexOf('@') > 0 && AUTHOR_HANDLE.matcher(l.text).matches()) {
        l.bylineLine = true; // "Jane Doe @janedoe / 2 days", "Jane Doe@JaneDoe"
      }
      if ((l.words <= 8 || (l.words <= 12 && !l.text.endsWith("."))) && DateFinder.fromText(l.text) != null) {
        l.dateLine = true;
      } else if (l.words <= 14 && dateLabelStart(l.lower) && DATE_LABEL.matcher(l.text).find()) {
        l.dateLine = true; // "Updated Nov 19, 6:55 AM"
      }
      if (l.pre) {
        l.cls = l.words >= 3 ? Line.Cls.NEAR : Line.Cls.SHORT;
        continue;
      }
      if ((l.words >= 8 && sd >= 0.15 && (l.endsSentence || l.words >= 16))
          || (l.words >= 30 && sd >= 0.08)) {
        l.cls = Line.Cls.GOOD;
      } else if ((l.words >= 5 && sd >= 0.1) || (l.words >= 3 && l.endsSentence && sd > 0)) {
        l.cls = Line.Cls.NEAR;
      }
      if (l.cls != Line.Cls.SHORT && (gluedTeaser(l.text) || truncated(l))) {
        l.teaser = true;
      }
      if (l.dateLine || l.bylineLine) {
        l.cls = Line.Cls.SHORT;
        String low = l.lower;
        if (low.contains("comment") || low.contains("categor") || low.contains("share") || low.contains("tags")
            || low.contains("filed under")) {
          l.noise = true;
          l.cls = Line.Cls.BAD;
          l.dateLine = false;
          l.bylineLine = false;
        }
      }
    }
  }

  /**
   * A teaser as text dumps render it: a Title Case headline glued to its summary sentence without a space
   * ("Best Cheese Shops In DetroitWondering where to find ...").
   */
  static boolean gluedTeaser(String t) {
    int n = t.length();
    if (n > 600) {
      return false;
    }
    for (int k = 12; k + 1 < n; k++) {
      char a = t.charAt(k - 1);
      char b = t.charAt(k);
      if (Character.isUpperCase(b) && Character.isLowerCase(t.charAt(k + 1))
          && (Character.isLowerCase(a) || a == '?' || a == '!')) {
        // the glued word has a lower-case run before the capital ("DetroitIn", not "iPad", "McKinley")
        int low = 0;
        while (low < k && Character.isLowerCase(t.charAt(k - 1 - low))) {
          low++;
        }
        if (low < 3 && a != '?' && a != '!') {
          continue;
        }
        // the part before must look like a headline: several words, most of them capitalised
        String head = t.substring(0, k);
        int lastSpace = head.lastIndexOf(' ');
        if (lastSpace < 0) {
          continue;
        }
        String[] words = head.split("\\s+");
        if (words.length < 3 || words.length > 20) {
          continue;
        }
        int cap = 0;
        int counted = 0;
        for (String w : words) {
          if (w.isEmpty()) {
            continue;
          }
          char c = w.charAt(0);
          if (w.length() <= 3 && Character.isLowerCase(c)) {
            continue; // "of", "in", "to"
          }
          counted++;
          if (Character.isUpperCase(c) || Character.isDigit(c)) {
            cap++;
          }
        }
        if (counted >= 3 && cap * 10 >= counted * 8 && !titleCaseTail(t, k)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The text after a glue point goes on in Title Case ("... PS4 DualShock Controller, Apple AirPods and More"):
   * a brand written in CamelCase inside a headline, not a headline glued to its sentence-case summary.
   */
  private static boolean titleCaseTail(String t, int k) {
    int end = Math.min(t.length(), k + 120);
    String[] words = t.substring(k, end).split("\\s+");
    int counted = 0;
    int cap = 0;
    for (int i = 1; i < words.length && counted < 8; i++) {
      String w = words[i];
      if (w.isEmpty() || (w.length() <= 3 && Character.isLowerCase(w.charAt(0)))) {
        continue;
      }
      counted++;
      char c = w.charAt(0);
      if (Character.isUpperCase(c) || Character.isDigit(c)) {
        cap++;
      }
    }
    return counted >= 2 && cap * 10 >= counted * 8;
  }

  /** A summary cut off mid-sentence ("... for Windows 10 users with Realtek Bluetooth..."). */
  static boolean truncated(Line l) {
    if (l.words < 6 || l.words > 45) {
      return false;
    }
    String t = l.text;
    int n = t.length();
    int cut;
    if (t.endsWith("...")) {
      cut = n - 3;
    } else if (t.endsWith("…")) {
      cut = n - 1;
    } else {
      return false;
    }
    return cut > 0 && Character.isLetterOrDigit(t.charAt(cut - 1));
  }

  private static final Pattern READ_TIME = Pattern.compile(
      "\\d{1,3}\\s*(?:-\\s*)?min(?:ute)?s?\\.?(?: read| reading)?(?:\\s*[-–·|,]?\\s*\\d[\\d,.]*\\s*words)?");
  private static final Pattern GALLERY_COUNTER = Pattern.compile(
      "(?:image|photo|picture|slide|foto|bild|gallery)?\\s*\\d{1,3}\\s*(?:of|/|von|de|sur)\\s*\\d{1,3}");
  private static final Pattern COUNT = Pattern.compile("\\(\\d{1,5}\\)");
  /** "On OtherSite.com: headline", "At example.org - headline": a link to another site's story. */
  private static final Pattern CROSS_SITE = Pattern.compile(
      "^(?:\\p{L}+\\s){0,3}[\\p{L}\\d-]+\\.(?:com|org|net|co\\.uk|com\\.au|ca|de|fr|io|news|tv)\\s*[:|›»\\-–]\\s+\\S",
      Pattern.UNICODE_CHARACTER_CLASS);

  /** "Image 2 of 5", "3/12": a slideshow counter. */
  static boolean isGalleryCounter(Line l) {
    return l.words <= 5 && hasDigit(l.label) && GALLERY_COUNTER.matcher(l.label).matches();
  }

  private static boolean isNoise(Line l) {
    String label = l.label;
    String t = l.text;
    if (l.words <= 6 && Lexicon.UI_LABELS.contains(label)) {
      return true;
    }
    boolean digit = hasDigit(label);
    if (digit && l.words <= 6 && t.endsWith(")")) {
      // "View all (23)", "Photos (4)": a UI label with a count
      int open = t.lastIndexOf('(');
      if (open > 0 && COUNT.matcher(t.substring(open)).matches()
          && Lexicon.UI_LABELS.contains(Lexicon.label(t.substring(0, open)))) {
        return true;
      }
    }
    if (l.words <= 6 && (label.startsWith("back to ") || digit && READ_TIME.matcher(label).matches())) {
      return true; // "Back to Gallery", "5 min read"
    }
    if (isGalleryCounter(l)) {
      return true;
    }
    if (l.words <= 20 && domainDot(t) && CROSS_SITE.matcher(t).find()) {
      return true;
    }
    if (l.words <= 10 && l.lower.startsWith("follow ") && (FOLLOW_ON_SOCIAL.matcher(l.lower).matches()
        || FOLLOW_WIDGET.matcher(l.lower).matches())) {
      return true; // "Follow Jane Doe on Twitter", "Follow the topics within this article"
    }
    if (l.words <= 40 && (l.lower.contains("responsible") || l.lower.contains("expressed")
        || l.lower.startsWith("our standards") || l.lower.contains("terms of") || l.lower.contains("guidelines")
        || l.lower.contains("license")) && LEGAL_NOTICE.matcher(l.lower).find()) {
      return true; // "X is not responsible for the opinions ... of contributors", "Our Standards: ..."
    }
    if (W3M_BUTTON.matcher(t).matches() || URL_ONLY.matcher(t).matches()
        || (l.words <= 3 && t.indexOf(' ') < 0 && DOMAIN_ONLY.matcher(t).matches())) {
      return true;
    }
    if (l.words <= 20 && (t.contains("://") || t.contains("www."))) {
      return true;
    }
    String low = l.lower;
    if (l.words <= 40) {
      if (Lexicon.startsWithNoisePrefix(low)) {
        return true;
      }
      if (low.indexOf('©') >= 0 || low.startsWith("copyright")) {
        return true;
      }
    }
    if (l.words <= 12 && isShareBar(low)) {
      return true;
    }
    return false;
  }

  private static boolean isShareBar(String low) {
    int n = 0;
    int i = 0;
    int len = low.length();
    while (i < len) {
      char c = low.charAt(i);
      if (!(Character.isLetter(c) || c == '+')) {
        i++;
        continue;
      }
      int j = i;
      while (j < len && (Character.isLetter(low.charAt(j)) || low.charAt(j) == '+')) {
        j++;
      }
      if (!Lexicon.SHARE_WORDS.contains(low.substring(i, j))) {
        return false;
      }
      n++;
      i = j;
    }
    return n >= 2;
  }

  /**
   * Newsletter, donation, subscription, cookie, comment-policy and affiliate notices: one strong word in a
   * short line, or several appeal words in a medium one.
   */
  static boolean isAppeal(Line l) {
    if (l.appeal == 0) {
      l.appeal = computeAppeal(l) ? 1 : 2;
    }
    return l.appeal == 1;
  }

  private static boolean computeAppeal(Line l) {
    if (l.words < 3) {
      return false;
    }
    int h = appealHits(l);
    if ((h >= 2 && l.words <= 50) || (h >= 2 + l.words / 50)) {
      return true;
    }
    return l.words <= 30 && strongAppealHits(l) >= 1;
  }

  private static int strongAppealHits(Line l) {
    int n = 0;
    String t = l.text;
    String low = l.lower;
    if (low.contains("sign up") || low.contains("signing up") || low.contains("sign-up")) {
      n++;
    }
    if (EMAIL.matcher(t).find()) {
      n++;
    }
    if (low.contains(" commission") && AFFILIATE_COMMISSION.matcher(low).find()) {
      n++; // "we may receive a small commission", not "the health commission said"
    }
    int i = 0;
    int len = low.length();
    boolean firstToken = true;
    while (i < len) {
      if (!Character.isLetter(low.charAt(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < len && (Character.isLetter(low.charAt(j)) || low.charAt(j) == '-')) {
        j++;
      }
      String tok = j - i >= 5 ? low.substring(i, j) : "";
      if (!tok.isEmpty() && Lexicon.STRONG_APPEAL_WORDS.contains(tok)) {
        // "Commission", "Newsletter Act" as proper nouns do not count; lower case, ALL CAPS or a sentence's
        // first word ("Need more news? Subscribe to ...") do
        String orig = t.substring(i, j);
        boolean sentenceStart = firstToken || (i >= 2 && low.charAt(i - 1) == ' '
            && (low.charAt(i - 2) == '.' || low.charAt(i - 2) == '?' || low.charAt(i - 2) == '!'));
        if (sentenceStart || orig.equals(tok) || orig.equals(orig.toUpperCase(Locale.ROOT))) {
          n++;
        }
      }
      firstToken = false;
      i = j;
    }
    return n;
  }

  private static final Pattern AFFILIATE_COMMISSION =
      Pattern.compile("\\b(?:a|small|affiliate|earn|earns|receive|receives|get|make)(?: small)? commissions?\\b");
  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]{2,}");

  private static int appealHits(Line l) {
    if (l.appealHits < 0) {
      l.appealHits = countAppealHits(l);
    }
    return l.appealHits;
  }

  private static int countAppealHits(Line l) {
    if (l.words < 5) {
      return 0;
    }
    Set<String> seen = null;
    String low = l.lower;
    int len = low.length();
    int i = 0;
    while (i < len) {
      if (!Character.isLetter(low.charAt(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < len && (Character.isLetter(low.charAt(j)) || low.charAt(j) == '-')) {
        j++;
      }
      if (j - i >= 4) {
        String tok = low.substring(i, j);
        if (Lexicon.APPEAL_WORDS.contains(tok)) {
          if (seen == null) {
            seen = new HashSet<>();
          }
          seen.add(tok);
        }
      }
      i = j;
    }
    return seen == null ? 0 : seen.size();
  }

  private static final Pattern BIO = Pattern.compile(
      "^(?:\\p{Lu}[\\p{L}'’.\\-]+\\s){1,3}(?:is|was|has been|writes|covers|joined|is currently)\\b.{0,200}"
          + "\\b(?i:reporter|writer|editor|journalist|correspondent|author|contributor|columnist|founder|"
          + "consultant|producer|host|freelancer?|intern|analyst|blogger|photographer|fellow|professor)\\b.*",
      Pattern.UNICODE_CHARACTER_CLASS | Pattern.DOTALL);

  /** "Jane Doe is a reporter for ..." after the article. */
  static boolean isAuthorBio(Line l) {
    return l.words <= 70 && BIO.matcher(l.text).matches();
  }

  // ------------------------------------------------------------------ lists

  /** Marks runs of bullet items that look like menus / link lists. */
  private static void markLists(List<Line> lines) {
    int n = lines.size();
    int i = 0;
    while (i < n) {
      if (!lines.get(i).bullet) {
        i++;
        continue;
      }
      int j = i;
      int baseIndent = lines.get(i).indent;
      while (j + 1 < n) {
        Line next = lines.get(j + 1);
        if (next.bullet || (next.indent > baseIndent && next.indent > 0)) {
          j++;
        } else {
          break;
        }
      }
      int items = 0;
      int words = 0;
      int sentences = 0;
      int good = 0;
      int lowerStart = 0;
      int maxWords = 0;
      for (int k = i; k <= j; k++) {
        Line l = lines.get(k);
        if (l.bullet) {
          items++;
        }
        words += l.words;
        maxWords = Math.max(maxWords, l.words);
        if (l.endsSentence) {
          sentences++;
        }
        if (l.cls == Line.Cls.GOOD) {
          good++;
        }
        if (!l.text.isEmpty() && !Character.isUpperCase(l.text.charAt(0))) {
          lowerStart++;
        }
      }
      int count = j - i + 1;
      double avg = (double) words / count;
      boolean menu;
      if (good * 2 >= count || (avg >= 8 && sentences * 3 >= count)) {
        menu = false;
      } else if (items >= 2 && avg < 5 && sentences * 4 < count && lowerStart * 2 < count) {
        menu = true;
      } else {
        menu = items >= 6 && avg < 7 && sentences * 4 < count && good == 0;
      }
      if (menu) {
        for (int k = i; k <= j; k++) {
          lines.get(k).menuRun = true;
        }
      }
      i = j + 1;
    }
  }

  // ------------------------------------------------------------------ inline boxes

  /**
   * "Related stories" boxes inside an article: a section-end heading followed by a few links and then more
   * prose paragraphs is a box in the middle of the text, not the end of the article.
   */
  private static void inlineBoxes(List<Line> lines) {
    int n = lines.size();
    // from the bottom up: a box split under two headings ("Related" twice) is resolved from its last part
    for (int i = n - 1; i >= 0; i--) {
      Line b = lines.get(i);
      if (!b.barrier || isCommentHeading(b) || isAppealHeading(b)) {
        continue;
      }
      int links = 0;
      int j = i + 1;
      for (; j < n; j++) {
        Line l = lines.get(j);
        if (l.words == 0 || l.noise && !l.barrier) {
          continue;
        }
        if (l.barrier) {
          break;
        }
        boolean linkish = l.bullet || l.menuRun || l.words <= 15 || l.linkDensity > 0.5;
        if (!linkish || l.cls == Line.Cls.GOOD && !l.bullet && l.linkDensity <= 0.5) {
          break;
        }
        if (++links > 16) {
          break;
        }
      }
      int prose = 0;
      double mass = 0;
      for (int k = j; k < n && prose < 2; k++) {
        Line l = lines.get(k);
        if (l.words == 0 || (l.noise && !l.barrier)) {
          continue;
        }
        if (l.cls == Line.Cls.GOOD && !l.bullet && l.gapBefore && l.linkDensity <= 0.5 && l.domNoise < 0.5) {
          prose++;
          mass += l.text.length();
        } else if (!(prose > 0 && l.cls == Line.Cls.SHORT && !l.bullet && l.words <= 8 && l.domNoise < 0.5)) {
          break; // a subheading between the paragraphs below the box does not end them
        }
      }
      boolean insideArticle = prose >= 1 && proseParagraphsBefore(lines, i, 3);
      // closing paragraphs shorter than that are enough when the box sits inside a longer article
      boolean articleGoesOn = (prose >= 2 && mass >= 300) || (insideArticle && mass >= 120);
      // HTML: a longer box ("Most read" with a dozen teasers) inside the article container, the article
      // going on below it in the same container
      boolean htmlAside = links <= 16 && b.inArticle && b.linkDensity >= 0 && prose >= 2 && mass >= 200
          && insideArticle && articleProseAt(lines, j);
      if (links >= 1 && ((links <= 6 && articleGoesOn) || htmlAside)) {
        b.barrier = false;
        b.boxHead = true;
      } else if (links == 0 && prose >= 2 && mass >= 300 && b.words <= 3) {
        // "Other story headline" then "Read more" between two paragraphs: the link stands above its label
        Line p = null;
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
          Line c = lines.get(k);
          if (c.words > 0 && !c.noise) {
            p = c;
            break;
          }
        }
        if (p != null && headlineLike(p) && p.cls != Line.Cls.GOOD) {
          b.barrier = false;
          b.boxHead = true;
          p.menuRun = true;
        }
      }
    }
  }

  /** The first content line from {@code j} on is prose inside the article container with no DOM noise. */
  private static boolean articleProseAt(List<Line> lines, int j) {
    for (int k = j; k < lines.size(); k++) {
      Line l = lines.get(k);
      if (l.words == 0 || l.noise) {
        continue;
      }
      return l.inArticle && l.domNoise < 0.3 && l.cls == Line.Cls.GOOD;
    }
    return false;
  }

  /** At least {@code min} prose paragraphs stand right above line {@code i} (nothing but short lines between). */
  private static boolean proseParagraphsBefore(List<Line> lines, int i, int min) {
    int found = 0;
    for (int k = i - 1; k >= 0 && found < min; k--) {
      Line l = lines.get(k);
      if (l.words == 0) {
        continue;
      }
      if (l.barrier || l.menuRun || l.teaser) {
        return false;
      }
      if (l.cls == Line.Cls.GOOD && !l.noise && !l.bullet) {
        found++;
      }
    }
    return found >= min;
  }

  /** "A message from ...", "Dear readers": the start of a donation or subscription appeal. */
  static boolean isAppealHeading(Line l) {
    String lb = l.label;
    return lb.startsWith("a message") || lb.startsWith("a note") || lb.startsWith("dear reader")
        || lb.startsWith("support") || lb.startsWith("before you go") || lb.startsWith("thank");
  }

  static boolean isCommentHeading(Line l) {
    String lb = l.label;
    return lb.contains("comment") || lb.contains("repl") || lb.contains("conversation")
        || lb.contains("discussion") || lb.contains("response") || lb.contains("thoughts on");
  }

  // ------------------------------------------------------------------ reader comments

  /**
   * Reader comments under the article: each opens with a header, "Name on May 2, 2018 at 4:47 pm said:",
   * "Name says:", or a short name line directly above a date line with a clock time. A header with article
   * prose above it and another header not far below starts the comment thread; from there on nothing is
   * article text, whatever its length (a heading such as "Comments" is not always there, and long reader
   * comments otherwise outweigh a short post).
   */
  private static void markCommentThreads(List<Line> lines) {
    int n = lines.size();
    boolean[] header = new boolean[n];
    int prose = 0;
    int candidate = -1;
    int start = -1;
    for (int i = 0; i < n; i++) {
      Line l = lines.get(i);
      header[i] = commentHeader(lines, i);
      if (header[i] && start < 0) {
        if (candidate >= 0 && i - candidate <= 40) {
          start = candidate;
        } else {
          candidate = prose >= 400 ? i : -1;
        }
      }
      if (l.cls == Line.Cls.GOOD && !l.noise && !l.teaser && l.gapBefore) {
        prose += l.text.length();
      }
    }
    if (start < 0) {
      return;
    }
    for (int k = start; k < n; k++) {
      Line c = lines.get(k);
      c.comment = true;
      if (header[k]) {
        c.noise = true;
        c.cls = Line.Cls.BAD;
      }
    }
  }

  private static boolean commentHeader(List<Line> lines, int i) {
    Line l = lines.get(i);
    if (l.words == 0 || l.words > 16 || (l.endsSentence && !l.text.endsWith(":"))) {
      return false;
    }
    int next = nearbyLine(lines, i, 1, 2);
    Line d = next < 0 ? null : lines.get(next);
    if (l.text.endsWith(":") || l.lower.endsWith("says") || l.lower.endsWith("said")) {
      Matcher m = COMMENT_SAID.matcher(l.text);
      // a list item, an indented line, or a date with it: not a paragraph introducing a quote ("Jane Doe said:")
      if (m.matches() && commenterName(m.group(1))
          && (l.bullet || l.indent > 0 || DateFinder.fromText(l.text) != null || (d != null && d.dateLine))) {
        return true;
      }
    }
    // "Jane Doe" / "1. Jane Doe" above "August 22, 2018 at 5:57 am"
    if (d == null || l.words > 5 || l.dateLine || l.text.length() > 50
        || !Character.isLetterOrDigit(l.text.charAt(0))) {
      return false;
    }
    // a list item or a "Reply" link below: live-blog entries also carry an author and a time
    return d.dateLine && d.words <= 10 && CLOCK.matcher(d.text).find()
        && commenterName(l.text.replaceFirst("^\\d{1,3}\\.\\s+", "")) && (l.bullet || replyLinkBelow(lines, next));
  }

  private static boolean replyLinkBelow(List<Line> lines, int i) {
    for (int k = i + 1; k < lines.size() && k <= i + 12; k++) {
      String lb = lines.get(k).label;
      if (lb.equals("reply") || lb.startsWith("reply to") || lb.equals("antworten") || lb.equals("répondre")) {
        return true;
      }
    }
    return false;
  }

  /** A name or handle: one token, or up to five capitalised tokens ("Catherine (GiveWell)", "Gary M"). */
  private static boolean commenterName(String name) {
    String[] toks = name.trim().split("\\s+");
    if (toks.length == 1) {
      return toks[0].length() <= 30;
    }
    if (toks.length > 5) {
      return false;
    }
    for (String t : toks) {
      char c = t.charAt(0);
      if (!(Character.isUpperCase(c) || c == '(' || c == '@' || Character.isDigit(c))) {
        return false;
      }
    }
    return true;
  }

  // ------------------------------------------------------------------ tight blocks

  /**
   * Dumps separate paragraphs by blank lines; navigation and teaser grids come as runs of lines without
   * blank lines between them. A tight run made mostly of short labels is a menu.
   */
  private static void markTightBlocks(List<Line> lines) {
    int n = lines.size();
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && !lines.get(j + 1).gapBefore && lines.get(j + 1).group < 0) {
        j++;
      }
      int count = j - i + 1;
      if (count >= 3) {
        int shortLabels = 0;
        for (int k = i; k <= j; k++) {
          Line l = lines.get(k);
          if (l.words <= 4 && !l.endsSentence && !l.dateLine && !l.bylineLine) {
            shortLabels++;
          }
        }
        if (count >= 6 && isDataTable(lines, i, j)) {
          for (int k = i; k <= j; k++) {
            Line l = lines.get(k);
            if (l.noise && l.words <= 3 && hasDigit(l.text) && !l.barrier) {
              l.noise = false; // "25 min", "3/4" in a table are values, not a reading time or a slide counter
              l.cls = Line.Cls.SHORT;
            }
            l.table = !l.noise;
          }
        } else if (shortLabels * 10 >= count * 6) {
          for (int k = i; k <= j; k++) {
            Line l = lines.get(k);
            if (l.cls != Line.Cls.GOOD && !l.dateLine && !l.bylineLine) {
              l.menuRun = true;
            }
          }
        }
      }
      i = j + 1;
    }
  }

  /** Pre-formatted code or a directory tree: "|-- include/", "x = f(y);", "<config files>", "$ pip install". */
  private static boolean codeLike(String t) {
    return t.contains("|--") || t.contains("{") || t.contains("}") || t.contains(");") || t.contains(" = ")
        || (t.startsWith("<") && t.endsWith(">")) || t.startsWith("$ ") || t.startsWith("#") || t.startsWith("//");
  }

  /**
   * A table or a code block inside the article, as dumps linearise it (one cell per line, no blank lines):
   * many cells hold numbers (or code), and prose paragraphs stand right above and below it. Menus have few
   * numbers and no prose around them.
   */
  private static boolean isDataTable(List<Line> lines, int i, int j) {
    int values = 0;
    for (int k = i; k <= j; k++) {
      Line l = lines.get(k);
      if (l.words > 12) {
        return false;
      }
      if (hasDigit(l.text) || codeLike(l.text)) {
        values++;
      }
    }
    if (values * 10 < (j - i + 1) * 4) {
      return false;
    }
    Line before = i > 0 ? prevContent(lines, i, 0) : null;
    Line after = nextContent(lines, j, lines.size() - 1);
    return before != null && after != null && before.cls == Line.Cls.GOOD && after.cls == Line.Cls.GOOD
        && !before.noise && !after.noise && !before.teaser && !after.teaser;
  }

  // ------------------------------------------------------------------ structured data

  /**
   * HTML pages often carry the article text in JSON-LD ({@code articleBody}). When it is long enough, blocks
   * whose text occurs in it are article text, whatever their shape; prose blocks that do not occur in it are
   * probably not.
   */
  private static void markStructuredBody(List<Line> lines, @Nullable Meta meta) {
    if (meta == null || meta.articleBody == null || meta.articleBody.length() < 500) {
      return;
    }
    String body = letters(meta.articleBody);
    int matched = 0;
    int prose = 0;
    for (Line l : lines) {
      if (l.words < 4 || l.barrier) {
        continue;
      }
      String t = letters(l.text);
      if (t.length() >= 20 && body.contains(t)) {
        l.ldBody = 1;
        matched += t.length();
      } else if (l.cls == Line.Cls.GOOD) {
        l.ldBody = -1;
      }
      if (l.cls == Line.Cls.GOOD) {
        prose += t.length();
      }
    }
    if (DEBUG.get() != null) {
      DEBUG.get().append("articleBody ").append(body.length()).append(" matched ").append(matched).append('\n');
    }
    // an articleBody that matches little of the page (a summary, another language) is no evidence
    if (matched < Math.min(body.length() / 2, 2000)) {
      for (Line l : lines) {
        l.ldBody = 0;
      }
      return;
    }
    // when the block holding its last words is found, the article is complete: prose after it is not article
    String tail = body.substring(Math.max(0, body.length() - 40));
    int last = -1;
    for (int i = lines.size() - 1; i >= 0; i--) {
      if (lines.get(i).ldBody > 0) {
        last = letters(lines.get(i).text).contains(tail) ? i : -1;
        break;
      }
    }
    for (int i = last + 1; last >= 0 && i < lines.size(); i++) {
      if (lines.get(i).ldBody < 0) {
        lines.get(i).ldBody = -2;
      }
    }
  }

  /** Lower-case letters and digits only: robust to entity, quote and whitespace differences. */
  private static String letters(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.append(Character.toLowerCase(c));
      }
    }
    return sb.toString();
  }

  // ------------------------------------------------------------------ teaser units

  /**
   * Teaser grids as dumps render them: a run of units, each a headline, then byline / date / author-name
   * lines or nothing, then a one-paragraph summary glued to them (no blank line). Three or more units in a
   * row are a grid of other stories, wherever they stand (after short articles they outweigh the text).
   * The article itself is at most one such unit: its body follows as more paragraphs, not another headline.
   */
  private static void markTeaserUnits(List<Line> lines) {
    int n = lines.size();
    int groupStart = -1;
    int groupEnd = -1;
    int units = 0;
    int i = 0;
    while (i < n) {
      int end = teaserUnitEnd(lines, i);
      if (end < 0) {
        i++;
        continue;
      }
      if (units > 0 && i - groupEnd <= 4 && noProseBetween(lines, groupEnd + 1, i)) {
        units++;
        groupEnd = end;
      } else {
        closeTeaserGroup(lines, groupStart, groupEnd, units);
        groupStart = i;
        groupEnd = end;
        units = 1;
      }
      i = end + 1;
    }
    closeTeaserGroup(lines, groupStart, groupEnd, units);
  }

  /**
   * Blog fronts and "more posts" sections: a headline, an excerpt, then "Read the rest" / "Continue reading".
   * Two or more such units make them excerpts of other posts; one alone may be the article's own cut.
   */
  private static void markReadMoreTeasers(List<Line> lines) {
    List<Integer> links = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.words > 0 && l.words <= 4 && Lexicon.READ_MORE.contains(l.label)) {
        Line excerpt = lines.get(i - 1);
        if (excerpt.cls != Line.Cls.SHORT && !excerpt.noise) {
          links.add(i);
        }
      }
    }
    if (links.size() < 2) {
      return;
    }
    for (int i : links) {
      lines.get(i).noise = true;
      lines.get(i - 1).teaser = true;
      if (i >= 2) {
        Line head = lines.get(i - 2);
        if (head.words > 0 && head.words <= 25 && !head.text.endsWith(".") && !head.noise) {
          head.teaser = true;
        }
      }
    }
  }

  private static void closeTeaserGroup(List<Line> lines, int from, int to, int units) {
    if (units < 3) {
      return;
    }
    for (int k = from; k <= to; k++) {
      Line l = lines.get(k);
      if (!l.noise) {
        l.teaser = true;
      }
    }
  }

  private static boolean noProseBetween(List<Line> lines, int from, int to) {
    for (int k = from; k < to; k++) {
      Line l = lines.get(k);
      if (!l.noise && l.cls == Line.Cls.GOOD) {
        return false;
      }
    }
    return true;
  }

  /** If a teaser unit starts at headline line {@code h}, the index of its summary line; else -1. */
  private static int teaserUnitEnd(List<Line> lines, int h) {
    Line head = lines.get(h);
    if (!headlineLike(head)) {
      return -1;
    }
    int meta = 0;
    int prev = h;
    for (int k = h + 1, seen = 0; k < lines.size() && seen < 4; k++) {
      Line l = lines.get(k);
      if (l.noise || l.words == 0) {
        prev = -1;
        continue;
      }
      seen++;
      if (l.dateLine || l.bylineLine || nameLike(l)) {
        meta++;
        prev = k;
        continue;
      }
      boolean prose = (l.cls == Line.Cls.GOOD || l.cls == Line.Cls.NEAR && l.endsSentence) && l.words >= 6
          && !l.bullet;
      if (!prose) {
        return -1;
      }
      // the summary hangs on the headline or its meta lines without a blank line between, and starts a
      // sentence (hard-wrapped text continues in lower case); without meta lines the headline is in Title Case
      char c0 = l.text.charAt(0);
      boolean starts = Character.isUpperCase(c0) || Character.isDigit(c0) || c0 == '"' || c0 == '“' || c0 == '\'';
      return starts && !l.gapBefore && prev == k - 1 && (meta > 0 || k == h + 1 && titleCase(head)) ? k : -1;
    }
    return -1;
  }

  private static boolean headlineLike(Line l) {
    return !l.noise && !l.barrier && !l.bullet && l.words >= 3 && l.words <= 25 && !l.endsSentence
        && (l.cls != Line.Cls.GOOD || l.words <= 16) && !l.dateLine && !l.bylineLine && l.text.length() <= 200;
  }

  static boolean isAllCaps(String t) {
    int upper = 0;
    int lower = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isUpperCase(c)) {
        upper++;
      } else if (Character.isLowerCase(c)) {
        lower++;
      }
    }
    return upper >= 10 && lower * 10 <= upper;
  }

  /** Most words (ignoring short lower-case function words) start with a capital or a digit. */
  private static boolean titleCase(Line l) {
    int cap = 0;
    int counted = 0;
    for (String w : l.text.split("\\s+")) {
      if (w.isEmpty() || w.length() <= 3 && Character.isLowerCase(w.charAt(0))) {
        continue;
      }
      counted++;
      char c = w.charAt(0);
      if (Character.isUpperCase(c) || Character.isDigit(c) || !Character.isLetter(c)) {
        cap++;
      }
    }
    return counted >= 3 && cap * 10 >= counted * 8;
  }

  /** "Jane Doe": two to four capitalised words without stop words or digits (an author under a teaser). */
  static boolean nameLike(Line l) {
    if (l.words < 2 || l.words > 4 || l.stop > 0 || l.endsSentence || l.upperInitial < l.words) {
      return false;
    }
    String t = l.text;
    for (int i = 0; i < t.length(); i++) {
      if (Character.isDigit(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  // ------------------------------------------------------------------ captions

  private static void markCaptions(List<Line> lines) {
    int n = lines.size();
    for (int i = 0; i < n; i++) {
      Line l = lines.get(i);
      if (l.words > 40 || l.words == 0) {
        continue;
      }
      boolean credit = isCredit(l);
      if (!credit) {
        continue;
      }
      if (!l.noise && l.cls == Line.Cls.GOOD && l.words > 25 && !PHOTO_CREDIT_END.matcher(l.text).find()) {
        continue; // a paragraph ending with a source, unless the source is a photographer's
      }
      l.caption = true;
      // The same caption shown once without its credit just before it
      if (i > 0 && lines.get(i - 1).words >= 4 && l.text.startsWith(lines.get(i - 1).text)) {
        lines.get(i - 1).caption = true;
      }
      // The caption sentence after an image credit ("Tahir Della (dpa)" then "Tahir Della helped ...").
      if (i + 1 < n && !l.endsSentence) {
        Line next = lines.get(i + 1);
        if (!next.noise && !next.bullet && next.words <= 30 && next.cls != Line.Cls.GOOD) {
          next.caption = true;
        }
      }
      // Caption lines glued to the credit line (no blank line between them).
      for (int k = i - 1; k >= 0 && k >= i - 4 && !lines.get(k + 1).gapBefore; k--) {
        Line c = lines.get(k);
        if (c.words > 60 || c.bullet != l.bullet && c.words > 0 && !c.bullet) {
          break;
        }
        c.caption = true;
      }
      for (int k = i + 1; k < n && k <= i + 2 && !lines.get(k).gapBefore; k++) {
        Line c = lines.get(k);
        if (c.words > 60) {
          break;
        }
        c.caption = true;
      }
    }
    // Caption blocks: a caption sentence with its credit glued below it ("Jane Doe, AP", "NASA Worldview")
    // and a blank line after. A headline with its author has no sentence, so it is not taken for one.
    int a = 0;
    while (a < n) {
      int b = a;
      while (b + 1 < n && !lines.get(b + 1).gapBefore) {
        b++;
      }
      int size = b - a + 1;
      if (size >= 2 && size <= 4 && (lines.get(b).linkDensity < 0)) {
        Line credit = lines.get(b);
        boolean sentence = false;
        boolean fits = credit.words <= 6 && (nameLike(credit) || isCredit(credit)) && !credit.bullet;
        for (int k = a; k < b && fits; k++) {
          Line c = lines.get(k);
          if (c.words > 100 || c.bullet || c.dateLine || c.bylineLine || c.noise) {
            fits = false;
          }
          if (c.words >= 5 && (c.text.endsWith(".") || Lexicon.CAPTION_CREDIT.matcher(c.text).find())) {
            sentence = true;
          }
        }
        if (fits && sentence) {
          for (int k = a; k <= b; k++) {
            lines.get(k).caption = true;
          }
        }
      }
      a = b + 1;
    }
    // Gallery slides: "Image 2 of 5" then the slide's caption
    for (int i = 0; i + 1 < n; i++) {
      Line l = lines.get(i);
      if (l.noise && l.words <= 5 && GALLERY_COUNTER.matcher(l.label).matches()) {
        Line c = lines.get(i + 1);
        if (!c.noise && c.words <= 60 && !c.bullet) {
          c.caption = true;
        }
      }
    }
    // Repeated lines (gallery captions, teasers shown twice): later copies are dropped.
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Line l = lines.get(i);
      if (l.words < 4) {
        continue;
      }
      Integer first = seen.putIfAbsent(l.text, i);
      if (first != null) {
        l.duplicate = true;
        // a headline-like line shown several times is a teaser / video title: no copy is article text
        Line f = lines.get(first);
        if (l.words <= 15 && !l.endsSentence && !l.dateLine) {
          f.duplicate = true;
        }
      }
    }
  }

  /**
   * Text dumps sometimes repeat the article further down in other chunks (AMP or structured-data copies,
   * "print" versions cut at fixed lengths). A line of a tight block whose word 5-grams mostly occurred
   * earlier on the page is such an echo; exact repeats are handled as duplicates.
   */
  private static void markEchoes(List<Line> lines) {
    int n = lines.size();
    LongSet seen = new LongSet();
    long[] buf = new long[64];
    for (int i = 0; i < n; i++) {
      Line l = lines.get(i);
      if (l.words < 10 || l.noise) {
        continue;
      }
      int k = wordShingles(l.lower, buf.length < l.words ? (buf = new long[l.words * 2]) : buf);
      if (k == 0) {
        continue;
      }
      boolean tight = l.linkDensity < 0 && (!l.gapBefore || (i + 1 < n && !lines.get(i + 1).gapBefore));
      if (tight && !l.duplicate) {
        int hit = 0;
        for (int j = 0; j < k; j++) {
          if (seen.contains(buf[j])) {
            hit++;
          }
        }
        if (hit * 10 >= k * 6) {
          l.duplicate = true;
        }
      }
      for (int j = 0; j < k; j++) {
        seen.add(buf[j]);
      }
    }
  }

  /** Open-addressing set of longs (no boxing); 0 is used as the empty slot, so 0 is stored as 1. */
  private static final class LongSet {
    long[] slots = new long[1024];
    int size;

    boolean contains(long v) {
      long x = v == 0 ? 1 : v;
      int mask = slots.length - 1;
      for (int i = mix(x) & mask; ; i = (i + 1) & mask) {
        long s = slots[i];
        if (s == 0) {
          return false;
        }
        if (s == x) {
          return true;
        }
      }
    }

    void add(long v) {
      long x = v == 0 ? 1 : v;
      if (size * 2 >= slots.length) {
        long[] old = slots;
        slots = new long[old.length * 2];
        size = 0;
        for (long o : old) {
          if (o != 0) {
            add(o);
          }
        }
      }
      int mask = slots.length - 1;
      for (int i = mix(x) & mask; ; i = (i + 1) & mask) {
        long s = slots[i];
        if (s == x) {
          return;
        }
        if (s == 0) {
          slots[i] = x;
          size++;
          return;
        }
      }
    }

    private static int mix(long x) {
      long h = x * 0x9E3779B97F4A7C15L;
      return (int) (h ^ (h >>> 32));
    }
  }

  /** Hashes of the word 5-grams of a lower-cased line into {@code out}; returns their number. */
  private static int wordShingles(String low, long[] out) {
    long[] w = new long[5];
    int words = 0;
    int k = 0;
    int len = low.length();
    int i = 0;
    while (i < len && k < out.length) {
      if (!Character.isLetterOrDigit(low.charAt(i))) {
        i++;
        continue;
      }
      int h = 0;
      while (i < len && Character.isLetterOrDigit(low.charAt(i))) {
        h = 31 * h + low.charAt(i);
        i++;
      }
      w[words % 5] = h;
      words++;
      if (words >= 5) {
        long x = 1125899906842597L;
        for (int j = words - 5; j < words; j++) {
          x = 31 * x + w[j % 5];
        }
        out[k++] = x;
      }
    }
    return k;
  }

  private static final Pattern GLUED_CREDIT = Pattern.compile(
      "(?:\\p{Ll}|[.)])(?:Credit|Credits|Photo|Image|Picture|Source)\\s?:\\s?\\S.{0,80}$|"
          + "[.!?]\\s+(?:Credit|Photo|Image|Picture|Foto|Bild)\\s?:\\s?\\S.{0,80}$",
      Pattern.UNICODE_CHARACTER_CLASS);

  /** "Shy owlShy owl": an image's alt text rendered next to the same caption. */
  static boolean doubled(String t) {
    int n = t.length();
    if (n < 16) {
      return false;
    }
    int h = n / 2;
    if (n % 2 == 0 && t.regionMatches(0, t, h, h)) {
      return true;
    }
    // "X X" with one separating space
    return n % 2 == 1 && t.charAt(h) == ' ' && t.regionMatches(0, t, h + 1, h);
  }

  /** "... holding a joint. Getty", "... by state. Statista": a caption with its source after the last period. */
  private static final Pattern TRAILING_SOURCE = Pattern.compile(
      "\\p{Ll}{2}[.!?]\\s+\\p{Lu}[\\p{L}&'’\\-]*(?:\\s\\p{Lu}[\\p{L}&'’\\-]*){0,2}$",
      Pattern.UNICODE_CHARACTER_CLASS);

  private static boolean isCredit(Line l) {
    String low = l.lower;
    String text = l.text;
    if (l.words <= 60 && !l.endsSentence) {
      int d = Math.max(text.lastIndexOf(". "), Math.max(text.lastIndexOf("! "), text.lastIndexOf("? ")));
      if (d >= 2 && text.length() - d <= 45 && TRAILING_SOURCE.matcher(text).region(d - 2, text.length()).find()) {
        return true;
      }
    }
    if (l.words <= 60 && text.indexOf(':') > 0 && GLUED_CREDIT.matcher(text).find()) {
      return true;
    }
    if (l.words <= 60 && doubled(l.text)) {
      return true;
    }
    for (String p : CREDIT_PREFIXES) {
      if (low.startsWith(p)) {
        return true;
      }
    }
    String t = l.text;
    boolean slash = t.indexOf('/') >= 0;
    if (t.indexOf('(') >= 0 || slash || low.contains("photo") || low.contains("image") || low.contains("getty")
        || low.contains("picture") || low.contains("shutterstock")) {
      if (Lexicon.CAPTION_CREDIT.matcher(t).find()) {
        return true;
      }
    }
    return slash && !l.endsSentence && l.words <= 20 && SLASH_CREDIT.matcher(t).find();
  }

  /** "... in Montecito, California. (Photo by Jane Doe/Getty Images)": a long caption ends like this. */
  private static final Pattern PHOTO_CREDIT_END = Pattern.compile(
      "\\((?i:photo|photograph|image|picture|credit)s?(?: by|:|\\s*credit:?)\\s[^()]{2,80}\\)\\s*$");

  private static final String[] CREDIT_PREFIXES = {
    "photo:", "photos:", "image:", "images:", "credit:", "photograph:", "picture:", "image copyright",
    "image caption", "media caption", "photo credit", "image credit", "(photo", "(image", "(credit",
    "foto:", "bild:", "getty images", "file photo"
  };

  // ------------------------------------------------------------------ region

  private static void scoreLines(List<Line> lines) {
    boolean afterComments = false;
    boolean inGallery = false;
    boolean inBox = false;
    int proseBefore = 0;
    for (int li = 0; li < lines.size(); li++) {
      Line l = lines.get(li);
      if (l.barrier && (proseBefore < 250 || l.bullet || l.menuRun)) {
        // "Comments (32)", "Trending" in the page header are links, not the end of the article
        l.barrier = false;
      }
      if (l.cls == Line.Cls.GOOD && !l.noise) {
        proseBefore += l.text.length();
      }
      Line next = li + 1 < lines.size() ? lines.get(li + 1) : null;
      // A slideshow inside the article ("Image 2 of 5", caption, credit): left out, but it does not cut the
      // article in two.
      if (l.noise && isGalleryCounter(l)) {
        inGallery = true;
      } else if (inGallery && l.words > 0 && !(l.caption || l.duplicate || l.noise)) {
        inGallery = false;
      }
      double s;
      if (l.table || (inGallery && !l.barrier && (l.caption || l.duplicate || l.noise))) {
        s = 0;
      } else if (l.barrier) {
        s = -8;
        if (isCommentHeading(l)) {
          afterComments = true;
        }
      } else if (l.noise) {
        s = -1.2;
      } else if (l.menuRun) {
        s = -1.0;
      } else if (l.caption || l.duplicate) {
        s = -0.5;
      } else if (l.teaser) {
        s = -1.0;
      } else {
        switch (l.cls) {
          case GOOD:
            s = 1 + Math.min(l.text.length(), 800) / 160.0;
            if (isAppeal(l)) {
              s = -1;
            }
            break;
          case NEAR:
            s = l.bullet ? 0 : 0.3;
            break;
          default:
            s = l.bullet ? -0.6 : (l.dateLine || l.bylineLine ? 0 : -0.3);
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
          s *= 0.4;
        } else if (tightBefore && tightAfter) {
          s *= 0.85;
        }
      }
      // DOM evidence (HTML only)
      if (l.domNoise > 0) {
        s -= 3 * l.domNoise;
      }
      if (l.linkDensity > 0.5 && l.words > 0) {
        s = Math.min(s, -0.8);
      }
      if (l.inArticle && s > 0) {
        s *= 1.3;
      }
      // A figure inside the article container (its caption, credit, image counter) is left out but does
      // not cut the article in two.
      if (l.inArticle && (l.caption || l.letters == 0) && !l.barrier) {
        s = Math.max(s, -0.5);
      }
      if (afterComments && s > 0) {
        s *= 0.2;
      }
      if (l.comment) {
        s = Math.min(s, -0.5);
      }
      if (l.ldBody > 0) {
        s = Math.max(s, 0) + 1.5;
      } else if (l.ldBody < 0 && s > 0) {
        s *= 0.3;
      }
      // An inline link box (see inlineBoxes) costs little: the article goes on below it. Its lines are
      // dropped in selectInside.
      if (l.boxHead) {
        inBox = true;
        s = -0.5;
      } else if (inBox && l.cls == Line.Cls.GOOD && !l.bullet && l.linkDensity <= 0.5) {
        inBox = false;
      } else if (inBox && l.words > 0) {
        s = Math.max(s, -0.3);
      }
      l.score = s;
    }
  }

  static int @Nullable [] maxRegion(List<Line> lines) {
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
    if (bestS < 0 || best < 1.0) {
      return null;
    }
    return new int[] {bestS, bestE};
  }

  // ------------------------------------------------------------------ selection inside the region

  /**
   * A list the article announces ("Follow these six tips:"): the bullet items after a prose line ending
   * with a colon are article text even though they look like a menu (a run of short bullet lines), as long
   * as most read as phrases (stop words, few links) rather than link labels.
   */
  private static void markAnnouncedLists(List<Line> lines) {
    for (int i = 0; i < lines.size(); i++) {
      Line intro = lines.get(i);
      if (intro.bullet || intro.noise || !intro.text.endsWith(":")
          || !(intro.cls == Line.Cls.GOOD || intro.cls == Line.Cls.NEAR)) {
        continue;
      }
      int k = i + 1;
      while (k < lines.size() && lines.get(k).words == 0) {
        k++;
      }
      int from = k;
      int phrases = 0;
      while (k < lines.size() && lines.get(k).bullet && k - from < 30) {
        Line item = lines.get(k);
        if (item.words >= 2 && item.words <= 40 && item.stop > 0 && item.linkDensity <= 0.5) {
          phrases++;
        }
        k++;
      }
      int items = k - from;
      if (items >= 2 && phrases * 10 >= items * 6) {
        for (int j = from; j < k; j++) {
          Line item = lines.get(j);
          item.announcedItem = true;
          item.menuRun = false;
        }
      }
    }
  }

  private static void selectInside(Extraction x) {
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
          l.keep = !(isAppeal(l) && (l.words <= 25 || appealHits(l) >= 3));
          break;
        default:
          l.keep = l.dateLine || l.bylineLine;
      }
    }
    // Shouted one-line links between paragraphs ("SENATOR SAYS VOTE WILL GO AHEAD"): other stories.
    for (int i = s; i <= e; i++) {
      Line l = lines.get(i);
      if (l.keep && l.words >= 6 && l.words <= 30 && !l.endsSentence && isAllCaps(l.text)) {
        Line prev = prevContent(lines, i, s);
        Line next = nextContent(lines, i, e);
        if (prev != null && next != null && prev.keep && next.keep && prev.cls == Line.Cls.GOOD
            && next.cls == Line.Cls.GOOD && !isAllCaps(prev.text)) {
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
      for (int k = i + 1, n = 0; k <= e && n < 16; k++) {
        Line l = lines.get(k);
        if (l.words == 0 || l.noise && !l.barrier && !l.boxHead) {
          continue;
        }
        if (l.barrier || l.boxHead || l.cls == Line.Cls.GOOD && !l.bullet && l.gapBefore && l.linkDensity <= 0.5
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
      if (i + 1 <= e && isAppeal(lines.get(i + 1))) {
        continue; // the heading of a sign-up or donation box
      }
      Line next = nextContent(lines, i, e);
      Line prev = prevContent(lines, i, s);
      if (!l.bullet) {
        if (prev != null && prev.keep && prev.text.endsWith(":") && prev.cls != Line.Cls.SHORT && l.words <= 12) {
          l.keep = true; // what the sentence announces: "You can install it with pip:" / "pip install tidal"
        } else if (next != null && next.keep && (next.cls == Line.Cls.GOOD || next.cls == Line.Cls.NEAR)
            && l.words <= 20) {
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
        headlines &= b.words >= 4 && b.words <= 16 && !b.endsSentence && titleCase(b) && !b.announcedItem;
        j++;
      }
      int items = j - i;
      if (headlines && items >= 2 && items <= 5) {
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
        Line intro = prevContent(lines, i, s);
        item.keep = intro != null && intro.keep;
      }
    }
    // Trailing appeals and short tails: the region ends with the last clean prose line.
    int last = e;
    while (last >= s) {
      Line l = lines.get(last);
      boolean tailNoise = isAppeal(l) || isAuthorBio(l) || underSignUpHeading(lines, last);
      if (l.keep && l.cls == Line.Cls.GOOD && !tailNoise) {
        break;
      }
      if (l.keep && l.cls == Line.Cls.NEAR && !l.bullet && l.endsSentence && !tailNoise) {
        break;
      }
      if (l.keep && l.words <= 40 && CREDIT_LINE.matcher(l.lower).find()) {
        break; // "Additional reporting by ...; Editing by ...": the article's last line
      }
      l.keep = false;
      last--;
    }
    x.end = last;
    // The wire's copyright line right under the article ("© 2024 The Associated Press. All Rights Reserved.
    // This material may not be published, ..."): part of the syndicated story, unlike the site's own footer.
    int wire = nearbyLine(lines, last, 1, 3);
    if (wire >= 0 && lines.get(wire).words <= 40 && WIRE_COPYRIGHT.matcher(lines.get(wire).lower).find()) {
      lines.get(wire).keep = true;
      x.end = wire;
    }
    // Appeals inside the body: a run of two or more appeal paragraphs is dropped.
    for (int i = s; i <= x.end; i++) {
      Line l = lines.get(i);
      if (l.keep && isAppeal(l) && (l.words <= 25 || appealHits(l) >= 3)) {
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

  /**
   * The blurb of a sign-up box ("Get the latest news and updates on ... and more!") under its heading
   * ("Sign up for e-mail newsletters"), which the appeal words mark while the blurb has none.
   */
  private static boolean underSignUpHeading(List<Line> lines, int i) {
    int k = nearbyLine(lines, i, -1, 2);
    return k >= 0 && lines.get(k).noise && lines.get(k).words <= 8 && isAppeal(lines.get(k));
  }

  /**
   * Index of the first line with words {@code step} (+1 or -1) lines from {@code i} on, at most {@code reach}
   * lines away; -1 when there is none.
   */
  private static int nearbyLine(List<Line> lines, int i, int step, int reach) {
    for (int d = 1; d <= reach; d++) {
      int k = i + step * d;
      if (k < 0 || k >= lines.size()) {
        return -1;
      }
      if (lines.get(k).words > 0) {
        return k;
      }
    }
    return -1;
  }

  private static @Nullable Line nextContent(List<Line> lines, int i, int e) {
    for (int k = i + 1; k <= e && k < lines.size(); k++) {
      Line l = lines.get(k);
      if (!l.noise && !l.caption) {
        return l;
      }
    }
    return null;
  }

  private static @Nullable Line prevContent(List<Line> lines, int i, int s) {
    for (int k = i - 1; k >= s && k >= 0; k--) {
      Line l = lines.get(k);
      if (!l.noise && !l.caption) {
        return l;
      }
    }
    return null;
  }

  // ------------------------------------------------------------------ title

  private static void findTitle(Extraction x, @Nullable String url, @Nullable Meta meta) {
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
      if (i > x.start && proseBefore(lines, x.start, i)) {
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
        if (seen == 1 && nameLike(f) && f.gapBefore) {
          sc += 0.6; // an author's bare name right under the headline, as its own paragraph
          break;
        }
      }
      if (DEBUG.get() != null) {
        DEBUG.get().append(String.format("title? %4d %5.2f %s%n", i, sc, l.text));
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
        chosen.heading == 0 && chosen.gapBefore && !chosen.endsSentence ? nearbyLine(lines, bestIdx, -1, 2) : -1;
    if (aboveIdx >= 0) {
      Line above = lines.get(aboveIdx);
      if (above.words >= 8 && above.words <= 30 && !isAllCaps(above.text) && !above.endsSentence && titleCase(above)
          && above.linkDensity <= 0.5 && !above.bullet && !above.menuRun && titleScore(above, slug, metaTitles) > 0) {
        bestIdx = aboveIdx;
      }
    }
    // "Home News Business News Harbor city approves ..." over "Harbor city approves ...": the breadcrumb
    // trail glued to the headline; the clean headline is the line below
    int belowIdx = nearbyLine(lines, bestIdx, 1, 2);
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

  private static boolean proseBefore(List<Line> lines, int from, int i) {
    for (int k = i - 1; k >= from; k--) {
      Line l = lines.get(k);
      // a paragraph of the article (dumps: between blank lines), not a glued notice block
      if (l.keep && l.cls == Line.Cls.GOOD && !l.bullet && !l.duplicate && l.gapBefore) {
        return true;
      }
    }
    return false;
  }

  private static double titleScore(Line l, Set<String> slug, List<String> metaTitles) {
    if (l.noise || l.caption || l.barrier || l.words < 2 || l.words > 35 || l.dateLine || l.bylineLine
        || l.teaser || isAppeal(l)) {
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
    if (nameLike(l) && l.words <= 3) {
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

  private static Set<String> slugTokens(@Nullable String url) {
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

  // ------------------------------------------------------------------ metadata

  private static void metadata(Extraction x, @Nullable Meta meta) {
    List<Line> lines = x.lines;
    int from = x.titleIndex >= 0 ? x.titleIndex : x.start;
    int to = Math.min(x.end, from + 12);
    int lo = Math.max(0, from - 6);
    for (int i = lo; i <= to && i < lines.size(); i++) {
      Line l = lines.get(i);
      if (x.byline == null && l.bylineLine && (l.keep || i < from)) {
        x.byline = l.text;
        if (i > from) {
          l.keep = true;
        }
      }
    }
    if (meta != null && meta.published != null) {
      x.published = meta.published;
    }
    for (int i = from; i <= to && i < lines.size() && x.published == null; i++) {
      Line l = lines.get(i);
      if (l.dateLine && !l.noise) {
        x.published = DateFinder.fromText(l.text);
      }
    }
    for (int i = from - 1; i >= lo && x.published == null; i--) {
      Line l = lines.get(i);
      if (l.dateLine && !l.menuRun) {
        x.published = DateFinder.fromText(l.text);
      }
    }
    if (x.byline == null && meta != null && meta.byline != null) {
      x.byline = meta.byline;
    }
    // The date line above the body is in `published`; the text is title, byline and body.
    for (int i = Math.min(from, x.start); i <= x.end && x.published != null; i++) {
      Line l = lines.get(i);
      if (!l.keep || i == x.titleIndex || l.text.isEmpty()) {
        continue;
      }
      if (l.cls == Line.Cls.GOOD) {
        break;
      }
      if (l.dateLine && !l.bylineLine) {
        l.keep = false;
      }
    }
  }

  // ------------------------------------------------------------------ page-level decisions

  private static @Nullable String pageDropReason(Extraction x, @Nullable String url, @Nullable Meta meta) {
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

  // ------------------------------------------------------------------ rendering

  /** Title first, then the kept lines in page order; list items of one list joined by a single newline. */
  static String render(Extraction x) {
    StringBuilder sb = new StringBuilder();
    List<Line> lines = x.lines;
    Line prev = null;
    if (x.titleIndex >= 0) {
      sb.append(lines.get(x.titleIndex).text);
      prev = lines.get(x.titleIndex);
    }
    int from = Math.max(0, x.titleIndex >= 0 ? Math.min(x.titleIndex, x.start) : x.start);
    int prevIdx = -2;
    for (int i = from; i <= x.end && i < lines.size(); i++) {
      Line l = lines.get(i);
      if (!l.keep || i == x.titleIndex || l.text.isEmpty()) {
        continue;
      }
      if (sb.length() > 0) {
        boolean sameList = prev != null && prev.bullet && l.bullet && !l.gapBefore && prevIdx == i - 1
            && !(prev.dateLine || prev.bylineLine || l.dateLine || l.bylineLine);
        sb.append(sameList ? "\n" : "\n\n");
      }
      sb.append(l.text);
      prev = l;
      prevIdx = i;
    }
    return sb.toString();
  }
}
