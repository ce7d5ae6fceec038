package dev.newsnlp.corpus;

import dev.newsnlp.corpus.DocumentFacts.DocInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.beam.sdk.values.Row;

/**
 * One table's sums in plain Java, in one process: per key the combiner's own accumulator ({@link CorpusStats})
 * and the distinct stories and sites, which {@link BuildCorpusTables} counts with Distinct and Count. The same
 * facts give the same rows either way (BuildCorpusTablesTest).
 */
final class CorpusSums<F, A extends CorpusStats.Summable<F, A>> {
  /** Builds a table row from one key's sums. */
  interface RowOf<A> {
    Row row(String key, A acc, long stories, long sites);
  }

  private final Function<F, String> key;
  private final Function<F, DocInfo> doc;
  private final Supplier<A> accumulator;
  private final Map<String, A> sums = new TreeMap<>();
  private final Map<String, Set<String>> stories = new HashMap<>();
  private final Map<String, Set<String>> sites = new HashMap<>();

  CorpusSums(Function<F, String> key, Function<F, DocInfo> doc, Supplier<A> accumulator) {
    this.key = key;
    this.doc = doc;
    this.accumulator = accumulator;
  }

  void add(F fact) {
    String k = key.apply(fact);
    sums.computeIfAbsent(k, x -> accumulator.get()).add(fact);
    DocInfo d = doc.apply(fact);
    if (d.storyId() != null) {
      stories.computeIfAbsent(k, x -> new HashSet<>()).add(d.storyId());
    }
    if (d.site() != null) {
      sites.computeIfAbsent(k, x -> new HashSet<>()).add(d.site());
    }
  }

  /** One row per key, in key order. */
  List<Row> rows(RowOf<A> row) {
    List<Row> rows = new ArrayList<>(sums.size());
    sums.forEach((k, acc) -> rows.add(row.row(k, acc, stories.getOrDefault(k, Set.of()).size(),
        sites.getOrDefault(k, Set.of()).size())));
    return rows;
  }
}
