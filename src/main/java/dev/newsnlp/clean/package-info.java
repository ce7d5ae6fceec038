/**
 * The cleaner's entry points and the composition of its passes: {@link dev.newsnlp.clean.PageCleaner} cleans
 * one page (text dump or HTML) into a {@link dev.newsnlp.clean.CleanResult}, {@link
 * dev.newsnlp.clean.CleanPages} runs it over the pipeline's pages (and drops other languages and duplicates), and
 * {@link dev.newsnlp.clean.ArticleExtractor} runs the passes of the subpackages in order and renders the kept
 * lines ({@link dev.newsnlp.clean.ArticleRenderer}). The classes other packages of newsnlp use live here
 * ({@link dev.newsnlp.clean.CleanerMode}, {@link dev.newsnlp.clean.DropReasons}, {@link
 * dev.newsnlp.clean.LanguageIdentifier}); no detector, model or parser lives here, only the order in which they
 * run.
 */
package dev.newsnlp.clean;
