/**
 * The rule detectors: per-line text features and classes ({@link dev.newsnlp.clean.evidence.LineEvidence},
 * {@link dev.newsnlp.clean.evidence.NoiseLines}), comment threads, menus and lists, captions and echoes,
 * teasers, appeals, the JSON-LD body, and the rules' own line scores and kept region ({@link
 * dev.newsnlp.clean.evidence.RuleScores}), with the word lists they read ({@link
 * dev.newsnlp.clean.evidence.Lexicon}, from {@code /dev/newsnlp/clean/words/}). Each detector sets flags on
 * the lines; the rules-only cleaner decides on them directly and the learned cleaner reads them as features.
 * No learned model, no title choice and no page-level verdict lives here.
 */
package dev.newsnlp.clean.evidence;
