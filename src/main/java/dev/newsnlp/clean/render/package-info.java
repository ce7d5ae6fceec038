/**
 * The page as the cleaner sees it: {@link dev.newsnlp.clean.render.DumpParser} and {@link
 * dev.newsnlp.clean.render.HtmlBlocks} turn the input into {@link dev.newsnlp.clean.render.Line}s (with the
 * HTML head read into a {@link dev.newsnlp.clean.render.PageMeta}), and {@link
 * dev.newsnlp.clean.render.Extraction} holds one page's outcome that every pass reads and fills. It also owns
 * date parsing ({@link dev.newsnlp.clean.render.DateFinder}), which the HTML head, the detectors and the
 * metadata all use. It decides nothing about what is article text: it depends on no other cleaner package.
 */
package dev.newsnlp.clean.render;
