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

  /** Sums of one entity key's facts. */
  static final class EntityAcc implements Serializable {
    final TreeMap<String, Long> types = new TreeMap<>();
    final TreeMap<String, Long> names = new TreeMap<>();
    final TreeSet<String> variants = new TreeSet<>();
    long documents;
    long mentions;
    long quotes;
    @Nullable Long firstPublished;
    @Nullable Long lastPublished;

    void add(EntityFact f) {
      types.merge(f.type(), 1L, Long::sum);
      names.merge(f.name(), 1L, Long::sum);
      addVariants(f.variants());
      documents++;
      mentions += f.mentions();
      quotes += f.quotes();
      published(f.doc().publishedMillis(), f.doc().publishedMillis());
    }

    void merge(EntityAcc o) {
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

  static final class EntityStatsFn extends Combine.CombineFn<EntityFact, EntityAcc, EntityAcc> {
    @Override
    public EntityAcc createAccumulator() {
      return new EntityAcc();
    }

    @Override
    public EntityAcc addInput(EntityAcc acc, EntityFact f) {
      acc.add(f);
      return acc;
    }

    @Override
    public EntityAcc mergeAccumulators(Iterable<EntityAcc> accs) {
      EntityAcc merged = new EntityAcc();
      accs.forEach(merged::merge);
      return merged;
    }

    @Override
    public EntityAcc extractOutput(EntityAcc acc) {
      return acc;
    }

    @Override
    public Coder<EntityAcc> getAccumulatorCoder(CoderRegistry registry, Coder<EntityFact> input) {
      return SerializableCoder.of(EntityAcc.class);
    }

    @Override
    public Coder<EntityAcc> getDefaultOutputCoder(CoderRegistry registry, Coder<EntityFact> input) {
      return SerializableCoder.of(EntityAcc.class);
    }
  }

  /** Sums of one speaker key's facts. */
  static final class SpeakerAcc implements Serializable {
    final TreeMap<String, Long> names = new TreeMap<>();
    final TreeMap<String, Long> types = new TreeMap<>();
    final TreeMap<String, Long> named = new TreeMap<>();
    long quotes;
    long documents;

    void add(SpeakerFact f) {
      names.merge(f.name(), f.quotes(), Long::sum);
      types.merge(f.type(), f.quotes(), Long::sum);
      f.named().forEach((k, v) -> named.merge(k, v, Long::sum));
      quotes += f.quotes();
      documents++;
    }

    void merge(SpeakerAcc o) {
      o.names.forEach((k, v) -> names.merge(k, v, Long::sum));
      o.types.forEach((k, v) -> types.merge(k, v, Long::sum));
      o.named.forEach((k, v) -> named.merge(k, v, Long::sum));
      quotes += o.quotes;
      documents += o.documents;
    }
  }

  static final class SpeakerStatsFn extends Combine.CombineFn<SpeakerFact, SpeakerAcc, SpeakerAcc> {
    @Override
    public SpeakerAcc createAccumulator() {
      return new SpeakerAcc();
    }

    @Override
    public SpeakerAcc addInput(SpeakerAcc acc, SpeakerFact f) {
      acc.add(f);
      return acc;
    }

    @Override
    public SpeakerAcc mergeAccumulators(Iterable<SpeakerAcc> accs) {
      SpeakerAcc merged = new SpeakerAcc();
      accs.forEach(merged::merge);
      return merged;
    }

    @Override
    public SpeakerAcc extractOutput(SpeakerAcc acc) {
      return acc;
    }

    @Override
    public Coder<SpeakerAcc> getAccumulatorCoder(CoderRegistry registry, Coder<SpeakerFact> input) {
      return SerializableCoder.of(SpeakerAcc.class);
    }

    @Override
    public Coder<SpeakerAcc> getDefaultOutputCoder(CoderRegistry registry, Coder<SpeakerFact> input) {
      return SerializableCoder.of(SpeakerAcc.class);
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
