package dev.newsnlp.report;

import dev.newsnlp.model.Tables;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.transforms.Top;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.Row;

/**
 * The same numbers as {@link SummarizeTables}, counted in one pass over the rows in this process: used by
 * the direct runner's launcher while it writes the tables, where the in-pipeline version's one bundle per
 * distinct name cost seconds. The count keys, ranked names and tie-breaking are SummarizeTables' own.
 */
public final class TableStats {
  private final Map<String, Long> counts = new TreeMap<>();
  private final Top.TopCombineFn<Row, CorpusTops.ByCount> topRanked = CorpusTops.topRanked();
  // Per group (entity|TYPE, speaker), trimmed to the top rows now and then like topEntitiesAcc.
  private final Map<String, List<Row>> ranked = new HashMap<>();
  private final CorpusTops.StoryFn storyFn = new CorpusTops.StoryFn();
  private final Map<String, CorpusTops.StoryAcc> stories = new HashMap<>();
  private final Top.TopCombineFn<Row, CorpusTops.ByStories> topEntities = CorpusTops.topEntities();
  // Trimmed to the top rows now and then, so the launcher does not hold every corpus_entities row.
  private List<Row> topEntitiesAcc = new ArrayList<>();

  /** Counts one row of {@code table}. */
  public void accept(String table, Row row) {
    if (table.equals(Tables.DOCUMENTS)) {
      SummarizeTables.documentKeys(row, this::count);
    } else if (table.equals(Tables.FAILURES)) {
      SummarizeTables.failureKeys(row, this::count);
    }
    if (table.equals(Tables.DOCUMENTS) && CorpusTops.storyOf(row) != null) {
      storyFn.addInput(stories.computeIfAbsent(CorpusTops.storyOf(row), k -> storyFn.createAccumulator()), row);
    } else if (table.equals(Tables.CORPUS_ENTITIES) && CorpusTops.isName(row)) {
      topEntitiesAcc.add(row);
      if (topEntitiesAcc.size() >= 4096) {
        topEntitiesAcc = new ArrayList<>(topEntities.apply(topEntitiesAcc));
      }
    }
    KV<String, Row> r = CorpusTops.ranked(table, row);
    if (r != null) {
      List<Row> acc = ranked.computeIfAbsent(r.getKey(), g -> new ArrayList<>());
      acc.add(r.getValue());
      if (acc.size() >= 4096) {
        ranked.put(r.getKey(), new ArrayList<>(topRanked.apply(acc)));
      }
    }
  }

  private void count(String key) {
    counts.merge(key, 1L, Long::sum);
  }

  /** The report data, as {@code report_data.json} holds it. */
  public Map<String, Object> reportData() {
    // The same combine function as SummarizeTables' RankedTops, so ranking and ties are identical.
    Map<String, List<Row>> tops = new TreeMap<>();
    ranked.forEach((group, rows) -> tops.put(group, topRanked.apply(rows)));
    List<Row> storyRows = new ArrayList<>();
    stories.values().forEach(acc -> storyRows.add(storyFn.extractOutput(acc)));
    return ReportData.from(counts, tops, CorpusTops.topStories().apply(storyRows), topEntities.apply(topEntitiesAcc));
  }

  /** Writes {@code report_data.json} into the run folder. */
  public void write(String runDir) throws IOException {
    SummarizeTables.writeReportData(runDir, reportData());
  }
}
