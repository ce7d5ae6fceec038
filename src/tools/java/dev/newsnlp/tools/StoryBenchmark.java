package dev.newsnlp.tools;

import dev.newsnlp.clean.CleanResult;
import dev.newsnlp.clean.PageCleaner;
import dev.newsnlp.corpus.GroupStories;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.GenerateSequence;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * Story grouping measured on synthetic news ({@link SyntheticNews}), on the direct runner of this JVM.
 *
 * <pre>
 * eval [STORIES] [THRESHOLDS]  pair precision and recall of the stories, pages cleaned by the real cleaner
 * bench DOCS [RUNNER ARGS]     clusters DOCS generated cleaned texts (clustering only), prints the time
 * </pre>
 *
 * In bench, documents come in blocks of four: a story's original and 0-3 copies, the rest unrelated
 * articles on the same topic; so about 40% of documents are in a story of two or more.
 */
public final class StoryBenchmark {
  /** Stories found by the eval runs of this JVM (direct runner: the DoFn runs in this process). */
  private static final Map<String, Map<String, String>> FOUND = new ConcurrentHashMap<>();

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("bench")) {
      bench(Integer.parseInt(args[1]), java.util.Arrays.copyOfRange(args, 2, args.length));
    } else {
      eval(args.length > 1 ? Integer.parseInt(args[1]) : 300,
          args.length > 2 ? args[2] : "0.3,0.4,0.5,0.6,0.7,0.8,0.9");
    }
  }

  static void eval(int stories, String thresholds) {
    PageCleaner cleaner = new PageCleaner(true);
    Map<String, String> truth = new HashMap<>();
    List<KV<String, String>> docs = new ArrayList<>();
    int droppedByCleaner = 0;
    SplittableRandom r = new SplittableRandom(19);
    for (int s = 0; s < stories; s++) {
      int topic = s % 8;
      SyntheticNews.Article original = SyntheticNews.article(r.nextLong(), topic);
      int copies = 1 + r.nextInt(4);
      int firstSite = r.nextInt(8);
      for (int c = 0; c <= copies; c++) {
        SyntheticNews.Article a = c == 0 ? original : SyntheticNews.copy(original, r.nextLong(), topic);
        droppedByCleaner += add(docs, truth, cleaner, String.format("s%04d-c%d", s, c), "story" + s, a,
            firstSite + c, r.nextLong());
      }
      // An unrelated article on the same topic: must stay a story of its own.
      droppedByCleaner += add(docs, truth, cleaner, String.format("u%04d", s), "single" + s,
          SyntheticNews.article(r.nextLong(), topic), r.nextInt(8), r.nextLong());
    }
    long truePairs = pairs(truth);
    System.out.printf("eval: %d documents (%d stories of 2-5 copies, %d unrelated same-topic articles), %d dropped by the cleaner, %d true pairs%n",
        docs.size(), stories, stories, droppedByCleaner, truePairs);
    System.out.println("threshold  predicted_pairs  correct  precision  recall");
    for (String t : thresholds.split(",")) {
      double threshold = Double.parseDouble(t);
      Pipeline p = Pipeline.create(PipelineOptionsFactory.fromArgs("--targetParallelism=2",
          "--enforceImmutability=false", "--enforceEncodability=false").create());
      String run = "eval-" + t;
      FOUND.put(run, new ConcurrentHashMap<>());
      p.apply(Create.of(docs).withCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of())))
          .apply(GroupStories.withSimilarity(threshold))
          .apply(ParDo.of(new DoFn<KV<String, KV<String, Long>>, Void>() {
            @ProcessElement
            public void process(@Element KV<String, KV<String, Long>> e) {
              FOUND.get(run).put(e.getKey(), e.getValue().getKey());
            }
          }));
      p.run().waitUntilFinish();
      Map<String, String> predicted = new HashMap<>();
      for (KV<String, String> d : docs) {
        predicted.put(d.getKey(), FOUND.get(run).getOrDefault(d.getKey(), d.getKey()));
      }
      long predictedPairs = pairs(predicted);
      long correct = 0;
      List<String> ids = new ArrayList<>(predicted.keySet());
      Map<String, List<String>> byStory = new HashMap<>();
      ids.forEach(id -> byStory.computeIfAbsent(predicted.get(id), k -> new ArrayList<>()).add(id));
      for (List<String> members : byStory.values()) {
        for (int i = 0; i < members.size(); i++) {
          for (int j = i + 1; j < members.size(); j++) {
            if (truth.get(members.get(i)).equals(truth.get(members.get(j)))) {
              correct++;
            }
          }
        }
      }
      System.out.printf("%9.2f  %15d  %7d  %9.4f  %6.4f%n", threshold, predictedPairs, correct,
          predictedPairs == 0 ? 1.0 : correct / (double) predictedPairs, correct / (double) truePairs);
    }
  }

  private static int add(List<KV<String, String>> docs, Map<String, String> truth, PageCleaner cleaner, String id,
      String story, SyntheticNews.Article a, int site, long seed) {
    CleanResult cleaned = cleaner.cleanText(SyntheticNews.page(a, site, seed), "https://site" + (site % 8) + ".example/" + id);
    if (!cleaned.kept()) {
      return 1;
    }
    docs.add(KV.of(id, cleaned.text()));
    truth.put(id, story);
    return 0;
  }

  /** Pairs of documents that share a story. */
  private static long pairs(Map<String, String> storyOf) {
    Map<String, Long> sizes = new HashMap<>();
    storyOf.values().forEach(s -> sizes.merge(s, 1L, Long::sum));
    return sizes.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
  }

  /** @param runnerArgs e.g. --runner=FlinkRunner --flinkMaster=[local] --parallelism=2; none: the direct runner */
  static void bench(int n, String[] runnerArgs) {
    long t0 = System.nanoTime();
    String[] args = runnerArgs.length > 0 ? runnerArgs
        : new String[] {"--targetParallelism=2", "--enforceImmutability=false", "--enforceEncodability=false"};
    Pipeline p = Pipeline.create(PipelineOptionsFactory.fromArgs(args).create());
    PCollection<KV<String, String>> texts = p.apply(GenerateSequence.from(0).to(n))
        .apply("GenerateArticles", ParDo.of(new DoFn<Long, KV<String, String>>() {
          @ProcessElement
          public void process(@Element Long i, OutputReceiver<KV<String, String>> out) {
            long block = i / 4;
            int slot = (int) (i % 4);
            int topic = (int) (block % 8);
            SplittableRandom r = new SplittableRandom(block * 7919 + 1);
            SyntheticNews.Article original = SyntheticNews.article(r.nextLong(), topic);
            int copies = r.nextInt(4); // slots 1..copies are copies, the rest unrelated
            SyntheticNews.Article a = slot == 0 ? original
                : slot <= copies ? SyntheticNews.copy(original, i * 31 + 7, topic)
                : SyntheticNews.article(i * 104729 + 3, topic);
            out.output(KV.of(String.format("d%09d", i), a.text()));
          }
        }))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));
    texts.apply(GroupStories.withSimilarity(0.5));
    PipelineResult result = p.run();
    result.waitUntilFinish();
    double seconds = (System.nanoTime() - t0) / 1e9;
    MetricQueryResults m = result.metrics().queryMetrics(MetricsFilter.builder().build());
    StringBuilder counters = new StringBuilder();
    for (MetricResult<Long> c : m.getCounters()) {
      if (c.getName().getName().startsWith("story")) {
        counters.append(' ').append(c.getName().getName()).append('=').append(c.getAttempted());
      }
    }
    Runtime rt = Runtime.getRuntime();
    System.out.printf("bench: " + (runnerArgs.length > 0 ? String.join(" ", runnerArgs) : "direct runner")
        + ": %d documents clustered in %.1f s (%.0f docs/s); heap used at end %d MB;%s%n", n, seconds,
        n / seconds, (rt.totalMemory() - rt.freeMemory()) >> 20, counters);
  }

  private StoryBenchmark() {}
}
