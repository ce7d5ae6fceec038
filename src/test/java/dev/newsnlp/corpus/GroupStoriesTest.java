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

  @Test
  void labelsSpreadAlongAChainOfPairs() {
    PCollection<KV<String, String>> labels = pipeline
        .apply(Create.of(KV.of("e", "d"), KV.of("d", "c"), KV.of("c", "b"), KV.of("b", "a"), KV.of("x", "y"))
            .withCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of())))
        .apply(new ConnectedComponents(4));
    PAssert.that(labels).containsInAnyOrder(KV.of("a", "a"), KV.of("b", "a"), KV.of("c", "a"), KV.of("d", "a"),
        KV.of("e", "a"), KV.of("x", "x"), KV.of("y", "x"));
    pipeline.run().waitUntilFinish();
  }
}
