package dev.newsnlp.clean.render;

/**
 * One rendered line of a page (a paragraph, heading, list item or label) with the evidence the classifier
 * uses. Text dumps give one Line per non-blank dump line; the HTML path gives one per rendered block.
 */
public final class Line {
  /** The line's text as kept in the output: verbatim, minus indentation and a leading list bullet. */
  public final String text;
  /** Leading spaces in the dump (nesting depth of lists, blockquotes). */
  public final int indent;
  /** Starts with a list bullet ("•", "□", "◦", "-", "*") or a list number ("1."). */
  public final boolean bullet;
  /** A blank line (or a block boundary) separates this line from the previous one. */
  public boolean gapBefore;

  // ---- DOM evidence (HTML input only; neutral values for text dumps)
  /** h1..h6 level, 0 when unknown or not a heading. */
  public int heading;
  /** Share of the characters that are link text, -1 when unknown. */
  public double linkDensity = -1;
  /** 0..1: ancestors look like navigation / footer / sidebar / share / comments. */
  public double domNoise;
  /** Inside an {@code <article>} / main content container of the page. */
  public boolean inArticle;
  /** A pre-formatted / code block. */
  public boolean pre;
  /** Table cell. */
  public boolean cell;
  /** 1: the text occurs in the JSON-LD articleBody; -1: prose that does not (-2: after its last block); 0: none. */
  public int ldBody;
  /** 1: the text is in the article Readability finds on the page; -1: it is not; 0: no such article (dumps). */
  public int rdBody;
  /** Id of the DOM parent block, to group list items; -1 for dumps. */
  public int group = -1;

  // ---- text features, filled by LineEvidence
  public int words;
  public int stop;
  /** A bullet item of a list that a prose line announces with a colon: article text. */
  public boolean announcedItem;
  public int letters;
  public int upperInitial;
  public boolean endsSentence;
  public String lower = "";
  public String label = "";
  /** Cached appeal decision: 0 unknown, 1 appeal, 2 not. */
  public int appeal;
  public int appealHits = -1;

  // ---- classification
  public Cls cls = Cls.SHORT;
  public double score;
  public boolean keep;
  /** Part of a run of list items that looks like a menu or link list. */
  public boolean menuRun;
  public boolean barrier;
  public boolean noise;
  public boolean caption;
  /** A headline glued to its summary (teaser grid in a dump). */
  public boolean teaser;
  /** The same text occurs earlier on the page. */
  public boolean duplicate;
  /** A cell of a table between article paragraphs (see ListsAndBoxes#isDataTable). */
  public boolean table;
  /** Inside a reader-comment thread (see CommentThreads#markCommentThreads). */
  public boolean comment;
  public boolean dateLine;
  public boolean bylineLine;
  public boolean titleLine;
  /** A section-end heading ("Related") that opens a small link box inside the article. */
  public boolean boxHead;

  public Line(String text, int indent, boolean bullet, boolean gapBefore) {
    this.text = text;
    this.indent = indent;
    this.bullet = bullet;
    this.gapBefore = gapBefore;
  }

  public double stopDensity() {
    return words == 0 ? 0 : (double) stop / words;
  }

  @Override
  public String toString() {
    StringBuilder f = new StringBuilder();
    f.append(gapBefore ? '_' : ' ').append(noise ? 'N' : '.').append(barrier ? 'B' : '.')
        .append(menuRun ? 'M' : '.').append(caption ? 'C' : '.').append(teaser ? 'T' : '.')
        .append(duplicate ? 'D' : '.').append(dateLine ? 'd' : '.').append(bylineLine ? 'b' : '.')
        .append(titleLine ? 'H' : '.');
    if (linkDensity >= 0) {
      f.append(String.format(" L%.1f N%.1f%s h%d", linkDensity, domNoise, inArticle ? "A" : "-", heading));
    }
    return String.format("%-5s%s%s %5.1f %s %s", cls, keep ? "+" : " ", bullet ? "•" : " ", score, f, text);
  }

  public enum Cls {
    /** Prose paragraph. */
    GOOD,
    /** Medium length, some prose evidence. */
    NEAR,
    /** Short label, heading, date, bullet. */
    SHORT,
    /** Boilerplate by phrase or shape. */
    BAD
  }
}
