package dev.newsnlp.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsnlp.model.EntityMentionsTable;
import dev.newsnlp.model.Tables;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.apache.beam.sdk.coders.RowCoder;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.schemas.Schema.FieldType;
import org.apache.beam.sdk.values.Row;
import org.junit.jupiter.api.Test;

/** Key bytes sort like the key's values; the shard depends on the values only; the sort spills to disk. */
class TableKeyTest {
  private static final Schema SCHEMA = Schema.builder()
      .addStringField("doc")
      .addNullableField("offset", FieldType.INT64)
      .addDoubleField("score")
      .addStringField("payload")
      .build();
  private static final TableKey KEY = new TableKey(SCHEMA, List.of("doc", "offset", "score"));

  private static Row row(String doc, Long offset, double score) {
    return Row.withSchema(SCHEMA).addValues(doc, offset, score, "x").build();
  }

  @Test
  void keyBytesSortLikeTheValues() {
    List<Row> expected = List.of(
        row("", null, 0), row("a", null, 0), row("a", -5L, 0), row("a", 0L, -2.5), row("a", 0L, -0.5),
        row("a", 0L, 0.5), row("a", 3L, 0), row("a", 12L, 0), row("a\u0000b", 0L, 0), row("ab", Long.MIN_VALUE, 0),
        row("b", 1L, 0), row("é", 1L, 0), row("水", 1L, 0));
    List<Row> shuffled = new ArrayList<>(expected);
    java.util.Collections.shuffle(shuffled, new Random(3));
    shuffled.sort(Comparator.comparing(KEY::bytes, Arrays::compareUnsigned));
    assertEquals(expected, shuffled);
  }

  @Test
  void theShardDependsOnTheKeyValuesOnly() throws IOException {
    RowCoder coder = RowCoder.of(SCHEMA);
    int[] counts = new int[4];
    for (int i = 0; i < 400; i++) {
      Row a = row("doc-" + i, (long) i, 1.0);
      // An equal row built separately, with another payload: same key, so same shard.
      Row b = Row.withSchema(SCHEMA).addValues("doc-" + i, (long) i, 1.0, "other").build();
      int shard = KEY.shardOf(a, KEY.bytes(a), coder, 4);
      assertEquals(shard, KEY.shardOf(b, KEY.bytes(b), coder, 4));
      counts[shard]++;
    }
    for (int c : counts) {
      assertTrue(c > 60, "rows per shard " + Arrays.toString(counts));
    }
    // Without a key, the whole row decides: equal rows go together, a different payload may not.
    TableKey none = new TableKey(SCHEMA, List.of());
    Row a = row("d", 1L, 1.0);
    assertEquals(none.shardOf(a, none.bytes(a), coder, 16), none.shardOf(row("d", 1L, 1.0), new byte[0], coder, 16));
  }

  @Test
  void everyTableKeyIsMadeOfSortableColumns() {
    for (Tables.TableDef table : Tables.all()) {
      new TableKey(table.schema(), table.key());
    }
    assertEquals(List.of(EntityMentionsTable.DOC_ID, EntityMentionsTable.START, EntityMentionsTable.MENTION_ID),
        Tables.keyOf(Tables.ENTITY_MENTIONS));
    Schema withList = Schema.builder().addArrayField("tags", FieldType.STRING).build();
    assertThrows(IllegalArgumentException.class, () -> new TableKey(withList, List.of("tags")));
    assertThrows(IllegalArgumentException.class, () -> new TableKey(SCHEMA, List.of("missing")));
  }

  @Test
  void sortedRowsSpillToDiskAndMergeInOrder() throws IOException {
    Random random = new Random(11);
    List<SortedRows.Pair> pairs = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      byte[] key = new byte[1 + random.nextInt(6)];
      random.nextBytes(key);
      pairs.add(new SortedRows.Pair(key, ("row " + random.nextInt(50)).getBytes()));
    }
    List<SortedRows.Pair> expected = new ArrayList<>(pairs);
    expected.sort(SortedRows.ORDER);
    try (SortedRows sorter = new SortedRows(16 * 1024)) {
      for (SortedRows.Pair p : pairs) {
        sorter.add(p.key(), p.value());
      }
      List<SortedRows.Pair> actual = new ArrayList<>();
      for (Iterator<SortedRows.Pair> it = sorter.sorted(); it.hasNext(); ) {
        actual.add(it.next());
      }
      assertTrue(sorter.spilledRuns() > 10, "runs spilled: " + sorter.spilledRuns());
      assertEquals(expected.size(), actual.size());
      for (int i = 0; i < expected.size(); i++) {
        assertArrayEquals(expected.get(i).key(), actual.get(i).key(), "pair " + i);
        assertArrayEquals(expected.get(i).value(), actual.get(i).value(), "pair " + i);
      }
    }
  }
}
