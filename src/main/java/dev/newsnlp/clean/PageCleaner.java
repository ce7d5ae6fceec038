package dev.newsnlp.clean;

import dev.newsnlp.clean.evidence.RuleScores;
import dev.newsnlp.clean.model.LineModel;
import dev.newsnlp.clean.render.DumpParser;
import dev.newsnlp.clean.render.Extraction;
import dev.newsnlp.clean.render.HtmlBlocks;
import dev.newsnlp.clean.render.Line;
import dev.newsnlp.clean.render.PageMeta;
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

  /** Learned line model (the default) or the hand-written rules alone ({@code --cleaner=rules}). */
  private final boolean learned;
  /** Models given by the trainer for evaluation; null: the shipped ones. */
  private final transient @Nullable LineModel dumpModel;
  private final transient @Nullable LineModel htmlModel;

  /** The learned cleaner with the shipped models (the default). */
  public PageCleaner() {
    this(true);
  }

  public PageCleaner(boolean learned) {
    this(learned, null, null);
  }

  /** The trainer's evaluation ({@code CleanerTrainer}): the given models, null for the shipped ones. */
  public PageCleaner(boolean learned, @Nullable LineModel dumpModel, @Nullable LineModel htmlModel) {
    this.learned = learned;
    this.dumpModel = dumpModel;
    this.htmlModel = htmlModel;
  }

  /**
   * Loads the shipped model for text dumps now (once per JVM), so the first page does not wait for it: the
   * direct runner's launcher calls this while Beam starts. The HTML model still loads with the first HTML page.
   */
  public static void loadDumpModel() {
    LineModel.forInput(false);
  }

  private Extraction extract(List<Line> lines, @Nullable String url,
      @Nullable PageMeta meta, boolean html) {
    if (!learned) {
      return ArticleExtractor.extract(lines, url, meta);
    }
    return ArticleExtractor.extractLearned(lines, url, meta, model(html), html);
  }

  private LineModel model(boolean html) {
    LineModel given = html ? htmlModel : dumpModel;
    return given != null ? given : LineModel.forInput(html);
  }

  /** Cleans a text dump of one page. */
  public CleanResult cleanText(@Nullable String dumpText, @Nullable String url) {
    if (dumpText == null || dumpText.isBlank()) {
      return CleanResult.dropped(DropReasons.EMPTY);
    }
    List<Line> lines = DumpParser.parse(dumpText);
    return toResult(extract(lines, url, null, false));
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
    return toResult(extract(page.lines, url, page.meta, true));
  }

  /**
   * Dev aid: one line per input block with its class, score, flags and whether it was kept (see
   * {@code Line#toString}). Not part of the pipeline.
   */
  public String explain(String input, @Nullable String url, boolean html) {
    List<Line> lines;
    PageMeta meta = null;
    if (html) {
      HtmlBlocks.Page page = HtmlBlocks.parse(input, url);
      lines = page.lines;
      meta = page.meta;
    } else {
      lines = DumpParser.parse(input);
    }
    StringBuilder notes = new StringBuilder();
    Extraction.DEBUG.set(notes);
    Extraction x;
    try {
      x = extract(lines, url, meta, html);
    } finally {
      Extraction.DEBUG.remove();
    }
    StringBuilder sb = new StringBuilder(notes);
    sb.append("region ").append(x.start).append("..").append(x.end).append(" title ").append(x.titleIndex)
        .append(" drop ").append(x.dropReason).append('\n');
    // the learned cleaner: each line's log-odds and the three features that moved it most
    String[] why = learned ? model(html).explain(lines, RuleScores.maxRegion(lines), 3) : null;
    for (int i = 0; i < lines.size(); i++) {
      sb.append(String.format("%4d ", i));
      if (why != null) {
        sb.append(String.format("%-62s ", why[i]));
      }
      sb.append(lines.get(i)).append('\n');
    }
    return sb.toString();
  }

  /**
   * The text as analysts search it: no-break spaces become spaces, and zero-width spaces, word joiners,
   * byte-order marks and soft hyphens go ("step in\u00a0strengthening" is found as "step in strengthening").
   * Joiners that shape some scripts (U+200C, U+200D) stay. NLP offsets index this text, so they stay exact.
   */
  static String searchable(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean space = c == '\u00a0' || c == '\u202f' || c == '\u2007';
      boolean drop = c == '\u200b' || c == '\u2060' || c == '\ufeff' || c == '\u00ad';
      if ((space || drop) && sb == null) {
        sb = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (sb != null && !drop) {
        sb.append(space ? ' ' : c);
      }
    }
    return sb == null ? s : sb.toString();
  }

  private static CleanResult toResult(Extraction x) {
    if (x.dropReason != null) {
      return CleanResult.dropped(x.dropReason);
    }
    String text = ArticleRenderer.render(x);
    if (text.isBlank()) {
      return CleanResult.dropped(DropReasons.NO_ARTICLE_TEXT);
    }
    return new CleanResult(searchable(text), x.title == null ? null : searchable(x.title),
        x.byline == null ? null : searchable(x.byline), x.published, null);
  }
}
