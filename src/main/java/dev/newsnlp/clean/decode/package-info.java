/**
 * From per-line log-odds to the article's lines: {@link dev.newsnlp.clean.decode.SequenceDecoder} decodes
 * each line's state (before, body, interruption, after) for text dumps; {@link
 * dev.newsnlp.clean.decode.RegionSelector} takes the maximum-sum region instead for HTML (chosen by held-out
 * sources), for {@code -Dnewsnlp.decoder=region} runs and as the trainer's baseline. It computes no
 * log-odds itself (see {@code model}) and does not choose the title.
 */
package dev.newsnlp.clean.decode;
