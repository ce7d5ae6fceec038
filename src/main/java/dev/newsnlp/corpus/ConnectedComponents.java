package dev.newsnlp.corpus;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;

/**
 * Undirected edges (doc, doc) → the component label of every node: the smallest node id of its component.
 * Min-label propagation, a fixed number of rounds: every node starts as its own label, and each round a node
 * takes the smallest label among itself and its neighbours. Only nodes of an edge take part (a document with
 * no confirmed pair is a story of one and never enters). Each round is one GroupByKey over shards of nodes
 * ({@link Shards}, about {@value #NODES_PER_SHARD} nodes' edges and labels a shard): a shard's group holds its
 * nodes' edges (sent again every round) and the labels sent to them, so no worker holds more than its shard.
 *
 * <p>After r rounds a label is exact for every component whose diameter is at most r. Near-duplicate stories
 * are dense (most copies are confirmed similar to most others), so their diameter is 1 or 2; a long chain of
 * pairwise-similar documents can need more rounds than given. The counter {@code storyLabelsChangedInLastRound}
 * says whether the last round still changed labels (0: every component converged).
 */
final class ConnectedComponents extends PTransform<PCollection<KV<String, String>>, PCollection<KV<String, String>>> {
  static final long NODES_PER_SHARD = 10_000;
  /** Kinds of message to a node: one of its edges, its own label, a neighbour's label. */
  private static final int EDGE = 0;
  private static final int OWN = 1;
  private static final int NEIGHBOUR = 2;

  private final int rounds;
  private final long nodesPerShard;

  ConnectedComponents(int rounds, long nodesPerShard) {
    this.rounds = rounds;
    this.nodesPerShard = nodesPerShard;
  }

  private static KvCoder<Integer, KV<String, KV<String, Integer>>> messageCoder() {
    return KvCoder.of(VarIntCoder.of(), KvCoder.of(StringUtf8Coder.of(), KvCoder.of(StringUtf8Coder.of(), VarIntCoder.of())));
  }

  @Override
  public PCollection<KV<String, String>> expand(PCollection<KV<String, String>> edges) {
    // Nodes are at most twice the edges: the shard count follows the input.
    PCollectionView<Long> edgeCount = edges.apply("CountEdges", Count.globally()).apply("EdgeCount", View.asSingleton());
    PCollection<KV<Integer, KV<String, KV<String, Integer>>>> messages = edges
        .apply("FirstMessages", ParDo.of(new DoFn<KV<String, String>, KV<Integer, KV<String, KV<String, Integer>>>>() {
          @ProcessElement
          public void process(ProcessContext c) {
            int shards = Shards.count(2 * c.sideInput(edgeCount), nodesPerShard);
            KV<String, String> e = c.element();
            for (KV<String, String> d : List.of(e, KV.of(e.getValue(), e.getKey()))) {
              int shard = Shards.of(d.getKey(), shards);
              c.output(KV.of(shard, KV.of(d.getKey(), KV.of(d.getValue(), EDGE))));
              c.output(KV.of(shard, KV.of(d.getKey(), KV.of(d.getKey(), OWN))));
              c.output(KV.of(shard, KV.of(d.getKey(), KV.of(d.getValue(), NEIGHBOUR))));
            }
          }
        }).withSideInputs(edgeCount))
        .setCoder(messageCoder());
    for (int r = 1; r < rounds; r++) {
      messages = messages
          .apply("GatherLabels" + r, GroupByKey.create())
          .apply("Round" + r, ParDo.of(new RoundFn(edgeCount, nodesPerShard, false)).withSideInputs(edgeCount))
          .setCoder(messageCoder());
    }
    return messages
        .apply("GatherLabels" + rounds, GroupByKey.create())
        .apply("Round" + rounds, ParDo.of(new RoundFn(edgeCount, nodesPerShard, true)).withSideInputs(edgeCount))
        .setCoder(messageCoder())
        .apply("Labels", ParDo.of(new DoFn<KV<Integer, KV<String, KV<String, Integer>>>, KV<String, String>>() {
          @ProcessElement
          public void process(@Element KV<Integer, KV<String, KV<String, Integer>>> m, OutputReceiver<KV<String, String>> out) {
            out.output(KV.of(m.getValue().getKey(), m.getValue().getValue().getKey()));
          }
        }))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));
  }

  /**
   * One round for one shard: each node's new label is the smallest label sent to it (its own and its
   * neighbours'). Not the last round: the messages of the next (edges again, the new label to the node itself
   * and to each neighbour's shard). The last round: (node, (label, OWN)) only.
   */
  static final class RoundFn extends DoFn<KV<Integer, Iterable<KV<String, KV<String, Integer>>>>, KV<Integer, KV<String, KV<String, Integer>>>> {
    private final Counter changed = Metrics.counter(GroupStories.class, "storyLabelsChangedInLastRound");
    private final PCollectionView<Long> edgeCount;
    private final long nodesPerShard;
    private final boolean last;

    RoundFn(PCollectionView<Long> edgeCount, long nodesPerShard, boolean last) {
      this.edgeCount = edgeCount;
      this.nodesPerShard = nodesPerShard;
      this.last = last;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      int shards = Shards.count(2 * c.sideInput(edgeCount), nodesPerShard);
      Map<String, String> own = new HashMap<>();
      Map<String, String> min = new HashMap<>();
      Map<String, Set<String>> neighbours = new HashMap<>();
      for (KV<String, KV<String, Integer>> m : c.element().getValue()) {
        String node = m.getKey();
        String value = m.getValue().getKey();
        int kind = m.getValue().getValue();
        if (kind == EDGE) {
          neighbours.computeIfAbsent(node, k -> new TreeSet<>()).add(value);
          continue;
        }
        if (kind == OWN) {
          own.put(node, value);
        }
        min.merge(node, value, (a, b) -> a.compareTo(b) <= 0 ? a : b);
      }
      int shard = c.element().getKey();
      for (Map.Entry<String, String> node : min.entrySet()) {
        String label = node.getValue();
        if (last) {
          if (!label.equals(own.get(node.getKey()))) {
            changed.inc();
          }
          c.output(KV.of(shard, KV.of(node.getKey(), KV.of(label, OWN))));
          continue;
        }
        c.output(KV.of(shard, KV.of(node.getKey(), KV.of(label, OWN))));
        for (String n : neighbours.getOrDefault(node.getKey(), Set.of())) {
          c.output(KV.of(shard, KV.of(node.getKey(), KV.of(n, EDGE))));
          c.output(KV.of(Shards.of(n, shards), KV.of(n, KV.of(label, NEIGHBOUR))));
        }
      }
    }
  }
}
