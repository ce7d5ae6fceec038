package dev.newsnlp.clean;

import java.util.List;

/**
 * Lists and boxes: menus and link lists, tight blocks (tables, code, link grids), lists announced by
 * a prose line, and inline boxes (fact boxes, related links) inside the article.
 */
final class ListsAndBoxes {
  private ListsAndBoxes() {}

  /** Marks runs of bullet items that look like menus / link lists. */
  static void markLists(List<Line> lines) {
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

  /**
   * "Related stories" boxes inside an article: a section-end heading followed by a few links and then more
   * prose paragraphs is a box in the middle of the text, not the end of the article.
   */
  static void inlineBoxes(List<Line> lines) {
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

  /**
   * Dumps separate paragraphs by blank lines; navigation and teaser grids come as runs of lines without
   * blank lines between them. A tight run made mostly of short labels is a menu.
   */
  static void markTightBlocks(List<Line> lines) {
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
            if (l.noise && l.words <= 3 && LineEvidence.hasDigit(l.text) && !l.barrier) {
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
      if (LineEvidence.hasDigit(l.text) || codeLike(l.text)) {
        values++;
      }
    }
    if (values * 10 < (j - i + 1) * 4) {
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
  static void markAnnouncedLists(List<Line> lines) {
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
}
