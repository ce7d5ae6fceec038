package dev.newsnlp.clean;

import java.io.Serializable;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.jsoup.Jsoup;

/** Interim cleaner (replaced by the block classifier): keeps paragraphs that read as prose. */
public final class PageCleaner implements Serializable {
  public CleanResult cleanText(String dumpText, @Nullable String url) {
    if (dumpText.isBlank()) {
      return CleanResult.dropped(DropReasons.EMPTY);
    }
    StringBuilder out = new StringBuilder();
    for (String block : dumpText.split("\n\\s*\n")) {
      String b = block.strip();
      if (b.length() > 80 && (b.endsWith(".") || b.endsWith("\"") || b.endsWith("\u201d"))
          && !b.contains("\u2022")) {
        if (out.length() > 0) {
          out.append("\n\n");
        }
        out.append(b);
      }
    }
    return out.length() == 0
        ? CleanResult.dropped(DropReasons.NO_ARTICLE_TEXT)
        : new CleanResult(out.toString(), null, null, null, null);
  }

  public CleanResult cleanHtml(String html, @Nullable String url) {
    return cleanText(Jsoup.parse(html).wholeText(), url);
  }
}
