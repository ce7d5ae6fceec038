package dev.newsnlp.clean.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Collection;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import net.dankito.readability4j.model.ReadabilityOptions;
import net.dankito.readability4j.processor.ArticleGrabber;
import net.dankito.readability4j.processor.MetadataParser;
import net.dankito.readability4j.processor.Postprocessor;
import net.dankito.readability4j.processor.Preprocessor;
import net.dankito.readability4j.util.RegExUtil;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The article Mozilla's Readability (the Readability4J port) finds on a page, as blocks of text rendered like
 * the page's own lines, so that each line can be told whether Readability kept it. Readability scores DOM
 * nodes by their prose and class names and merges the best node's siblings, which is the evidence a
 * line-by-line model lacks: which container holds the article, and which of its split parts belong to it.
 */
final class ReadabilityArticle {
  private ReadabilityArticle() {}

  private static final Logger LOG = LoggerFactory.getLogger(ReadabilityArticle.class);

  /**
   * Readability's time grows with the square of the DOM's depth (seconds at 2,000 levels): a deeper page is
   * read without it. The deepest of the 2,600 evaluation pages is 47 levels, the largest 4,976 elements.
   */
  private static final int MAX_DEPTH = 200;
  /** Ten times the largest evaluation page. */
  private static final int MAX_ELEMENTS = 50_000;

  /** Whether a page of this size is read by Readability (else its lines carry no Readability evidence). */
  static boolean reads(HtmlBlocks.DomSize size) {
    return size.depth() <= MAX_DEPTH && size.elements() <= MAX_ELEMENTS;
  }

  private static final RegExUtil PATTERNS = new RegExUtil(RegExUtil.UnlikelyCandidatesDefaultPattern,
      RegExUtil.OkMaybeItsACandidateDefaultPattern, RegExUtil.PositiveDefaultPattern,
      RegExUtil.NegativeDefaultPattern, RegExUtil.ExtraneousDefaultPattern, RegExUtil.BylineDefaultPattern,
      RegExUtil.ReplaceFontsDefaultPattern, RegExUtil.NormalizeDefaultPattern, RegExUtil.VideosDefaultPattern,
      RegExUtil.NextLinkDefaultPattern, RegExUtil.PrevLinkDefaultPattern, RegExUtil.WhitespaceDefaultPattern,
      RegExUtil.HasContentDefaultPattern);

  /**
   * Readability's last step rewrites links and image addresses of the article for display, which only its
   * text is read for; on malformed addresses it also builds and logs the article's whole HTML.
   */
  private static final class TextOnly extends Postprocessor {
    @Override
    public void postProcessContent(Document original, Element content, String uri,
        Collection<String> classesToPreserve) {}
  }

  /**
   * The blocks of the article in {@code doc}, which Readability rewrites; empty when it finds none. A page
   * Readability cannot read (its selector parser trips over some attribute values) only lacks the evidence.
   */
  static List<String> blocks(Document doc, @Nullable String url) {
    Element content;
    try {
      ReadabilityOptions options = new ReadabilityOptions();
      Article article = new Readability4J(url == null ? "" : url, doc, options, PATTERNS, new Preprocessor(PATTERNS),
          new MetadataParser(PATTERNS), new ArticleGrabber(options, PATTERNS), new TextOnly()).parse();
      content = article.getArticleContent();
    } catch (RuntimeException | StackOverflowError e) {
      LOG.debug("Readability could not read {}: {}", url, e.toString());
      return List.of();
    }
    if (content == null) {
      return List.of();
    }
    // rendered where it is, without printing it as HTML and parsing it again
    Document article = Document.createShell("");
    article.body().appendChild(content);
    List<Line> lines = new ArrayList<>();
    HtmlBlocks.render(article, lines);
    return lines.stream().map(l -> l.text).toList();
  }
}
