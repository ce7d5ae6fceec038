/**
 * Offline training of the shipped models, never run by the pipeline: {@link
 * dev.newsnlp.clean.train.CleanerTrainer} (command line: {@code train}, {@code loso}, {@code cv-dev}; see
 * {@code scripts/train-cleaner.sh}) labels the training pages' lines ({@link
 * dev.newsnlp.clean.train.LineLabels}), trains the line, headline and decoder models ({@link
 * dev.newsnlp.clean.train.StackedModelsTrainer}) and evaluates them through {@link dev.newsnlp.clean.PageCleaner}.
 * It sits above every other cleaner package; nothing at run time depends on it.
 */
package dev.newsnlp.clean.train;
