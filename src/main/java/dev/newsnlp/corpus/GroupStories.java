package dev.newsnlp.corpus;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Distribution;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Distinct;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TupleTag;

/**
 * (doc_id, cleaned text) → (doc_id, (story_id, story_size)) for every document in a story of two or more:
 * near-duplicate articles (syndicated copies with other page furniture, a reworded headline, a paragraph more
 * or less, typos) grouped across the whole input. Documents in no such story are not output: each is a story
 * of one.
 *
 * <ol>
 *   <li>{@link MinHash} signature of each text.
 *   <li>Each signature's LSH band keys, grouped with a GroupByKey: documents sharing a band bucket are
 *       candidate pairs. A bucket holds the documents that agree on one band, not all documents; a bucket
 *       larger than {@value #MAX_BUCKET} (hundreds of pages with one identical boilerplate text) gives only
 *       the pairs of its smallest doc_id with the others, so no bucket costs more than linear pairs.
 *   <li>Each candidate pair is confirmed by its estimated Jaccard similarity (the two signatures, brought
 *       together by two joins on doc_id, so no worker holds more than one document's partners).
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

  private static final TupleTag<String> PARTNER = new TupleTag<>() {};
  private static final TupleTag<byte[]> SIGNATURE = new TupleTag<>() {};
  private static final TupleTag<KV<String, byte[]>> HALF = new TupleTag<>() {};

  private final double similarity;

  private GroupStories(double similarity) {
    this.similarity = similarity;
  }

  /** @param similarity least estimated Jaccard similarity of two documents of one story ({@code --storySimilarity}) */
  public static GroupStories withSimilarity(double similarity) {
    return new GroupStories(similarity);
  }

  @Override
  public PCollection<KV<String, KV<String, Long>>> expand(PCollection<KV<String, String>> texts) {
    PCollection<KV<String, byte[]>> signatures = texts
        .apply("MinHashSignature", ParDo.of(new DoFn<KV<String, String>, KV<String, byte[]>>() {
          @ProcessElement
          public void process(@Element KV<String, String> doc, OutputReceiver<KV<String, byte[]>> out) {
            out.output(KV.of(doc.getKey(), MinHash.signature(doc.getValue())));
          }
        }))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), ByteArrayCoder.of()));

    PCollection<KV<String, String>> candidates = signatures
        .apply("BandKeys", ParDo.of(new DoFn<KV<String, byte[]>, KV<Long, String>>() {
          @ProcessElement
          public void process(@Element KV<String, byte[]> sig, OutputReceiver<KV<Long, String>> out) {
            for (long key : MinHash.bandKeys(sig.getValue())) {
              out.output(KV.of(key, sig.getKey()));
            }
          }
        }))
        .setCoder(KvCoder.of(VarLongCoder.of(), StringUtf8Coder.of()))
        .apply("GroupByBand", GroupByKey.create())
        .apply("CandidatePairs", ParDo.of(new CandidatePairsFn()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()))
        .apply("DistinctPairs", Distinct.create());

    PCollection<KV<String, KV<String, byte[]>>> halves = KeyedPCollectionTuple.of(PARTNER, candidates)
        .and(SIGNATURE, signatures)
        .apply("JoinFirstSignature", CoGroupByKey.create())
        .apply("SendFirstSignature", ParDo.of(new SendSignatureFn()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), KvCoder.of(StringUtf8Coder.of(), ByteArrayCoder.of())));
    PCollection<KV<String, String>> edges = KeyedPCollectionTuple.of(HALF, halves).and(SIGNATURE, signatures)
        .apply("JoinSecondSignature", CoGroupByKey.create())
        .apply("ConfirmPairs", ParDo.of(new ConfirmFn(similarity)))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));

    return edges
        .apply("ConnectedComponents", new ConnectedComponents(ROUNDS))
        .apply("ByStory", ParDo.of(new DoFn<KV<String, String>, KV<String, String>>() {
          @ProcessElement
          public void process(@Element KV<String, String> label, OutputReceiver<KV<String, String>> out) {
            out.output(KV.of(label.getValue(), label.getKey()));
          }
        }))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()))
        .apply("GroupStoryMembers", GroupByKey.create())
        .apply("StoryOfEachMember", ParDo.of(new StoryOfMemberFn()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of())));
  }

  /** Pairs (a, b), a < b, of the documents of one band bucket. */
  static final class CandidatePairsFn extends DoFn<KV<Long, Iterable<String>>, KV<String, String>> {
    private final Counter oversized = Metrics.counter(GroupStories.class, "storyBucketsOversized");
    private final Distribution bucketSizes = Metrics.distribution(GroupStories.class, "storyBucketSize");

    @ProcessElement
    public void process(@Element KV<Long, Iterable<String>> bucket, OutputReceiver<KV<String, String>> out) {
      List<String> docs = new ArrayList<>();
      bucket.getValue().forEach(docs::add);
      if (docs.size() < 2) {
        return;
      }
      docs.sort(null);
      bucketSizes.update(docs.size());
      if (docs.size() > MAX_BUCKET) {
        oversized.inc();
        for (int j = 1; j < docs.size(); j++) {
          out.output(KV.of(docs.get(0), docs.get(j)));
        }
        return;
      }
      for (int i = 0; i < docs.size(); i++) {
        for (int j = i + 1; j < docs.size(); j++) {
          out.output(KV.of(docs.get(i), docs.get(j)));
        }
      }
    }
  }

  /** (a, [b...], sig a) → (b, (a, sig a)) for each partner b. */
  static final class SendSignatureFn extends DoFn<KV<String, CoGbkResult>, KV<String, KV<String, byte[]>>> {
    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> doc, OutputReceiver<KV<String, KV<String, byte[]>>> out) {
      byte[] sig = doc.getValue().getOnly(SIGNATURE, null);
      if (sig == null) {
        return;
      }
      for (String partner : doc.getValue().getAll(PARTNER)) {
        out.output(KV.of(partner, KV.of(doc.getKey(), sig)));
      }
    }
  }

  /** (b, [(a, sig a)...], sig b) → the confirmed edges (a, b). */
  static final class ConfirmFn extends DoFn<KV<String, CoGbkResult>, KV<String, String>> {
    private final Counter candidates = Metrics.counter(GroupStories.class, "storyCandidatePairs");
    private final Counter confirmed = Metrics.counter(GroupStories.class, "storyConfirmedPairs");
    private final double similarity;

    ConfirmFn(double similarity) {
      this.similarity = similarity;
    }

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> doc, OutputReceiver<KV<String, String>> out) {
      byte[] sig = doc.getValue().getOnly(SIGNATURE, null);
      if (sig == null) {
        return;
      }
      for (KV<String, byte[]> half : doc.getValue().getAll(HALF)) {
        candidates.inc();
        if (MinHash.similarity(half.getValue(), sig) >= similarity) {
          confirmed.inc();
          out.output(KV.of(half.getKey(), doc.getKey()));
        }
      }
    }
  }

  /** (story, [members]) → (member, (story, size)). */
  static final class StoryOfMemberFn extends DoFn<KV<String, Iterable<String>>, KV<String, KV<String, Long>>> {
    private final Counter stories = Metrics.counter(GroupStories.class, "storiesOfTwoOrMore");
    private final Distribution sizes = Metrics.distribution(GroupStories.class, "storySize");

    @ProcessElement
    public void process(@Element KV<String, Iterable<String>> story, OutputReceiver<KV<String, KV<String, Long>>> out) {
      List<String> members = new ArrayList<>();
      story.getValue().forEach(members::add);
      stories.inc();
      sizes.update(members.size());
      for (String m : members) {
        out.output(KV.of(m, KV.of(story.getKey(), (long) members.size())));
      }
    }
  }
}
