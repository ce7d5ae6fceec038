package dev.newsnlp.clean.evidence;

import dev.newsnlp.clean.render.Line;
import java.util.List;

/**
 * Lists and boxes: menus and link lists, tight blocks (tables, code, link grids), lists announced by
 * a prose line, and inline boxes (fact boxes, related links) inside the article.
 */
public final class ListsAndBoxes {
  private ListsAndBoxes() {}

  private static final int MIN_WORDY_ITEMS_AVG = 8; // list items this long on average ...
  /** ... with a sentence in one item of three are a content list */
  private static final int ITEMS_PER_SENTENCE_IN_CONTENT = 3;
  private static final int MIN_MENU_ITEMS = 2; // two short bullet items already make a menu ...
  private static final int MAX_MENU_AVG_WORDS = 5; // ... when its items are labels of a few words
  private static final int ITEMS_PER_SENTENCE_IN_MENU = 4; // a menu: fewer than one item in four ends a sentence
  private static final int MIN_LONG_MENU_ITEMS = 6; // a long list of labels is a menu even with lower-case items ...
  private static final int MAX_LONG_MENU_AVG_WORDS = 7; // ... when its items stay short
  private static final int MAX_LINK_WORDS = 15; // a headline link in a box
  private static final int MAX_BOX_LINKS = 16; // a box of related links is a dozen items at most
  private static final int PROSE_BELOW_BOX = 2; // two paragraphs below the box tell the article goes on
  /** Prose below a box is not inside a nav/footer-looking container */
  private static final double MAX_PROSE_DOM_NOISE = 0.5;
  private static final int MAX_SUBHEADING_WORDS = 8; // a subheading between the paragraphs below the box
  private static final int MIN_PROSE_ABOVE_BOX = 3; // three paragraphs above the box: it sits inside the article
  private static final int MIN_PROSE_CHARS_BELOW = 300; // enough text below the box to be the article going on
  /** Less is enough when the box sits inside a longer article */
  private static final int MIN_PROSE_CHARS_BELOW_INSIDE = 120;
  /** The HTML aside case: the article goes on in the same container */
  private static final int MIN_PROSE_CHARS_BELOW_ASIDE = 200;
  private static final int MAX_INLINE_BOX_LINKS = 6; // a related-links box inside the article has a handful of links
  private static final int MAX_LINK_LABEL_WORDS = 3; // "Read more", "More on this"
  private static final int LINK_LABEL_REACH = 3; // the link headline stands just above its label
  /** The article container holds little that looks like navigation */
  private static final double MAX_ARTICLE_DOM_NOISE = 0.3;
  private static final int MIN_TIGHT_BLOCK = 3; // a tight run of three lines or more can be a menu or a table
  private static final int MAX_LABEL_WORDS = 4; // a menu label is a few words
  private static final int MIN_TABLE_CELLS = 6; // a table linearised one cell per line has several cells
  private static final int MAX_VALUE_WORDS = 3; // "25 min", "3/4": a table value, not a reading time or a slide counter
  private static final int MIN_LABEL_TENTHS = 6; // a tight run of at least 6 in 10 short labels is a menu
  private static final int MAX_CELL_WORDS = 12; // a table cell or code line is short
  private static final int MIN_VALUE_TENTHS = 4; // at least 4 in 10 cells hold numbers or code
  private static final int MAX_ANNOUNCED_ITEMS = 30; // an announced list is read this far
  private static final int MIN_PHRASE_WORDS = 2; // an announced item is a phrase ...
  private static final int MAX_PHRASE_WORDS = 40; // ... or a sentence or two
  private static final int MIN_ANNOUNCED_ITEMS = 2; // a list has two items or more
  private static final int MIN_PHRASE_TENTHS = 6; // at least 6 in 10 items are phrases with function words

  /** Marks runs of bullet items that look like menus / link lists. */
  public static void markLists(List<Line> lines) {
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
      if (good * 2 >= count || (avg >= MIN_WORDY_ITEMS_AVG && sentences * ITEMS_PER_SENTENCE_IN_CONTENT >= count)) {
        menu = false;
      } else if (items >= MIN_MENU_ITEMS && avg < MAX_MENU_AVG_WORDS && sentences * ITEMS_PER_SENTENCE_IN_MENU < count
          && lowerStart * 2 < count) {
        menu = true;
      } else {
        menu = items >= MIN_LONG_MENU_ITEMS && avg < MAX_LONG_MENU_AVG_WORDS
            && sentences * ITEMS_PER_SENTENCE_IN_MENU < count && good == 0;
      }
      if (menu) {
        for (int k = i; k <= j; k++) {
          lines.get(k).menuRun = true;
        }
      }
      i = j + 1;
    }
  }

  /**
   * "Related stories" boxes inside an article: a section-end heading followed by a few links and then more
   * prose paragraphs is a box in the middle of the text, not the end of the article.
   */
  public static void inlineBoxes(List<Line> lines) {
    int n = lines.size();
    // from the bottom up: a box split under two headings ("Related" twice) is resolved from its last part
    for (int i = n - 1; i >= 0; i--) {
      Line b = lines.get(i);
      if (!b.barrier || CommentThreads.isCommentHeading(b) || Appeals.isAppealHeading(b)) {
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
        boolean linkish = l.bullet || l.menuRun || l.words <= MAX_LINK_WORDS || l.linkDensity > LineEvidence.MAX_TEXT_LINK_DENSITY;
        if (!linkish || l.cls == Line.Cls.GOOD && !l.bullet && l.linkDensity <= LineEvidence.MAX_TEXT_LINK_DENSITY) {
          break;
        }
        if (++links > MAX_BOX_LINKS) {
          break;
        }
      }
      int prose = 0;
      double mass = 0;
      for (int k = j; k < n && prose < PROSE_BELOW_BOX; k++) {
        Line l = lines.get(k);
        if (l.words == 0 || (l.noise && !l.barrier)) {
          continue;
        }
        if (l.cls == Line.Cls.GOOD && !l.bullet && l.gapBefore && l.linkDensity <= LineEvidence.MAX_TEXT_LINK_DENSITY
            && l.domNoise < MAX_PROSE_DOM_NOISE) {
          prose++;
          mass += l.text.length();
        } else if (!(prose > 0 && l.cls == Line.Cls.SHORT && !l.bullet && l.words <= MAX_SUBHEADING_WORDS
            && l.domNoise < MAX_PROSE_DOM_NOISE)) {
          break; // a subheading between the paragraphs below the box does not end them
        }
      }
      boolean insideArticle = prose >= 1 && proseParagraphsBefore(lines, i, MIN_PROSE_ABOVE_BOX);
      // closing paragraphs shorter than that are enough when the box sits inside a longer article
      boolean articleGoesOn = (prose >= PROSE_BELOW_BOX && mass >= MIN_PROSE_CHARS_BELOW)
          || (insideArticle && mass >= MIN_PROSE_CHARS_BELOW_INSIDE);
      // HTML: a longer box ("Most read" with a dozen teasers) inside the article container, the article
      // going on below it in the same container
      boolean htmlAside = links <= MAX_BOX_LINKS && b.inArticle && b.linkDensity >= 0 && prose >= PROSE_BELOW_BOX
          && mass >= MIN_PROSE_CHARS_BELOW_ASIDE
          && insideArticle && articleProseAt(lines, j);
      if (links >= 1 && ((links <= MAX_INLINE_BOX_LINKS && articleGoesOn) || htmlAside)) {
        b.barrier = false;
        b.boxHead = true;
      } else if (links == 0 && prose >= PROSE_BELOW_BOX && mass >= MIN_PROSE_CHARS_BELOW && b.words <= MAX_LINK_LABEL_WORDS) {
        // "Other story headline" then "Read more" between two paragraphs: the link stands above its label
        Line p = null;
        for (int k = i - 1; k >= 0 && k >= i - LINK_LABEL_REACH; k--) {
          Line c = lines.get(k);
          if (c.words > 0 && !c.noise) {
            p = c;
            break;
          }
        }
        if (p != null && LineEvidence.headlineLike(p) && p.cls != Line.Cls.GOOD) {
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
      return l.inArticle && l.domNoise < MAX_ARTICLE_DOM_NOISE && l.cls == Line.Cls.GOOD;
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

  /**
   * Dumps separate paragraphs by blank lines; navigation and teaser grids come as runs of lines without
   * blank lines between them. A tight run made mostly of short labels is a menu.
   */
  public static void markTightBlocks(List<Line> lines) {
    int n = lines.size();
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && !lines.get(j + 1).gapBefore && lines.get(j + 1).group < 0) {
        j++;
      }
      int count = j - i + 1;
      if (count >= MIN_TIGHT_BLOCK) {
        int shortLabels = 0;
        for (int k = i; k <= j; k++) {
          Line l = lines.get(k);
          if (l.words <= MAX_LABEL_WORDS && !l.endsSentence && !l.dateLine && !l.bylineLine) {
            shortLabels++;
          }
        }
        if (count >= MIN_TABLE_CELLS && isDataTable(lines, i, j)) {
          for (int k = i; k <= j; k++) {
            Line l = lines.get(k);
            if (l.noise && l.words <= MAX_VALUE_WORDS && LineEvidence.hasDigit(l.text) && !l.barrier) {
              l.noise = false; // "25 min", "3/4" in a table are values, not a reading time or a slide counter
              l.cls = Line.Cls.SHORT;
            }
            l.table = !l.noise;
          }
        } else if (shortLabels * 10 >= count * MIN_LABEL_TENTHS) {
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
      if (l.words > MAX_CELL_WORDS) {
        return false;
      }
      if (LineEvidence.hasDigit(l.text) || codeLike(l.text)) {
        values++;
      }
    }
    if (values * 10 < (j - i + 1) * MIN_VALUE_TENTHS) {
      return false;
    }
    Line before = i > 0 ? NearbyLines.prevContent(lines, i, 0) : null;
    Line after = NearbyLines.nextContent(lines, j, lines.size() - 1);
    return before != null && after != null && before.cls == Line.Cls.GOOD && after.cls == Line.Cls.GOOD
        && !before.noise && !after.noise && !before.teaser && !after.teaser;
  }

  /**
   * A list the article announces ("Follow these six tips:"): the bullet items after a prose line ending
   * with a colon are article text even though they look like a menu (a run of short bullet lines), as long
   * as most read as phrases (stop words, few links) rather than link labels.
   */
  public static void markAnnouncedLists(List<Line> lines) {
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
      while (k < lines.size() && lines.get(k).bullet && k - from < MAX_ANNOUNCED_ITEMS) {
        Line item = lines.get(k);
        if (item.words >= MIN_PHRASE_WORDS && item.words <= MAX_PHRASE_WORDS && item.stop > 0
            && item.linkDensity <= LineEvidence.MAX_TEXT_LINK_DENSITY) {
          phrases++;
        }
        k++;
      }
      int items = k - from;
      if (items >= MIN_ANNOUNCED_ITEMS && phrases * 10 >= items * MIN_PHRASE_TENTHS) {
        for (int j = from; j < k; j++) {
          Line item = lines.get(j);
          item.announcedItem = true;
          item.menuRun = false;
        }
      }
    }
  }
}
