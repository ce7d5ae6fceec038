package dev.newsnlp.corpus;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * MinHash signatures of a text's word shingles, and the locality-sensitive-hashing bands made from them.
 * Everything here is plain arithmetic on fixed seeds (no {@code String.hashCode} of a whole text, no
 * random state), so one text has one signature on every JVM, runner and run.
 *
 * <p>Words are runs of letters and digits, lower-cased; a shingle is {@value #SHINGLE_WORDS} consecutive
 * words. Each of the {@value #HASHES} hash functions is a 64-bit mix of the shingle's hash with its own
 * seed, and the signature keeps each function's minimum: the share of equal positions in two signatures
 * estimates the Jaccard similarity of the two shingle sets. LSH cuts the signature into {@value #BANDS}
 * bands of {@value #ROWS} rows; two texts that agree on a whole band become a candidate pair. With these
 * sizes a pair of Jaccard similarity s is a candidate with probability 1 - (1 - s^5)^20: 0.47 at s = 0.5,
 * 0.80 at 0.6, 0.97 at 0.7, 0.9996 at 0.8; at s = 0.2 it is 0.006.
 */
public final class MinHash {
  public static final int SHINGLE_WORDS = 3;
  public static final int BANDS = 20;
  public static final int ROWS = 5;
  public static final int HASHES = BANDS * ROWS;

  private static final long[] SEEDS = new long[HASHES];

  static {
    long s = 0x6e6577736e6c70L; // "newsnlp"
    for (int i = 0; i < HASHES; i++) {
      s += 0x9E3779B97F4A7C15L;
      SEEDS[i] = mix(s);
    }
  }

  /** The signature of {@code text}, as {@value #HASHES} longs packed into bytes (the form it is shuffled in). */
  public static byte[] signature(String text) {
    long[] min = new long[HASHES];
    java.util.Arrays.fill(min, Long.MAX_VALUE);
    for (long shingle : shingles(text)) {
      for (int i = 0; i < HASHES; i++) {
        long h = mix(shingle ^ SEEDS[i]);
        if (h < min[i]) {
          min[i] = h;
        }
      }
    }
    ByteBuffer out = ByteBuffer.allocate(HASHES * Long.BYTES);
    for (long m : min) {
      out.putLong(m);
    }
    return out.array();
  }

  /** Estimated Jaccard similarity of the texts of two signatures: the share of equal minima. */
  public static double similarity(byte[] a, byte[] b) {
    ByteBuffer x = ByteBuffer.wrap(a);
    ByteBuffer y = ByteBuffer.wrap(b);
    int equal = 0;
    for (int i = 0; i < HASHES; i++) {
      if (x.getLong() == y.getLong()) {
        equal++;
      }
    }
    return equal / (double) HASHES;
  }

  /** One key per band: the band's index and its rows hashed together. */
  public static long[] bandKeys(byte[] signature) {
    ByteBuffer s = ByteBuffer.wrap(signature);
    long[] keys = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long h = mix(0x51ED27L + b);
      for (int r = 0; r < ROWS; r++) {
        h = mix(h ^ s.getLong());
      }
      keys[b] = h;
    }
    return keys;
  }

  /** Hashes of the text's word shingles (a text shorter than one shingle is one shingle of all its words). */
  static List<Long> shingles(String text) {
    List<Long> words = new ArrayList<>();
    long h = FNV_OFFSET;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        h = (h ^ Character.toLowerCase(c)) * FNV_PRIME;
        inWord = true;
      } else if (inWord) {
        words.add(h);
        h = FNV_OFFSET;
        inWord = false;
      }
    }
    if (inWord) {
      words.add(h);
    }
    List<Long> shingles = new ArrayList<>(Math.max(1, words.size()));
    int n = Math.min(SHINGLE_WORDS, words.size());
    for (int i = 0; i + n <= words.size() && (n > 0 || i == 0); i++) {
      long s = 0;
      for (int k = 0; k < n; k++) {
        s = mix(s * 31 + words.get(i + k));
      }
      shingles.add(s);
      if (n == 0) {
        break;
      }
    }
    return shingles;
  }

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  /** SplitMix64's finaliser: a fixed, well-mixing 64-bit permutation. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private MinHash() {}
}
