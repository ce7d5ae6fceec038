package dev.newsnlp.corpus;

import dev.newsnlp.corpus.DocumentFacts.EntityFact;
import dev.newsnlp.corpus.DocumentFacts.SpeakerFact;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The combiners of the corpus tables. Every accumulator is a sum of counts, a merge of count maps, a min and a
 * max, or the first N of a sorted set: associative and commutative, so any runner may combine partial results
 * in any order and at any parallelism and get the same row. Ties are broken by name, never by arrival order.
 */
final class CorpusStats {

  /** An accumulator that adds facts and merges with another of its kind. */
  interface Summable<F, A> extends Serializable {
    void add(F fact);

    void merge(A other);
  }

  /** The one combiner shape of both tables: add facts to an accumulator, merge accumulators, output it. */
  abstract static class SumFn<F, A extends Summable<F, A>> extends Combine.CombineFn<F, A, A> {
    private final Class<A> accumulatorClass;

    SumFn(Class<A> accumulatorClass) {
      this.accumulatorClass = accumulatorClass;
    }

    @Override
    public A addInput(A acc, F fact) {
      acc.add(fact);
      return acc;
    }

    @Override
    public A mergeAccumulators(Iterable<A> accs) {
      A merged = createAccumulator();
      accs.forEach(merged::merge);
      return merged;
    }

    @Override
    public A extractOutput(A acc) {
      return acc;
    }

    @Override
    public Coder<A> getAccumulatorCoder(CoderRegistry registry, Coder<F> input) {
      return SerializableCoder.of(accumulatorClass);
    }

    @Override
    public Coder<A> getDefaultOutputCoder(CoderRegistry registry, Coder<F> input) {
      return SerializableCoder.of(accumulatorClass);
    }
  }

  /** Sums of one entity key's facts. */
  static final class EntityAcc implements Summable<EntityFact, EntityAcc> {
    final TreeMap<String, Long> types = new TreeMap<>();
    final TreeMap<String, Long> names = new TreeMap<>();
    final TreeSet<String> variants = new TreeSet<>();
    long documents;
    long mentions;
    long quotes;
    @Nullable Long firstPublished;
    @Nullable Long lastPublished;

    @Override
    public void add(EntityFact f) {
      types.merge(f.type(), 1L, Long::sum);
      names.merge(f.name(), 1L, Long::sum);
      addVariants(f.variants());
      documents++;
      mentions += f.mentions();
      quotes += f.quotes();
      published(f.doc().publishedMillis(), f.doc().publishedMillis());
    }

    @Override
    public void merge(EntityAcc o) {
      o.types.forEach((k, v) -> types.merge(k, v, Long::sum));
      o.names.forEach((k, v) -> names.merge(k, v, Long::sum));
      addVariants(o.variants);
      documents += o.documents;
      mentions += o.mentions;
      quotes += o.quotes;
      published(o.firstPublished, o.lastPublished);
    }

    private void addVariants(Iterable<String> more) {
      more.forEach(variants::add);
      while (variants.size() > dev.newsnlp.model.CorpusEntitiesTable.MAX_VARIANTS) {
        variants.pollLast();
      }
    }

    private void published(@Nullable Long first, @Nullable Long last) {
      if (first != null && (firstPublished == null || first < firstPublished)) {
        firstPublished = first;
      }
      if (last != null && (lastPublished == null || last > lastPublished)) {
        lastPublished = last;
      }
    }
  }

  static final class EntityStatsFn extends SumFn<EntityFact, EntityAcc> {
    EntityStatsFn() {
      super(EntityAcc.class);
    }

    @Override
    public EntityAcc createAccumulator() {
      return new EntityAcc();
    }
  }

  /** Sums of one speaker key's facts. */
  static final class SpeakerAcc implements Summable<SpeakerFact, SpeakerAcc> {
    final TreeMap<String, Long> names = new TreeMap<>();
    final TreeMap<String, Long> types = new TreeMap<>();
    final TreeMap<String, Long> named = new TreeMap<>();
    long quotes;
    long documents;

    @Override
    public void add(SpeakerFact f) {
      names.merge(f.name(), f.quotes(), Long::sum);
      types.merge(f.type(), f.quotes(), Long::sum);
      f.named().forEach((k, v) -> named.merge(k, v, Long::sum));
      quotes += f.quotes();
      documents++;
    }

    @Override
    public void merge(SpeakerAcc o) {
      o.names.forEach((k, v) -> names.merge(k, v, Long::sum));
      o.types.forEach((k, v) -> types.merge(k, v, Long::sum));
      o.named.forEach((k, v) -> named.merge(k, v, Long::sum));
      quotes += o.quotes;
      documents += o.documents;
    }
  }

  static final class SpeakerStatsFn extends SumFn<SpeakerFact, SpeakerAcc> {
    SpeakerStatsFn() {
      super(SpeakerAcc.class);
    }

    @Override
    public SpeakerAcc createAccumulator() {
      return new SpeakerAcc();
    }
  }

  /** The most counted key; ties go to the first in alphabetical order. */
  static String mostFrequent(Map<String, Long> counts) {
    String best = null;
    long most = -1;
    for (Map.Entry<String, Long> e : counts.entrySet()) { // TreeMap: alphabetical
      if (e.getValue() > most) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    return best;
  }

  /** An entity named in quotes: its key, most frequent name and mentions. */
  record Named(String key, String name, long mentions) {}

  /** The top {@code n} entities of a speaker's "key\tname" counts: most mentions first, ties by key. */
  static List<Named> topNamed(Map<String, Long> named, int n) {
    Map<String, TreeMap<String, Long>> byKey = new TreeMap<>();
    for (Map.Entry<String, Long> e : named.entrySet()) {
      int tab = e.getKey().indexOf(DocumentFacts.SEP);
      byKey.computeIfAbsent(e.getKey().substring(0, tab), k -> new TreeMap<>())
          .merge(e.getKey().substring(tab + 1), e.getValue(), Long::sum);
    }
    List<Named> all = new ArrayList<>();
    byKey.forEach((key, names) -> all.add(
        new Named(key, mostFrequent(names), names.values().stream().mapToLong(Long::longValue).sum())));
    all.sort(Comparator.comparingLong(Named::mentions).reversed().thenComparing(Named::key));
    return all.subList(0, Math.min(n, all.size()));
  }

  private CorpusStats() {}
}
