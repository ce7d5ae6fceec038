package dev.newsnlp.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Distribution;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;

/**
 * (doc_id, cleaned text) → (doc_id, (story_id, story_size)) for every document in a story of two or more:
 * near-duplicate articles (syndicated copies with other page furniture, a reworded headline, a paragraph more
 * or less, typos) grouped across the whole input. Documents in no such story are not output: each is a story
 * of one.
 *
 * <ol>
 *   <li>{@link MinHash} signature of each text.
 *   <li>Each signature's LSH band keys, grouped with a GroupByKey on shards of band keys ({@link Shards}: on
 *       the direct runner every key is a bundle with its own setup), the buckets formed inside each shard:
 *       documents sharing a band bucket are
 *       candidate pairs. A bucket holds the documents that agree on one band, not all documents; a bucket
 *       larger than {@value #MAX_BUCKET} (hundreds of pages with one identical boilerplate text) gives only
 *       the pairs of its smallest doc_id with the others, so no bucket costs more than linear pairs.
 *   <li>Each candidate pair is confirmed by its estimated Jaccard similarity (the two signatures, brought
 *       together by two joins on shards of doc_id, so no worker holds more than one shard's signatures).
 *   <li>Connected components of the confirmed pairs ({@link ConnectedComponents}): story_id is the smallest
 *       doc_id of the component, story_size its number of documents.
 * </ol>
 */
public final class GroupStories
    extends PTransform<PCollection<KV<String, String>>, PCollection<KV<String, KV<String, Long>>>> {
  /** Largest band bucket whose documents are all paired with each other. */
  static final int MAX_BUCKET = 100;
  /** Rounds of label propagation (components of diameter up to this come out exact). */
  static final int ROUNDS = 6;

  /** Documents (signatures) per shard of the joins by doc_id: a few MB of signatures per group. */
  static final long DOCS_PER_SHARD = 5_000;
  /** Band-bucket entries (20 per document) per shard of the band grouping. */
  static final long BAND_ENTRIES_PER_SHARD = 50_000;

  private static final TupleTag<KV<String, String>> PAIR = new TupleTag<>() {};
  private static final TupleTag<KV<String, byte[]>> SIGNATURE = new TupleTag<>() {};
  private static final TupleTag<KV<KV<String, String>, byte[]>> HALF = new TupleTag<>() {};

  private final double similarity;
  private final long docsPerShard;
  private final long bandEntriesPerShard;
  private final long nodesPerShard;

  private GroupStories(double similarity, long docsPerShard, long bandEntriesPerShard, long nodesPerShard) {
    this.similarity = similarity;
    this.docsPerShard = docsPerShard;
    this.bandEntriesPerShard = bandEntriesPerShard;
    this.nodesPerShard = nodesPerShard;
  }

  /** @param similarity least estimated Jaccard similarity of two documents of one story ({@code --storySimilarity}) */
  public static GroupStories withSimilarity(double similarity) {
    return new GroupStories(similarity, DOCS_PER_SHARD, BAND_ENTRIES_PER_SHARD, ConnectedComponents.NODES_PER_SHARD);
  }

  /** Smaller shards (tests: many shards on a small input). */
  GroupStories withShardSizes(long docs, long bandEntries, long nodes) {
    return new GroupStories(similarity, docs, bandEntries, nodes);
  }

  @Override
  public PCollection<KV<String, KV<String, Long>>> expand(PCollection<KV<String, String>> texts) {
    PCollectionView<Long> documents = texts
        .apply("CountDocuments", Count.globally())
        .apply("DocumentCount", View.asSingleton());
    PCollection<KV<String, byte[]>> signatures = texts
        .apply("MinHashSignature", ParDo.of(new DoFn<KV<String, String>, KV<String, byte[]>>() {
          @ProcessElement
          public void process(@Element KV<String, String> doc, OutputReceiver<KV<String, byte[]>> out) {
            out.output(KV.of(doc.getKey(), MinHash.signature(doc.getValue())));
          }
        }))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), ByteArrayCoder.of()));
    PCollection<KV<Integer, KV<String, byte[]>>> signatureShards = signatures
        .apply("ShardSignatures", ParDo.of(new DoFn<KV<String, byte[]>, KV<Integer, KV<String, byte[]>>>() {
          @ProcessElement
          public void process(ProcessContext c) {
            int shards = Shards.count(c.sideInput(documents), docsPerShard);
            c.output(KV.of(Shards.of(c.element().getKey(), shards), c.element()));
          }
        }).withSideInputs(documents))
        .setCoder(KvCoder.of(VarIntCoder.of(), KvCoder.of(StringUtf8Coder.of(), ByteArrayCoder.of())));

    PCollection<KV<Integer, KV<String, String>>> candidates = signatures
        .apply("BandKeys", ParDo.of(new DoFn<KV<String, byte[]>, KV<Integer, KV<Long, String>>>() {
          @ProcessElement
          public void process(ProcessContext c) {
            int shards = Shards.count(c.sideInput(documents) * MinHash.BANDS, bandEntriesPerShard);
            for (long key : MinHash.bandKeys(c.element().getValue())) {
              c.output(KV.of(Shards.of(key, shards), KV.of(key, c.element().getKey())));
            }
          }
        }).withSideInputs(documents))
        .setCoder(KvCoder.of(VarIntCoder.of(), KvCoder.of(VarLongCoder.of(), StringUtf8Coder.of())))
        .apply("GroupBandShards", GroupByKey.create())
        .apply("CandidatePairs", ParDo.of(new CandidatePairsFn(documents, docsPerShard)).withSideInputs(documents))
        .setCoder(KvCoder.of(VarIntCoder.of(), KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of())));

    PCollection<KV<Integer, KV<KV<String, String>, byte[]>>> halves = KeyedPCollectionTuple.of(PAIR, candidates)
        .and(SIGNATURE, signatureShards)
        .apply("JoinFirstSignature", CoGroupByKey.create())
        .apply("SendFirstSignature", ParDo.of(new SendSignatureFn(documents, docsPerShard)).withSideInputs(documents))
        .setCoder(KvCoder.of(VarIntCoder.of(),
            KvCoder.of(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()), ByteArrayCoder.of())));
    PCollection<KV<String, String>> edges = KeyedPCollectionTuple.of(HALF, halves).and(SIGNATURE, signatureShards)
        .apply("JoinSecondSignature", CoGroupByKey.create())
        .apply("ConfirmPairs", ParDo.of(new ConfirmFn(similarity)))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));

    return edges
        .apply("ConnectedComponents", new ConnectedComponents(ROUNDS, nodesPerShard))
        .apply("StorySizes", new StorySizes(nodesPerShard));
  }

  /**
   * (shard, [(band key, doc)...]) → (shard of a, (a, b)), a &lt; b, for the documents of each band bucket in the
   * shard; each pair once per shard (the join on a's shard removes the repeats of other shards).
   */
  static final class CandidatePairsFn extends DoFn<KV<Integer, Iterable<KV<Long, String>>>, KV<Integer, KV<String, String>>> {
    private final Counter oversized = Metrics.counter(GroupStories.class, "storyBucketsOversized");
    private final Distribution bucketSizes = Metrics.distribution(GroupStories.class, "storyBucketSize");
    private final PCollectionView<Long> documents;
    private final long docsPerShard;

    CandidatePairsFn(PCollectionView<Long> documents, long docsPerShard) {
      this.documents = documents;
      this.docsPerShard = docsPerShard;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      int shards = Shards.count(c.sideInput(documents), docsPerShard);
      Map<Long, List<String>> buckets = new HashMap<>();
      for (KV<Long, String> entry : c.element().getValue()) {
        buckets.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(entry.getValue());
      }
      Set<KV<String, String>> pairs = new LinkedHashSet<>();
      for (List<String> docs : buckets.values()) {
        if (docs.size() >= 2) {
          bucketSizes.update(docs.size());
          if (!addPairs(docs, pairs)) {
            oversized.inc();
          }
        }
      }
      for (KV<String, String> pair : pairs) {
        c.output(KV.of(Shards.of(pair.getKey(), shards), pair));
      }
    }
  }

  /**
   * Adds the candidate pairs (a, b), a &lt; b, of one band bucket's documents (sorted here): all of them, or for a
   * bucket larger than {@value #MAX_BUCKET} only its smallest doc_id with each other one.
   *
   * @return false if the bucket was oversized
   */
  static boolean addPairs(List<String> docs, Set<KV<String, String>> pairs) {
    docs.sort(null);
    if (docs.size() > MAX_BUCKET) {
      for (int j = 1; j < docs.size(); j++) {
        pairs.add(KV.of(docs.get(0), docs.get(j)));
      }
      return false;
    }
    for (int i = 0; i < docs.size(); i++) {
      for (int j = i + 1; j < docs.size(); j++) {
        pairs.add(KV.of(docs.get(i), docs.get(j)));
      }
    }
    return true;
  }

  /** (shard, [(a, b)...], [(doc, sig)...]) → (shard of b, ((a, b), sig a)) for each distinct pair. */
  static final class SendSignatureFn extends DoFn<KV<Integer, CoGbkResult>, KV<Integer, KV<KV<String, String>, byte[]>>> {
    private final PCollectionView<Long> documents;
    private final long docsPerShard;

    SendSignatureFn(PCollectionView<Long> documents, long docsPerShard) {
      this.documents = documents;
      this.docsPerShard = docsPerShard;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      int shards = Shards.count(c.sideInput(documents), docsPerShard);
      Map<String, byte[]> sigs = signatures(c.element().getValue());
      Set<KV<String, String>> seen = new HashSet<>();
      for (KV<String, String> pair : c.element().getValue().getAll(PAIR)) {
        byte[] sig = sigs.get(pair.getKey());
        if (sig != null && seen.add(pair)) {
          c.output(KV.of(Shards.of(pair.getValue(), shards), KV.of(pair, sig)));
        }
      }
    }
  }

  /** (shard, [((a, b), sig a)...], [(doc, sig)...]) → the confirmed edges (a, b). */
  static final class ConfirmFn extends DoFn<KV<Integer, CoGbkResult>, KV<String, String>> {
    private final Counter candidates = Metrics.counter(GroupStories.class, "storyCandidatePairs");
    private final Counter confirmed = Metrics.counter(GroupStories.class, "storyConfirmedPairs");
    private final double similarity;

    ConfirmFn(double similarity) {
      this.similarity = similarity;
    }

    @ProcessElement
    public void process(@Element KV<Integer, CoGbkResult> shard, OutputReceiver<KV<String, String>> out) {
      Map<String, byte[]> sigs = signatures(shard.getValue());
      for (KV<KV<String, String>, byte[]> half : shard.getValue().getAll(HALF)) {
        byte[] sig = sigs.get(half.getKey().getValue());
        if (sig == null) {
          continue;
        }
        candidates.inc();
        if (MinHash.similarity(half.getValue(), sig) >= similarity) {
          confirmed.inc();
          out.output(half.getKey());
        }
      }
    }
  }

  /** The signatures of one shard's documents, by doc_id. */
  private static Map<String, byte[]> signatures(CoGbkResult shard) {
    Map<String, byte[]> sigs = new HashMap<>();
    for (KV<String, byte[]> sig : shard.getAll(SIGNATURE)) {
      sigs.put(sig.getKey(), sig.getValue());
    }
    return sigs;
  }

  /** (member, story) → (member, (story, size)), grouped by shards of story_id. */
  static final class StorySizes extends PTransform<PCollection<KV<String, String>>, PCollection<KV<String, KV<String, Long>>>> {
    private final long perShard;

    StorySizes(long perShard) {
      this.perShard = perShard;
    }

    @Override
    public PCollection<KV<String, KV<String, Long>>> expand(PCollection<KV<String, String>> labels) {
      PCollectionView<Long> members = labels.apply("CountMembers", Count.globally()).apply("MemberCount", View.asSingleton());
      return labels
          .apply("ShardByStory", ParDo.of(new DoFn<KV<String, String>, KV<Integer, KV<String, String>>>() {
            @ProcessElement
            public void process(ProcessContext c) {
              int shards = Shards.count(c.sideInput(members), perShard);
              c.output(KV.of(Shards.of(c.element().getValue(), shards), c.element()));
            }
          }).withSideInputs(members))
          .setCoder(KvCoder.of(VarIntCoder.of(), KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of())))
          .apply("GroupStoryMembers", GroupByKey.create())
          .apply("StoryOfEachMember", ParDo.of(new StoryOfMemberFn()))
          .setCoder(KvCoder.of(StringUtf8Coder.of(), KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of())));
    }
  }

  /** (shard, [(member, story)...]) → (member, (story, size)). */
  static final class StoryOfMemberFn extends DoFn<KV<Integer, Iterable<KV<String, String>>>, KV<String, KV<String, Long>>> {
    private final Counter stories = Metrics.counter(GroupStories.class, "storiesOfTwoOrMore");
    private final Distribution sizes = Metrics.distribution(GroupStories.class, "storySize");

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<KV<String, String>>> shard, OutputReceiver<KV<String, KV<String, Long>>> out) {
      Map<String, List<String>> byStory = new HashMap<>();
      for (KV<String, String> label : shard.getValue()) {
        byStory.computeIfAbsent(label.getValue(), k -> new ArrayList<>()).add(label.getKey());
      }
      for (Map.Entry<String, List<String>> story : byStory.entrySet()) {
        stories.inc();
        sizes.update(story.getValue().size());
        for (String m : story.getValue()) {
          out.output(KV.of(m, KV.of(story.getKey(), (long) story.getValue().size())));
        }
      }
    }
  }
}
