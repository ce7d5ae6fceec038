package dev.newsnlp.clean.evidence;

import dev.newsnlp.clean.render.DateFinder;
import dev.newsnlp.clean.render.Line;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reader comments: comment section headings and threads of "Name says:" / date / reply headers.
 */
public final class CommentThreads {
  private CommentThreads() {}

  /** The second comment header follows the first within a few comments */
  private static final int MAX_HEADER_DISTANCE = 40;
  /** A thread starts under an article: some prose above the first header */
  private static final int MIN_PROSE_ABOVE_THREAD = 400;
  private static final int MAX_HEADER_WORDS = 16; // "Jane on May 2, 2018 at 4:47 pm said:" is a short line
  private static final int DATE_BELOW_REACH = 2; // the comment date stands right under the name
  private static final int MAX_NAME_HEADER_WORDS = 5; // a commenter name above a date line is a few words ...
  private static final int MAX_NAME_HEADER_CHARS = 50; // ... and short
  private static final int MAX_COMMENT_DATE_WORDS = 10; // "August 22, 2018 at 5:57 am"
  private static final int REPLY_LINK_REACH = 12; // a short comment and its "Reply" link
  private static final int MAX_HANDLE_CHARS = 30; // a one-token name or handle
  private static final int MAX_NAME_TOKENS = 5; // "Catherine (GiveWell)", "Gary M": a name is a few tokens

  /** "Jane on May 2, 2018 at 4:47 pm said:", "degski says:": the header of a reader comment. */
  private static final Pattern COMMENT_SAID = Pattern.compile(
      "^(?:\\d{1,3}\\.\\s+)?(\\S.{0,60}?)\\s+(?:on\\s+.{6,45}?\\s+)?(?:says|said|wrote|writes)\\s*:?\\s*$",
      Pattern.UNICODE_CHARACTER_CLASS);

  /** A clock time ("4:47 pm", "19:09"): comment dates carry one, article dates under a headline often too. */
  private static final Pattern CLOCK = Pattern.compile("\\b\\d{1,2}:\\d{2}\\b");

  public static boolean isCommentHeading(Line l) {
    String lb = l.label;
    return lb.contains("comment") || lb.contains("repl") || lb.contains("conversation")
        || lb.contains("discussion") || lb.contains("response") || lb.contains("thoughts on");
  }

  /**
   * Reader comments under the article: each opens with a header, "Name on May 2, 2018 at 4:47 pm said:",
   * "Name says:", or a short name line directly above a date line with a clock time. A header with article
   * prose above it and another header not far below starts the comment thread; from there on nothing is
   * article text, whatever its length (a heading such as "Comments" is not always there, and long reader
   * comments otherwise outweigh a short post).
   */
  public static void markCommentThreads(List<Line> lines) {
    int n = lines.size();
    boolean[] header = new boolean[n];
    int prose = 0;
    int candidate = -1;
    int start = -1;
    for (int i = 0; i < n; i++) {
      Line l = lines.get(i);
      header[i] = commentHeader(lines, i);
      if (header[i] && start < 0) {
        if (candidate >= 0 && i - candidate <= MAX_HEADER_DISTANCE) {
          start = candidate;
        } else {
          candidate = prose >= MIN_PROSE_ABOVE_THREAD ? i : -1;
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
    if (l.words == 0 || l.words > MAX_HEADER_WORDS || (l.endsSentence && !l.text.endsWith(":"))) {
      return false;
    }
    int next = NearbyLines.nearbyLine(lines, i, 1, DATE_BELOW_REACH);
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
    if (d == null || l.words > MAX_NAME_HEADER_WORDS || l.dateLine || l.text.length() > MAX_NAME_HEADER_CHARS
        || !Character.isLetterOrDigit(l.text.charAt(0))) {
      return false;
    }
    // a list item or a "Reply" link below: live-blog entries also carry an author and a time
    return d.dateLine && d.words <= MAX_COMMENT_DATE_WORDS && CLOCK.matcher(d.text).find()
        && commenterName(l.text.replaceFirst("^\\d{1,3}\\.\\s+", "")) && (l.bullet || replyLinkBelow(lines, next));
  }

  private static boolean replyLinkBelow(List<Line> lines, int i) {
    for (int k = i + 1; k < lines.size() && k <= i + REPLY_LINK_REACH; k++) {
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
      return toks[0].length() <= MAX_HANDLE_CHARS;
    }
    if (toks.length > MAX_NAME_TOKENS) {
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
}
