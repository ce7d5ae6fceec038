package dev.newsnlp.launch;

import dev.newsnlp.options.NlpPipelineOptions;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;

/**
 * Checks that need the filesystems or relate options: done before the pipeline is built, so a typo fails in
 * a second rather than after hours of NLP.
 */
final class Preflight {
  static void check(NlpPipelineOptions options) {
    FileSystems.setDefaultPipelineOptions(options);
    if (options.getMaxPageBytes() <= 0) {
      throw new IllegalArgumentException("--maxPageBytes must be positive, got " + options.getMaxPageBytes());
    }
    if (options.getRunDate() != null) {
      try {
        LocalDate.parse(options.getRunDate());
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("--runDate must be YYYY-MM-DD, got " + options.getRunDate());
      }
    }
    if (options.getMaxAnnotateChars() < 1000) {
      throw new IllegalArgumentException("--maxAnnotateChars must be at least 1000, got " + options.getMaxAnnotateChars());
    }
    if (options.getMaxSentenceTokens() < 10) {
      throw new IllegalArgumentException("--maxSentenceTokens must be at least 10, got " + options.getMaxSentenceTokens());
    }
    if (options.getAnnotateTimeoutSeconds() < 0) {
      throw new IllegalArgumentException("--annotateTimeoutSeconds must be 0 (no limit) or more, got " + options.getAnnotateTimeoutSeconds());
    }
    if (options.getProgressIntervalSeconds() <= 0) {
      throw new IllegalArgumentException("--progressIntervalSeconds must be positive, got " + options.getProgressIntervalSeconds());
    }
    if (options.getStorySimilarity() <= 0 || options.getStorySimilarity() > 1) {
      throw new IllegalArgumentException("--storySimilarity must be above 0 and at most 1, got " + options.getStorySimilarity());
    }
    if (options.getDropNearDuplicates() && !options.getStories()) {
      throw new IllegalArgumentException("--dropNearDuplicates needs --stories=true");
    }
    if (options.getNumShards() < 0) {
      throw new IllegalArgumentException("--numShards must be 0 (runner decides) or more, got " + options.getNumShards());
    }
    try {
      MatchResult match = FileSystems.match(options.getInput());
      if (match.status() == MatchResult.Status.NOT_FOUND || match.metadata().isEmpty()) {
        throw new IllegalArgumentException("--input matches no file: " + options.getInput());
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("--input cannot be listed: " + options.getInput() + " (" + e.getMessage() + ")");
    }
    OutputProbe.check(options.getOutput());
  }

  private Preflight() {}
}
