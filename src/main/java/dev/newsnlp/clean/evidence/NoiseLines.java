package dev.newsnlp.clean.evidence;

import dev.newsnlp.clean.render.Line;
import java.util.regex.Pattern;

/**
 * Lines that are noise on their own: UI labels, read-time and slideshow counters, share bars, follow
 * buttons, cross-site links, bare URLs and domains, legal notices, copyright lines.
 */
public final class NoiseLines {
  private NoiseLines() {}

  private static final int DOMAIN_DOT_REACH = 80; // a site name stands at the start of a cross-link line
  private static final int MAX_GALLERY_COUNTER_WORDS = 5; // "Image 2 of 5", "Photo 3/12"
  private static final int MAX_UI_LABEL_WORDS = 6; // a button or menu label is a few words
  private static final int MAX_CROSS_SITE_WORDS = 20; // a cross-link is a site name and one headline
  /** "Follow Jane Doe on Twitter": a follow button, not a sentence about following */
  private static final int MAX_FOLLOW_WORDS = 10;
  /** Legal notices, noise prefixes and copyright lines are one short paragraph */
  private static final int MAX_NOTICE_WORDS = 40;
  private static final int MAX_DOMAIN_WORDS = 3; // a bare domain ("example.co.uk") is one token
  /** A line this short with a URL in it is a link, longer ones may cite it */
  private static final int MAX_LINK_LINE_WORDS = 20;
  private static final int MAX_SHARE_BAR_WORDS = 12; // a share bar lists a handful of networks
  private static final int MIN_SHARE_WORDS = 2; // one word ("Share") is a UI label; two or more are a bar

  private static final Pattern W3M_BUTTON = Pattern.compile("^\\[[^\\]]{0,40}\\](?:\\s*\\[[^\\]]{0,40}\\])*$");

  /** "EXAMPLENEWS.COM", "example.co.uk": a site's name as its domain, a source label or logo text. */
  private static final Pattern DOMAIN_ONLY = Pattern.compile(
      "(?i)[a-z0-9][a-z0-9-]*(?:\\.[a-z0-9-]+)*\\.(?:com|org|net|info|news|co\\.uk|com\\.au|ca|io|tv|us)\\.?");

  private static final Pattern URL_ONLY = Pattern.compile("^(?:https?://|www\\.)\\S+$");

  private static final Pattern FOLLOW_ON_SOCIAL = Pattern.compile(
      "follow .{1,60} on (?:twitter|x|facebook|instagram|linkedin|threads|bluesky|mastodon|tiktok|youtube)\\W*");

  /** Follow buttons for the article's author or topics. */
  private static final Pattern FOLLOW_WIDGET = Pattern.compile(
      "follow (?:the |this )?(?:author|authors|writer|topics?|tags?|reporter)\\b.{0,40}");

  /** Site-wide legal and editorial-policy notices printed under every article. */
  private static final Pattern LEGAL_NOTICE = Pattern.compile(
      "\\bis not responsible for the (?:opinions|content|views)|^our standards:|\\bviews expressed (?:here|in this)"
          + "|\\bopinions expressed (?:here|in this)|\\bby using this (?:web)?site\\b|\\bin our terms of (?:service|use)"
          + "|\\bis published under a creative commons|\\bdetailed in the community guidelines");

  /** A dot between a letter or digit and a lower-case letter early in the line ("Example.com"). */
  private static boolean domainDot(String t) {
    int n = Math.min(t.length() - 1, DOMAIN_DOT_REACH);
    for (int i = 1; i < n; i++) {
      if (t.charAt(i) == '.' && Character.isLetterOrDigit(t.charAt(i - 1)) && Character.isLowerCase(t.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern READ_TIME = Pattern.compile(
      "\\d{1,3}\\s*(?:-\\s*)?min(?:ute)?s?\\.?(?: read| reading)?(?:\\s*[-–·|,]?\\s*\\d[\\d,.]*\\s*words)?");

  static final Pattern GALLERY_COUNTER = Pattern.compile(
      "(?:image|photo|picture|slide|foto|bild|gallery)?\\s*\\d{1,3}\\s*(?:of|/|von|de|sur)\\s*\\d{1,3}");

  private static final Pattern COUNT = Pattern.compile("\\(\\d{1,5}\\)");

  /** "On OtherSite.com: headline", "At example.org - headline": a link to another site's story. */
  private static final Pattern CROSS_SITE = Pattern.compile(
      "^(?:\\p{L}+\\s){0,3}[\\p{L}\\d-]+\\.(?:com|org|net|co\\.uk|com\\.au|ca|de|fr|io|news|tv)\\s*[:|›»\\-–]\\s+\\S",
      Pattern.UNICODE_CHARACTER_CLASS);

  /** "Image 2 of 5", "3/12": a slideshow counter. */
  public static boolean isGalleryCounter(Line l) {
    return l.words <= MAX_GALLERY_COUNTER_WORDS && LineEvidence.hasDigit(l.label) && GALLERY_COUNTER.matcher(l.label).matches();
  }

  static boolean isNoise(Line l) {
    String label = l.label;
    String t = l.text;
    if (l.words <= MAX_UI_LABEL_WORDS && Lexicon.UI_LABELS.contains(label)) {
      return true;
    }
    // only short labels are read for digits: a scan of every prose line cost 5% of the cleaner's CPU
    boolean digit = l.words <= MAX_UI_LABEL_WORDS && LineEvidence.hasDigit(label);
    if (digit && t.endsWith(")")) {
      // "View all (23)", "Photos (4)": a UI label with a count
      int open = t.lastIndexOf('(');
      if (open > 0 && COUNT.matcher(t.substring(open)).matches()
          && Lexicon.UI_LABELS.contains(Lexicon.label(t.substring(0, open)))) {
        return true;
      }
    }
    if (l.words <= MAX_UI_LABEL_WORDS && (label.startsWith("back to ") || digit && READ_TIME.matcher(label).matches())) {
      return true; // "Back to Gallery", "5 min read"
    }
    if (isGalleryCounter(l)) {
      return true;
    }
    if (l.words <= MAX_CROSS_SITE_WORDS && domainDot(t) && CROSS_SITE.matcher(t).find()) {
      return true;
    }
    if (l.words <= MAX_FOLLOW_WORDS && l.lower.startsWith("follow ") && (FOLLOW_ON_SOCIAL.matcher(l.lower).matches()
        || FOLLOW_WIDGET.matcher(l.lower).matches())) {
      return true; // "Follow Jane Doe on Twitter", "Follow the topics within this article"
    }
    if (l.words <= MAX_NOTICE_WORDS && (l.lower.contains("responsible") || l.lower.contains("expressed")
        || l.lower.startsWith("our standards") || l.lower.contains("terms of") || l.lower.contains("guidelines")
        || l.lower.contains("license")) && LEGAL_NOTICE.matcher(l.lower).find()) {
      return true; // "X is not responsible for the opinions ... of contributors", "Our Standards: ..."
    }
    // the first characters rule out most lines before a regex runs (both regexes are anchored)
    if ((t.startsWith("[") && W3M_BUTTON.matcher(t).matches())
        || ((t.startsWith("http") || t.startsWith("www.")) && URL_ONLY.matcher(t).matches())
        || (l.words <= MAX_DOMAIN_WORDS && t.indexOf(' ') < 0 && t.indexOf('.') > 0 && DOMAIN_ONLY.matcher(t).matches())) {
      return true;
    }
    if (l.words <= MAX_LINK_LINE_WORDS && (t.contains("://") || t.contains("www."))) {
      return true;
    }
    String low = l.lower;
    if (l.words <= MAX_NOTICE_WORDS) {
      if (Lexicon.startsWithNoisePrefix(low)) {
        return true;
      }
      if (low.indexOf('©') >= 0 || low.startsWith("copyright")) {
        return true;
      }
    }
    if (l.words <= MAX_SHARE_BAR_WORDS && isShareBar(low)) {
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
    return n >= MIN_SHARE_WORDS;
  }
}
