package dev.newsnlp.annotate.quotes;

/**
 * A speaker found by a sieve: tokens [start, end) as written, the head token it is resolved by, and the
 * sieve's name (the {@code attribution} column).
 */
public record Speaker(int start, int end, int head, String sieve) {

  public static Speaker of(NounPhrase np, String sieve) {
    return new Speaker(np.start(), np.end(), np.head(), sieve);
  }

  /** The same speaker, as found by another sieve (a quote that continues one already attributed). */
  public Speaker as(String otherSieve) {
    return new Speaker(start, end, head, otherSieve);
  }
}
