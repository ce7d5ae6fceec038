package dev.newsnlp.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsnlp.tools.SyntheticNews;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;

/** Syndicated copies of an article are one story; other articles on the same topic are not in it. */
class GroupStoriesTest {
  private final TestPipeline pipeline = TestPipeline.create().enableAbandonedNodeEnforcement(false);

  private static final String BRIDGE = "Council approves funding for new Harbor Bridge after years of delay\n\n"
      + "The Harbor City Council voted 7-2 on Thursday to fund a new bridge across the Eastbay channel, ending a "
      + "decade of debate over the crossing. Mayor Daniel Okafor said the vote was a promise kept to every family "
      + "that sits in traffic on the old bridge. The project, estimated at 410 million dollars, will be paid for by "
      + "a state grant and a bond issue approved by voters last year.";

  @Test
  void signaturesAreStableAndEstimateSimilarity() {
    assertArrayEquals(MinHash.signature(BRIDGE), MinHash.signature(new String(BRIDGE.toCharArray())));
    assertEquals(1.0, MinHash.similarity(MinHash.signature(BRIDGE),
        MinHash.signature(BRIDGE.toUpperCase().replace(",", " ,"))), "case and punctuation do not count");
    String typo = BRIDGE.replace("debate", "dbeate").replace("Harbor Bridge", "Harbour Bridge");
    double copy = MinHash.similarity(MinHash.signature(BRIDGE), MinHash.signature(typo));
    assertTrue(copy > 0.6 && copy < 1.0, "two typos: " + copy);
    String other = "Council rejects funding for new Harbor tunnel after a year of debate\n\nThe council voted on "
        + "Monday against a tunnel under the channel, saying the cost of 900 million dollars was too high for the "
        + "city and its voters.";
    assertTrue(MinHash.similarity(MinHash.signature(BRIDGE), MinHash.signature(other)) < 0.2);
  }

  @Test
  void copiesAreOneStoryWithTheSmallestDocIdAndSameTopicArticlesStayApart() {
    List<KV<String, String>> docs = new ArrayList<>();
    SyntheticNews.Article original = SyntheticNews.article(42, 6);
    docs.add(KV.of("doc-b", original.text()));
    docs.add(KV.of("doc-a", SyntheticNews.copy(original, 7, 6).text()));
    docs.add(KV.of("doc-c", SyntheticNews.copy(original, 8, 6).text()));
    docs.add(KV.of("doc-d", SyntheticNews.copy(original, 9, 6).text()));
    for (int i = 0; i < 6; i++) {
      docs.add(KV.of("other-" + i, SyntheticNews.article(100 + i, 6).text()));
    }
    PCollection<KV<String, KV<String, Long>>> stories = pipeline
        .apply(Create.of(docs).withCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of())))
        .apply(GroupStories.withSimilarity(0.5));
    PAssert.that(stories).containsInAnyOrder(
        KV.of("doc-a", KV.of("doc-a", 4L)), KV.of("doc-b", KV.of("doc-a", 4L)),
        KV.of("doc-c", KV.of("doc-a", 4L)), KV.of("doc-d", KV.of("doc-a", 4L)));
    pipeline.run().waitUntilFinish();
  }

  /**
   * A generated corpus (stories of 1-4 copies and same-topic articles) against a plain-Java reference: every
   * pair sharing a band key with estimated similarity at least 0.5, components by union-find. Run with the
   * default shards (one group each) and with tiny shards (dozens of groups), so results cannot depend on them.
   */
  @Test
  void storiesMatchUnionFindOverConfirmedCandidatePairs() {
    List<KV<String, String>> docs = generatedCorpus();
    java.util.Map<String, KV<String, Long>> expected = reference(docs, 0.5);
    assertTrue(expected.size() > 40, "the corpus has stories: " + expected.size());
    List<KV<String, KV<String, Long>>> rows = new ArrayList<>();
    expected.forEach((doc, story) -> rows.add(KV.of(doc, story)));
    PCollection<KV<String, String>> input = pipeline
        .apply(Create.of(docs).withCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of())));
    PAssert.that(input.apply("Default", GroupStories.withSimilarity(0.5))).containsInAnyOrder(rows);
    PAssert.that(input.apply("TinyShards", GroupStories.withSimilarity(0.5).withShardSizes(7, 60, 5)))
        .containsInAnyOrder(rows);
    pipeline.run().waitUntilFinish();
  }

  /** Stories of 1-4 copies and, for each, an article on the same topic. */
  private static List<KV<String, String>> generatedCorpus() {
    List<KV<String, String>> docs = new ArrayList<>();
    java.util.Random r = new java.util.Random(11);
    for (int s = 0; s < 40; s++) {
      int topic = s % 8;
      SyntheticNews.Article original = SyntheticNews.article(r.nextLong(), topic);
      int copies = r.nextInt(4);
      for (int c = 0; c <= copies; c++) {
        SyntheticNews.Article a = c == 0 ? original : SyntheticNews.copy(original, r.nextLong(), topic);
        docs.add(KV.of(String.format("d%03d-%d", 97 * s % 40, c), a.text()));
      }
      docs.add(KV.of(String.format("u%03d", s), SyntheticNews.article(r.nextLong(), topic).text()));
    }
    return docs;
  }

  /**
   * The launcher's grouping ({@link LocalStories}, direct runner without --dropNearDuplicates) must give the
   * pipeline's rows exactly, also where six rounds of label propagation do not reach across a component (a
   * chain of 60 overlapping windows of one text: each similar to its next few only) and for a band bucket
   * above {@value GroupStories#MAX_BUCKET} documents (105 copies of one text).
   */
  @Test
  void theLaunchersGroupingGivesThePipelinesStories() {
    List<KV<String, String>> docs = generatedCorpus();
    java.util.Random r = new java.util.Random(5);
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 800; i++) {
      words.add(Long.toString(r.nextLong() & Long.MAX_VALUE, 36));
    }
    for (int c = 0; c < 60; c++) {
      docs.add(KV.of(String.format("chain%02d", c), String.join(" ", words.subList(10 * c, 10 * c + 100))));
    }
    for (int c = 0; c < 105; c++) {
      docs.add(KV.of(String.format("same%03d", c), "The same notice on every page of the site, word for word."));
    }
    java.util.Map<String, byte[]> signatures = new java.util.HashMap<>();
    docs.forEach(d -> signatures.put(d.getKey(), MinHash.signature(d.getValue())));

    java.util.Map<String, KV<String, Long>> local = LocalStories.group(signatures, 0.5);

    assertEquals(KV.of("same000", 105L), local.get("same104"));
    java.util.Map<String, KV<String, Long>> components = reference(docs, 0.5);
    assertEquals(components.get("chain00").getKey(), components.get("chain59").getKey(), "the chain is one component");
    assertTrue(!local.get("chain59").getKey().equals("chain00"), "six rounds do not reach its far end");
    List<KV<String, KV<String, Long>>> rows = new ArrayList<>();
    local.forEach((doc, story) -> rows.add(KV.of(doc, story)));
    PAssert.that(pipeline
            .apply(Create.of(docs).withCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of())))
            .apply(GroupStories.withSimilarity(0.5)))
        .containsInAnyOrder(rows);
    pipeline.run().waitUntilFinish();
  }

  /** (doc, (story_id, story_size)) of every document in a story of two or more, computed in plain Java. */
  private static java.util.Map<String, KV<String, Long>> reference(List<KV<String, String>> docs, double threshold) {
    java.util.Map<String, String> parent = new java.util.HashMap<>();
    java.util.function.UnaryOperator<String> find = new java.util.function.UnaryOperator<>() {
      @Override
      public String apply(String x) {
        while (!parent.get(x).equals(x)) {
          x = parent.get(x);
        }
        return x;
      }
    };
    List<byte[]> sigs = new ArrayList<>();
    docs.forEach(d -> {
      parent.put(d.getKey(), d.getKey());
      sigs.add(MinHash.signature(d.getValue()));
    });
    for (int i = 0; i < docs.size(); i++) {
      for (int j = i + 1; j < docs.size(); j++) {
        long[] a = MinHash.bandKeys(sigs.get(i));
        long[] b = MinHash.bandKeys(sigs.get(j));
        boolean candidate = false;
        for (int k = 0; k < a.length; k++) {
          candidate |= a[k] == b[k];
        }
        if (candidate && MinHash.similarity(sigs.get(i), sigs.get(j)) >= threshold) {
          String x = find.apply(docs.get(i).getKey());
          String y = find.apply(docs.get(j).getKey());
          parent.put(x.compareTo(y) < 0 ? y : x, x.compareTo(y) < 0 ? x : y);
        }
      }
    }
    java.util.Map<String, List<String>> members = new java.util.TreeMap<>();
    parent.keySet().forEach(d -> members.computeIfAbsent(find.apply(d), k -> new ArrayList<>()).add(d));
    java.util.Map<String, KV<String, Long>> out = new java.util.HashMap<>();
    members.forEach((root, m) -> {
      String story = m.stream().min(String::compareTo).orElseThrow();
      if (m.size() > 1) {
        m.forEach(d -> out.put(d, KV.of(story, (long) m.size())));
      }
    });
    return out;
  }

  @Test
  void labelsSpreadAlongAChainOfPairs() {
    PCollection<KV<String, String>> labels = pipeline
        .apply(Create.of(KV.of("e", "d"), KV.of("d", "c"), KV.of("c", "b"), KV.of("b", "a"), KV.of("x", "y"))
            .withCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of())))
        .apply(new ConnectedComponents(4, 2));
    PAssert.that(labels).containsInAnyOrder(KV.of("a", "a"), KV.of("b", "a"), KV.of("c", "a"), KV.of("d", "a"),
        KV.of("e", "a"), KV.of("x", "x"), KV.of("y", "x"));
    pipeline.run().waitUntilFinish();
  }
}
