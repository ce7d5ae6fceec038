/**
 * The learned line classifier at run time: the feature rows ({@link dev.newsnlp.clean.model.LineFeatures}),
 * the word weights ({@link dev.newsnlp.clean.model.WordEvidence}) and {@link
 * dev.newsnlp.clean.model.LineModel}, which loads a shipped model set from {@code /dev/newsnlp/clean/model/}
 * (line trees, words, headline trees, decoder) and gives each line its log-odds of being article text. It
 * does not choose the region or the title (see {@code decode} and {@code headline}) and does not train
 * (see {@code train}).
 */
package dev.newsnlp.clean.model;
