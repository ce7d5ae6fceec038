package dev.newsnlp.clean;

import java.io.Serializable;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Removes non-article noise from one web page and keeps the article: title, byline and date lines, body
 * paragraphs. Stateless and thread-safe: one instance can serve many threads.
 *
 * <p>{@link #cleanText} takes a w3m-style text dump (the product's main input), {@link #cleanHtml} raw
 * HTML. Both return a {@link CleanResult}; non-articles come back dropped with a {@link DropReasons} code.
 */
public final class PageCleaner implements Serializable {
  private static final long serialVersionUID = 1L;

  public PageCleaner() {}

  /** Cleans a text dump of one page. */
  public CleanResult cleanText(@Nullable String dumpText, @Nullable String url) {
    if (dumpText == null || dumpText.isBlank()) {
      return CleanResult.dropped(DropReasons.EMPTY);
    }
    List<Line> lines = DumpParser.parse(dumpText);
    return toResult(ArticleExtractor.extract(lines, url, null));
  }

  /** Cleans the raw HTML of one page. */
  public CleanResult cleanHtml(@Nullable String html, @Nullable String url) {
    if (html == null || html.isBlank()) {
      return CleanResult.dropped(DropReasons.EMPTY);
    }
    HtmlBlocks.Page page = HtmlBlocks.parse(html, url);
    if (page.lines.isEmpty()) {
      return CleanResult.dropped(DropReasons.EMPTY);
    }
    return toResult(ArticleExtractor.extract(page.lines, url, page.meta));
  }

  private static CleanResult toResult(ArticleExtractor.Extraction x) {
    if (x.dropReason != null) {
      return CleanResult.dropped(x.dropReason);
    }
    String text = ArticleExtractor.render(x);
    if (text.isBlank()) {
      return CleanResult.dropped(DropReasons.NO_ARTICLE_TEXT);
    }
    return new CleanResult(text, x.title, x.byline, x.published, null);
  }
}
