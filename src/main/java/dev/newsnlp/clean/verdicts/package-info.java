/**
 * Page-level verdicts on a page whose lines are chosen: error pages, consent and paywalls, listings, too
 * little prose ({@link dev.newsnlp.clean.verdicts.PageVerdicts}), each returning one of the {@link
 * dev.newsnlp.clean.DropReasons} codes. It judges whole pages only, never single lines.
 */
package dev.newsnlp.clean.verdicts;
