package dev.newsnlp.corpus;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.BooleanCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Distinct;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.Keys;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Undirected edges (doc, doc) → the component label of every node: the smallest node id of its component.
 * Min-label propagation, a fixed number of rounds: every node starts as its own label, and each round a node
 * takes the smallest label among itself and its neighbours. Each round is one CoGroupByKey of labels with
 * edges and one GroupByKey per node, so no worker ever holds more than one node's neighbourhood.
 *
 * <p>After r rounds a label is exact for every component whose diameter is at most r. Near-duplicate stories
 * are dense (most copies are confirmed similar to most others), so their diameter is 1 or 2; a long chain of
 * pairwise-similar documents can need more rounds than given. The counter {@code storyLabelsChangedInLastRound}
 * says whether the last round still changed labels (0: every component converged).
 */
final class ConnectedComponents extends PTransform<PCollection<KV<String, String>>, PCollection<KV<String, String>>> {
  private static final TupleTag<String> LABEL = new TupleTag<>() {};
  private static final TupleTag<String> NEIGHBOUR = new TupleTag<>() {};

  private final int rounds;

  ConnectedComponents(int rounds) {
    this.rounds = rounds;
  }

  @Override
  public PCollection<KV<String, String>> expand(PCollection<KV<String, String>> edges) {
    PCollection<KV<String, String>> both = edges
        .apply("BothDirections", ParDo.of(new DoFn<KV<String, String>, KV<String, String>>() {
          @ProcessElement
          public void process(@Element KV<String, String> e, OutputReceiver<KV<String, String>> out) {
            out.output(e);
            out.output(KV.of(e.getValue(), e.getKey()));
          }
        }))
        .apply("DistinctEdges", Distinct.create());
    PCollection<KV<String, String>> labels = both
        .apply("Nodes", Keys.create())
        .apply("DistinctNodes", Distinct.create())
        .apply("OwnLabel", ParDo.of(new DoFn<String, KV<String, String>>() {
          @ProcessElement
          public void process(@Element String node, OutputReceiver<KV<String, String>> out) {
            out.output(KV.of(node, node));
          }
        }))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));
    for (int r = 1; r <= rounds; r++) {
      labels = KeyedPCollectionTuple.of(LABEL, labels).and(NEIGHBOUR, both)
          .apply("JoinLabelsAndEdges" + r, CoGroupByKey.create())
          .apply("SendLabel" + r, ParDo.of(new SendLabelFn()))
          .setCoder(KvCoder.of(StringUtf8Coder.of(), KvCoder.of(StringUtf8Coder.of(), BooleanCoder.of())))
          .apply("GatherLabels" + r, GroupByKey.create())
          .apply("SmallestLabel" + r, ParDo.of(new SmallestLabelFn(r == rounds)))
          .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));
    }
    return labels;
  }

  /** A node's label to itself (marked as its own) and to each neighbour. */
  static final class SendLabelFn extends DoFn<KV<String, CoGbkResult>, KV<String, KV<String, Boolean>>> {
    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> node, OutputReceiver<KV<String, KV<String, Boolean>>> out) {
      String label = node.getValue().getOnly(LABEL);
      out.output(KV.of(node.getKey(), KV.of(label, true)));
      for (String neighbour : node.getValue().getAll(NEIGHBOUR)) {
        out.output(KV.of(neighbour, KV.of(label, false)));
      }
    }
  }

  static final class SmallestLabelFn extends DoFn<KV<String, Iterable<KV<String, Boolean>>>, KV<String, String>> {
    private final Counter changed = Metrics.counter(GroupStories.class, "storyLabelsChangedInLastRound");
    private final boolean last;

    SmallestLabelFn(boolean last) {
      this.last = last;
    }

    @ProcessElement
    public void process(@Element KV<String, Iterable<KV<String, Boolean>>> node, OutputReceiver<KV<String, String>> out) {
      String own = null;
      String min = null;
      List<KV<String, Boolean>> labels = new ArrayList<>();
      node.getValue().forEach(labels::add);
      for (KV<String, Boolean> l : labels) {
        if (l.getValue()) {
          own = l.getKey();
        }
        if (min == null || l.getKey().compareTo(min) < 0) {
          min = l.getKey();
        }
      }
      if (last && !min.equals(own)) {
        changed.inc();
      }
      out.output(KV.of(node.getKey(), min));
    }
  }
}
