package dev.newsnlp.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.values.Row;

/**
 * The report's numbers as a JSON-ready map (report_data.json), built from keyed counts and top lists. Keys
 * of {@code counts}: status|S, drop|CODE, site|SITE|STATUS, format|F, share|0..9, failure|STAGE|ERROR,
 * file_failed, record_failed_read. Groups of {@code tops}: entity|TYPE (corpus_entities rows by mentions) and
 * speaker (speakers rows by quotes), each a list of {@link CorpusTops#RANKED} rows: one per entity_key, shown by
 * its name. Rows of the story and corpus-entity lists: {@link CorpusTops}.
 */
final class ReportData {
  static final int MAX_SITES = 25;

  static Map<String, Object> from(Map<String, Long> counts, Map<String, List<Row>> tops) {
    return from(counts, tops, List.of(), List.of());
  }

  /** With the top stories by sites and the top corpus_entities rows by stories (largest first). */
  static Map<String, Object> from(Map<String, Long> counts, Map<String, List<Row>> tops,
      List<Row> topStories, List<Row> topEntitiesByStories) {
    Map<String, Object> data = new LinkedHashMap<>();
    long kept = counts.getOrDefault("status|kept", 0L);
    long dropped = counts.getOrDefault("status|dropped", 0L);
    long annotateFailed = counts.getOrDefault("status|failed", 0L);
    long readFailed = counts.getOrDefault("record_failed_read", 0L);
    long cleanFailed = counts.entrySet().stream()
        .filter(e -> e.getKey().startsWith("failure|clean|")).mapToLong(Map.Entry::getValue).sum();
    Map<String, Object> pages = new LinkedHashMap<>();
    pages.put("read", kept + dropped + annotateFailed + readFailed + cleanFailed);
    pages.put("kept", kept);
    pages.put("dropped", dropped);
    pages.put("failed", annotateFailed + readFailed + cleanFailed);
    pages.put("files_failed", counts.getOrDefault("file_failed", 0L));
    data.put("pages", pages);

    data.put("drop_reasons", withPrefix(counts, "drop|"));
    data.put("formats", withPrefix(counts, "format|"));
    long[] share = new long[10];
    withPrefix(counts, "share|").forEach((bucket, n) -> share[Integer.parseInt(bucket)] = n);
    data.put("kept_share_deciles", share);

    List<Map<String, Object>> failures = new ArrayList<>();
    withPrefix(counts, "failure|").forEach((key, n) -> {
      String[] parts = key.split("\\|", 2);
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("stage", parts[0]);
      row.put("error", parts.length > 1 ? parts[1] : "");
      row.put("count", n);
      failures.add(row);
    });
    data.put("failures", failures);

    Map<String, Map<String, Long>> sites = new TreeMap<>();
    withPrefix(counts, "site|").forEach((key, n) -> {
      int bar = key.lastIndexOf('|');
      sites.computeIfAbsent(key.substring(0, bar), k -> new TreeMap<>()).put(key.substring(bar + 1), n);
    });
    List<Map<String, Object>> siteRows = new ArrayList<>();
    sites.forEach((site, byStatus) -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("site", site);
      row.put("kept", byStatus.getOrDefault("kept", 0L));
      row.put("dropped", byStatus.getOrDefault("dropped", 0L));
      row.put("failed", byStatus.getOrDefault("failed", 0L));
      row.put("pages", byStatus.values().stream().mapToLong(Long::longValue).sum());
      siteRows.add(row);
    });
    siteRows.sort(Comparator.comparingLong((Map<String, Object> r) -> -(long) r.get("pages"))
        .thenComparing(r -> (String) r.get("site")));
    data.put("sites_total", siteRows.size());
    data.put("sites", siteRows.subList(0, Math.min(MAX_SITES, siteRows.size())));

    Map<String, Object> entities = new TreeMap<>();
    tops.forEach((group, list) -> {
      if (group.startsWith("entity|")) {
        entities.put(group.substring("entity|".length()), CorpusTops.rankedMaps(list));
      }
    });
    data.put("top_entities", entities);
    data.put("top_speakers", CorpusTops.rankedMaps(tops.getOrDefault(CorpusTops.SPEAKER_GROUP, List.of())));
    data.put("top_stories", CorpusTops.storyMaps(topStories));
    data.put("top_entities_by_stories", CorpusTops.entityMaps(topEntitiesByStories));
    return data;
  }

  private static Map<String, Long> withPrefix(Map<String, Long> counts, String prefix) {
    Map<String, Long> out = new TreeMap<>();
    counts.forEach((k, v) -> {
      if (k.startsWith(prefix)) {
        out.put(k.substring(prefix.length()), v);
      }
    });
    return out;
  }

  private ReportData() {}
}
