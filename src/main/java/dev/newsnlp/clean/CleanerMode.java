package dev.newsnlp.clean;

/** How pages are cleaned: {@code --cleaner}. Lower-case constants, as they are typed on the command line. */
public enum CleanerMode {
  /** The trained line model over the rule detectors' evidence (the default). */
  learned,
  /** The hand-written rules alone, as before the line model; kept for comparison. */
  rules
}
