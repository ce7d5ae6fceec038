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
  private final Map<String, Map<String, Long>> names = new HashMap<>();
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
    KV<String, String> name = SummarizeTables.rankedName(table, row);
    if (name != null) {
      names.computeIfAbsent(name.getKey(), g -> new HashMap<>()).merge(name.getValue(), 1L, Long::sum);
    }
  }

  private void count(String key) {
    counts.merge(key, 1L, Long::sum);
  }

  /** The report data, as {@code report_data.json} holds it. */
  public Map<String, Object> reportData() {
    // The same combine function as SummarizeTables' Top.perKey, so ranking and ties are identical.
    Top.TopCombineFn<KV<String, Long>, SummarizeTables.ByCount> top =
        new Top.TopCombineFn<>(SummarizeTables.TOP, new SummarizeTables.ByCount());
    Map<String, List<KV<String, Long>>> tops = new TreeMap<>();
    names.forEach((group, perName) -> {
      List<KV<String, Long>> all = new ArrayList<>();
      perName.forEach((name, n) -> all.add(KV.of(name, n)));
      tops.put(group, top.apply(all));
    });
    List<Row> storyRows = new ArrayList<>();
    stories.values().forEach(acc -> storyRows.add(storyFn.extractOutput(acc)));
    return ReportData.from(counts, tops, CorpusTops.topStories().apply(storyRows), topEntities.apply(topEntitiesAcc));
  }

  /** Writes {@code report_data.json} into the run folder. */
  public void write(String runDir) throws IOException {
    SummarizeTables.writeReportData(runDir, reportData());
  }
}
