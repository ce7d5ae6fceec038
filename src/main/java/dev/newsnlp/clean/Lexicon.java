package dev.newsnlp.clean;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Word lists used by the block classifier: stop words of a few languages (to tell prose from labels) and
 * generic boilerplate phrases (share bars, newsletter and donation appeals, comment sections, related-links
 * headings, photo credits, footers). Everything is lower case; lookups are by exact token or by prefix /
 * whole-line match on the lower-cased line.
 */
final class Lexicon {
  private Lexicon() {}

  // ---------------------------------------------------------------- stop words

  static final Map<String, Set<String>> STOPWORDS = new HashMap<>();

  static {
    STOPWORDS.put("en", set(
        "a about above after again against all also am an and any are as at be because been before being"
            + " below between both but by can could did do does doing down during each few for from further"
            + " had has have having he her here hers herself him himself his how i if in into is it its itself"
            + " just me more most my myself no nor not now of off on once only or other our ours ourselves out"
            + " over own same she should so some such than that the their theirs them themselves then there"
            + " these they this those through to too under until up very was we were what when where which while"
            + " who whom why will with would you your yours yourself yourselves said says one two new like"
            + " who's it's he's she's they're we're there's that's don't didn't doesn't isn't wasn't won't can't"
            + " may might must shall since still though yet whether"));
    STOPWORDS.put("de", set(
        "aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes auch auf"
            + " aus bei bin bis bist da damit dann das dass dem den denn der des dich die dies diese diesem diesen"
            + " dieser dieses doch dort du durch ein eine einem einen einer eines er es etwas euch für gegen"
            + " gewesen hab habe haben hat hatte hatten hier hin hinter ich ihm ihn ihnen ihr ihre im in indem"
            + " ins ist jede jedem jeden jeder jedes jene jetzt kann kein keine können könnte machen man mein"
            + " meine mich mir mit muss musste nach nicht nichts noch nun nur ob oder ohne sehr sein seine sich"
            + " sie sind so solche soll sollte sondern sonst über um und uns unser unter viel vom von vor war"
            + " waren warum was weil welche wenn werden wie wieder will wir wird wirklich wo wollen würde zu zum"
            + " zur zwar zwischen sagte laut"));
    STOPWORDS.put("fr", set(
        "au aux avec ce ces dans de des du elle en et eux il je la le les leur lui ma mais me même mes moi"
            + " mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un"
            + " une vos votre vous été était être avait avoir est sont ont fait plus comme tout tous cette cet"
            + " aussi bien sans peut leurs selon dont où après avant entre encore depuis"));
    STOPWORDS.put("es", set(
        "a al algo algunas algunos ante antes como con contra cual cuando de del desde donde durante e el"
            + " ella ellas ellos en entre era es esa esas ese eso esos esta estaba estado estas este esto estos"
            + " fue fueron ha hasta hay la las le les lo los más me mi muy nada ni no nos o otra otros para pero"
            + " por porque que quien se sea ser si sin sobre su sus también tanto te tiene todo todos tu un una"
            + " uno unos y ya según dijo"));
    STOPWORDS.put("it", set(
        "a ad al alla alle anche che chi ci come con da dal dalla dei del della delle di dove e è ed era gli"
            + " ha hanno i il in io la le lei lo loro lui ma mi ne nel nella non noi o per perché più quale"
            + " quando quello questa questo se si sono su sua sue suo suoi tra un una uno essere stato fatto"
            + " anche ancora dopo già"));
    STOPWORDS.put("pt", set(
        "a ao aos as até com como da das de dela dele depois do dos e ela ele eles em entre era essa esse"
            + " esta este eu foi foram há isso isto já mais mas me mesmo muito na nas nem no nos o os ou para"
            + " pela pelo por que quando se sem ser seu seus sua suas também tem um uma são está disse"));
    STOPWORDS.put("nl", set(
        "aan al alles als dan dat de der die dit door een en er had heb hebben heeft hem het hier hij hoe"
            + " hun ik in is ja je kan kon maar me meer men met mij mijn na naar niet niets nog nu of om omdat"
            + " ons ook op over te tegen toen tot u uit van veel voor want waren was wat we wel werd wie wij"
            + " worden wordt zal ze zei zich zij zijn zo zonder"));
  }

  private static Set<String> set(String words) {
    return Set.copyOf(new HashSet<>(List.of(words.split(" "))));
  }

  // ---------------------------------------------------------------- boilerplate

  /** Whole-line labels (after trimming punctuation, lower case) that are navigation / UI noise. */
  static final Set<String> UI_LABELS = new HashSet<>(List.of(
      "advertisement", "advertising", "ad", "ads", "sponsored", "sponsored content", "ad feedback",
      "share", "share this", "share this article", "share this story", "share article", "share on facebook",
      "share on twitter", "tweet", "email", "print", "print this page", "copy link", "link copied",
      "facebook", "twitter", "linkedin", "whatsapp", "pinterest", "reddit", "messenger", "instagram",
      "youtube", "tumblr", "flipboard", "telegram", "x", "comments", "comment", "view comments",
      "show comments", "hide comments", "load comments", "close", "menu", "search", "home", "skip",
      "skip to content", "skip to main content", "skip to navigation", "back to top", "return to top",
      "top", "next", "previous", "prev", "more", "read more", "see more", "show more", "load more",
      "continue reading", "subscribe", "sign in", "sign up", "log in", "login", "logout", "log out",
      "register", "my account", "account", "newsletter", "newsletters", "follow us", "follow",
      "like", "reply", "report", "permalink", "cancel", "submit", "ok", "accept", "accept all",
      "reject all", "manage cookies", "cookie settings", "cookies", "privacy", "privacy policy",
      "terms", "terms of use", "terms of service", "terms and conditions", "contact", "contact us",
      "about", "about us", "sitemap", "site map", "rss", "help", "faq", "careers", "jobs",
      "listen", "listen to this article", "play", "watch", "video", "photos", "gallery", "image",
      "enlarge", "expand", "toggle", "loading", "loading...", "please wait", "go", "view all",
      "see all", "all", "more stories", "sections", "topics", "tags", "categories", "filed under",
      "read next", "up next", "trending", "popular", "latest", "latest news", "breaking",
      "breaking news", "live", "donate", "support us", "explore", "opens in new window",
      "open in new window", "in this article", "table of contents", "contents", "hide", "show"));

  /**
   * Heading lines that open a section which is not the article (teasers, comments, footers). Matched on the
   * whole short line (lower case, trailing punctuation removed), or as its prefix when followed by little.
   */
  static final List<String> SECTION_END_HEADINGS = List.of(
      "related", "related articles", "related stories", "related posts", "related content", "related news",
      "related coverage", "related topics", "related links", "related reading", "related video",
      "related videos", "more on this story", "more on this topic", "more from", "more stories",
      "more news", "more articles", "more about", "more on", "more in", "more like this", "most read", "most popular",
      "most viewed", "most shared", "most commented", "popular stories", "popular posts", "popular now",
      "trending", "trending now", "trending stories", "top stories", "recommended", "recommended for you",
      "recommended stories", "recommended articles", "you may also like", "you might also like",
      "you may like", "you might like", "you may be interested in", "you might be interested in",
      "we recommend", "editor's picks", "editors' picks", "editor’s picks", "read next", "read more",
      "what to read next", "up next", "latest news", "latest stories", "latest articles", "latest posts",
      "latest", "also read", "see also", "further reading", "around the web", "from the web",
      "sponsored stories", "promoted stories", "comments", "comment", "leave a reply", "leave a comment",
      "post a comment", "add a comment", "join the conversation", "join the discussion",
      "be part of the conversation", "conversation", "discussion", "responses", "reader comments",
      "show comments", "view comments", "write a comment", "tags", "topics", "filed under",
      "categories", "about the author", "about the authors", "author", "related tags",
      "don't miss", "don’t miss", "must read", "in case you missed it", "elsewhere", "more for you",
      "next article", "previous article", "next post", "previous post", "older post", "newer post",
      "dear readers", "dear reader", "a message from", "a note to readers", "a note to our readers",
      "support our journalism", "support independent journalism", "before you go", "thanks for reading",
      "thank you for reading");

  /** Prefixes of lines that are cross-links or credits, not article text. */
  static final List<String> NOISE_PREFIXES = List.of(
      "read more:", "read more -", "read more »", "read also:", "also read:", "also read -", "read:",
      "related:", "related article:", "related story:", "related stories:", "related news:", "see also:",
      "more:", "more from", "recommended:", "watch:", "watch video", "watch the video", "listen:",
      "click here", "click to", "tap here", "subscribe to", "sign up for", "sign up to", "sign in to",
      "log in to", "follow us on", "follow @", "like us on", "share this", "share on", "share via",
      "image copyright", "image caption", "media caption", "photo credit", "image credit", "image:",
      "photo:", "photos:", "photograph:", "picture:", "credit:", "credits:", "source: getty",
      "getty images", "file photo", "advertisement", "story continues below", "article continues below",
      "continue reading below", "scroll to continue", "this article is more than", "copyright ©", "©",
      "(c) ", "all rights reserved", "click to share", "click to email", "opens in a new window",
      "tags:", "tagged:", "tagged with", "topics:", "categories:", "category:", "filed under:",
      "posted in", "skip to", "jump to", "back to top", "you might also like", "you may also like",
      "cookie", "we use cookies", "this website uses cookies", "this site uses cookies", "by continuing",
      "by using this", "accept all", "manage preferences", "your privacy", "privacy policy",
      "terms of use", "terms of service", "we and our partners", "we value your privacy",
      "leave a reply", "leave a comment", "notify me", "your email address will not", "required fields",
      "comments are closed", "there are no comments", "no comments", "be the first to comment",
      "log in to comment", "sign in to comment", "join the conversation", "view comments",
      "show comments", "please enable javascript", "javascript is disabled", "enable javascript",
      "trending:", "popular:", "sponsored:", "ad:", "promoted:", "support us",
      "donate", "become a member", "become a supporter", "make a contribution", "support our",
      "support independent", "get the latest", "get our", "enter your email", "your email",
      "by signing up", "by clicking", "newsletter", "sign up", "subscribe now", "subscribe today",
      "download the app", "download our app", "get the app", "listen to this", "last updated",
      "updated:", "published:", "posted:", "first published", "min read", "minute read",
      "reading time", "send us your", "feedback:", "report an error", "report a typo", "print this",
      "copy link", "email this", "link copied", "permalink", "open in app");

  /** Links under an excerpt that lead to the whole post. */
  static final Set<String> READ_MORE = Set.of(
      "read more", "read the rest", "continue reading", "keep reading", "read full story", "full story",
      "read full article", "read the full story", "read on");

  /** {@link #NOISE_PREFIXES} by first character: the prefix check runs on every line of every page. */
  private static final Map<Character, String[]> NOISE_PREFIXES_BY_FIRST = NOISE_PREFIXES.stream()
      .collect(Collectors.groupingBy(p -> p.charAt(0),
          Collectors.collectingAndThen(Collectors.toList(), l -> l.toArray(new String[0]))));

  /** The lower-cased line starts with one of {@link #NOISE_PREFIXES}. */
  static boolean startsWithNoisePrefix(String low) {
    if (low.isEmpty()) {
      return false;
    }
    String[] candidates = NOISE_PREFIXES_BY_FIRST.get(low.charAt(0));
    if (candidates != null) {
      for (String p : candidates) {
        if (low.startsWith(p)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Words typical of appeals, sign-ups, cookie notices, comment forms and legal footers. A prose line with
   * several of them is probably not article text.
   */
  static final Set<String> APPEAL_WORDS = set(
      "subscribe subscribed subscription subscriptions subscriber subscribers newsletter newsletters inbox"
          + " email e-mail sign signup donate donation donations contribute contribution contributions"
          + " supporter supporters membership cookies cookie consent privacy policy terms advertisers"
          + " advertising ad-free ad-blocker adblock javascript browser unsubscribe notifications"
          + " comment comments commenting moderated moderation login password register registration"
          + " copyright reserved trademark affiliate affiliates commission disclaimer");

  /** Appeal words that are enough on their own in a short line. */
  static final Set<String> STRONG_APPEAL_WORDS = set(
      "newsletter newsletters subscribe subscribed subscription subscriptions unsubscribe inbox donate"
          + " donation donations cookies ad-free adblock ad-blocker javascript affiliate"
          + " paywall e-newsletter");

  /** Short social-network / share words; a line made only of these is a share bar. */
  static final Set<String> SHARE_WORDS = set(
      "share shares facebook twitter x linkedin whatsapp pinterest reddit messenger email mail print"
          + " tumblr telegram flipboard pocket copy link google+ google stumble stumbleupon digg newsvine"
          + " instagram youtube tiktok snapchat vk weibo wechat line sms tweet send this with on via"
          + " comments comment save bookmark");

  static final Pattern CAPTION_CREDIT = Pattern.compile(
      "(?i)(\\((?:[^()]*(?:/|photo|getty|afp|reuters|ap|epa|dpa|imago|shutterstock|alamy|courtesy|"
          + "credit|images|file)[^()]*)\\)\\s*$)"
          + "|(\\b(?:getty images|shutterstock|afp via getty|ap photo|reuters/|epa-efe|photo by|photograph by"
          + "|image by|image credit|photo credit|picture alliance|picture-alliance)\\b)");

  static final Pattern BYLINE = Pattern.compile(
      "^(?:(?:by|written by|words by|story by|text by|reporting by|von|par|por|di|door)\\s*[:\\-]?\\s+)"
          + "(?:\\p{Lu}|@)[\\p{L}.'’\\-]*(?:[\\s,]+(?:and|&|und|et|y|e|\\p{Lu}[\\p{L}.'’\\-]*|de|van|von|da|del|al|bin|la|le)){0,12}.{0,80}$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

  static final Pattern AUTHOR_LABEL = Pattern.compile(
      "^(?:author|authors|autor|auteur|written by|posted by|reporter|reported by)\\s*[:\\-]?\\s+\\p{Lu}.{1,80}$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** Lower case, trailing/leading punctuation and arrows removed, inner whitespace collapsed. */
  static String label(String s) {
    String l = lower(s).strip();
    int a = 0;
    int b = l.length();
    while (a < b && isTrim(l.charAt(a))) {
      a++;
    }
    while (b > a && isTrim(l.charAt(b - 1))) {
      b--;
    }
    l = l.substring(a, b);
    if (l.indexOf("  ") >= 0) {
      l = l.replaceAll("\\s+", " ");
    }
    return l;
  }

  private static boolean isTrim(char c) {
    return c == ':' || c == '.' || c == ',' || c == '»' || c == '›' || c == '>' || c == '|' || c == '-' || c == '–'
        || c == '—' || c == '→' || c == '…' || c == '+' || c == '*' || c == '#' || c == '[' || c == ']'
        || c == '(' || c == ')' || c == '!' || c == '▶' || c == '►' || c == '•' || c == '·'
        || Character.isWhitespace(c);
  }

  private static final Set<String> SECTION_END_SET = new HashSet<>(SECTION_END_HEADINGS);
  private static final Pattern COUNTED_COMMENTS =
      Pattern.compile("\\d+\\s+(comments?|responses?|replies|thoughts on .*)");

  /** "More business news", "Latest sports stories", "Top world headlines". */
  private static final Pattern MORE_NEWS = Pattern.compile(
      "(?:more|latest|top|related|recent|popular|trending)(?: [\\p{L}&'’+-]+){0,3}"
          + " (?:news|stories|articles|videos|headlines|posts|coverage)",
      Pattern.UNICODE_CHARACTER_CLASS);

  static boolean isSectionEndHeading(String label) {
    if (label.isEmpty()) {
      return false;
    }
    char c0 = label.charAt(0);
    if (Character.isDigit(c0)) {
      // "12 comments", "6 thoughts on “How to ...”" (WordPress's heading quotes the whole headline)
      return label.length() <= 200 && COUNTED_COMMENTS.matcher(label).matches();
    }
    if (label.length() > 40) {
      return false;
    }
    if (SECTION_END_SET.contains(label)) {
      return true;
    }
    if (MORE_NEWS.matcher(label).matches()) {
      return true;
    }
    if (c0 != 'r' && c0 != 'm' && c0 != 'l' && c0 != 'c' && c0 != 'p' && c0 != 't' && c0 != 'a') {
      return false;
    }
    for (String h : SECTION_END_HEADINGS) {
      if (label.startsWith(h) && label.length() > h.length()) {
        char c = label.charAt(h.length());
        // "more from the guardian", "related articles (4)", "comments (12)", "12 comments"
        if ((c == ' ' || c == '(' || c == ':') && (h.startsWith("more ") || h.startsWith("related")
            || h.startsWith("most ") || h.startsWith("latest") || h.startsWith("comments")
            || h.startsWith("popular") || h.startsWith("recommended") || h.startsWith("top stor")
            || h.startsWith("a message from") || h.startsWith("a note to"))) {
          return label.length() - h.length() <= 28;
        }
      }
    }
    return false;
  }
}
