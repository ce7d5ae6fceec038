package dev.newsnlp.corpus;

/**
 * Groups keyed by a shard of the key instead of the key itself. The direct runner turns every key of a
 * GroupByKey into its own bundle and sets up the downstream DoFn again for each (about a millisecond a key on
 * our machine), so grouping 20 band keys per document cost more than CoreNLP. A shard is a group of keys
 * whose number follows the input: {@code ceil(count / perShard)} shards, so a shard holds about
 * {@code perShard} items however large the input (no worker holds everything), and a small input is one
 * group. The key's hash picks the shard: the same key always lands in the same shard.
 */
final class Shards {
  private Shards() {}

  /** Number of shards for {@code count} items, at most {@code perShard} expected in each. */
  static int count(long count, long perShard) {
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (count + perShard - 1) / perShard));
  }

  static int of(long key, int shards) {
    return (int) Math.floorMod(MinHash.mix(key), (long) shards);
  }

  static int of(String key, int shards) {
    return of((long) key.hashCode(), shards);
  }
}
