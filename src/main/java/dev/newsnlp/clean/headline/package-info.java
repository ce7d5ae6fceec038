/**
 * The article's title, byline and date: {@link dev.newsnlp.clean.headline.TitleFinder} is the rules' title
 * choice, {@link dev.newsnlp.clean.headline.HeadlineModel} the learned one (gradient-boosted trees over the
 * candidate lines, loaded with the line model), and {@link dev.newsnlp.clean.headline.Metadata} finds the
 * byline and date near the title or in the HTML meta. It does not decide which lines are body text.
 */
package dev.newsnlp.clean.headline;
