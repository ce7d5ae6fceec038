package dev.newsnlp.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.values.KV;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link GroupStories} in one process, for the launcher on the direct runner: the same band buckets and
 * candidate pairs ({@link GroupStories#addPairs}), the same confirmation, the same {@value GroupStories#ROUNDS}
 * synchronous rounds of min-label propagation as {@link ConnectedComponents} (not an exact union-find, which
 * would differ on a component wider than the rounds reach), and the same sizes: the same (story_id,
 * story_size) for every document. In the pipeline these are about fifteen groupings, which the direct runner
 * runs one after another after the last annotated page; here they are a few hash maps.
 *
 * <p>Memory: the signatures ({@value MinHash#HASHES} longs a document) and the candidate pairs.
 */
final class LocalStories {
  private static final Logger LOG = LoggerFactory.getLogger(LocalStories.class);

  private LocalStories() {}

  /**
   * @param signatures each story page's {@link MinHash} signature, by doc_id
   * @return (story_id, story_size) of every document in a story of two or more, by doc_id
   */
  static Map<String, KV<String, Long>> group(Map<String, byte[]> signatures, double similarity) {
    Map<Long, List<String>> buckets = new HashMap<>();
    signatures.forEach((doc, sig) -> {
      for (long key : MinHash.bandKeys(sig)) {
        buckets.computeIfAbsent(key, k -> new ArrayList<>(2)).add(doc);
      }
    });
    Set<KV<String, String>> pairs = new LinkedHashSet<>();
    int oversized = 0;
    for (List<String> docs : buckets.values()) {
      if (docs.size() >= 2 && !GroupStories.addPairs(docs, pairs)) {
        oversized++;
      }
    }
    Map<String, Set<String>> neighbours = new HashMap<>();
    long confirmed = 0;
    for (KV<String, String> pair : pairs) {
      if (MinHash.similarity(signatures.get(pair.getKey()), signatures.get(pair.getValue())) >= similarity) {
        confirmed++;
        neighbours.computeIfAbsent(pair.getKey(), k -> new HashSet<>()).add(pair.getValue());
        neighbours.computeIfAbsent(pair.getValue(), k -> new HashSet<>()).add(pair.getKey());
      }
    }

    // Round r: each node takes the smallest label of itself and its neighbours after round r - 1.
    Map<String, String> labels = new HashMap<>();
    for (String node : neighbours.keySet()) {
      labels.put(node, node);
    }
    int changed = 0;
    for (int round = 1; round <= GroupStories.ROUNDS; round++) {
      Map<String, String> next = new HashMap<>();
      changed = 0;
      for (Map.Entry<String, Set<String>> node : neighbours.entrySet()) {
        String label = labels.get(node.getKey());
        String min = label;
        for (String n : node.getValue()) {
          String l = labels.get(n);
          if (l.compareTo(min) < 0) {
            min = l;
          }
        }
        if (!min.equals(label)) {
          changed++;
        }
        next.put(node.getKey(), min);
      }
      labels = next;
    }

    Map<String, Long> sizes = new HashMap<>();
    labels.values().forEach(label -> sizes.merge(label, 1L, Long::sum));
    Map<String, KV<String, Long>> stories = new HashMap<>();
    labels.forEach((doc, label) -> stories.put(doc, KV.of(label, sizes.get(label))));
    LOG.info("Stories: {} documents in {} stories of two or more ({} story pages, {} candidate pairs, {} confirmed,"
        + " {} oversized band buckets, {} labels changed in the last round)",
        stories.size(), sizes.size(), signatures.size(), pairs.size(), confirmed, oversized, changed);
    return stories;
  }
}
