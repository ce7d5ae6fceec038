package dev.newsnlp.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.beam.sdk.coders.RowCoder;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.util.CoderUtils;
import org.apache.beam.sdk.schemas.Schema.TypeName;
import org.apache.beam.sdk.values.Row;

/**
 * A table's key ({@link dev.newsnlp.model.Tables.TableDef#key}) as bytes: what makes the files of a run
 * byte-identical on every run and runner. The shard of a row is a stable hash of these bytes (FNV-1a, not
 * {@code Object.hashCode}, which differs between JVMs for some types), and the bytes sort like the values
 * (strings by code point, numbers numerically, nulls first), so sorting them orders a file by its key.
 * Ties, and a table without a key, are broken by the row's own encoding ({@link SortedRows}).
 */
final class TableKey implements Serializable {
  private static final Set<TypeName> KEY_TYPES = EnumSet.of(TypeName.STRING, TypeName.BOOLEAN, TypeName.BYTE,
      TypeName.INT16, TypeName.INT32, TypeName.INT64, TypeName.FLOAT, TypeName.DOUBLE);

  private final List<String> columns;

  TableKey(Schema schema, List<String> columns) {
    for (String c : columns) {
      TypeName type = schema.getField(c).getType().getTypeName();
      if (!KEY_TYPES.contains(type)) {
        throw new IllegalArgumentException("key column " + c + " has type " + type
            + "; a table key is made of string, integer, floating-point or boolean columns");
      }
    }
    this.columns = List.copyOf(columns);
  }

  /** The key's order-preserving bytes; empty for a table without a key. */
  byte[] bytes(Row row) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64);
    for (String c : columns) {
      Object v = row.getValue(c);
      if (v == null) {
        out.write(0);
        continue;
      }
      out.write(1);
      if (v instanceof String s) {
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
          out.write(b);
          if (b == 0) {
            out.write(0xFF); // an escaped NUL, so the terminator below sorts before any longer string
          }
        }
        out.write(0);
        out.write(0);
      } else if (v instanceof Boolean b) {
        out.write(b ? 1 : 0);
      } else if (v instanceof Double || v instanceof Float) {
        writeLong(out, sortableBits(Double.doubleToLongBits(((Number) v).doubleValue())));
      } else {
        writeLong(out, ((Number) v).longValue() ^ Long.MIN_VALUE);
      }
    }
    return out.toByteArray();
  }

  /** The shard, in [0, numShards), of a row whose key bytes (or, without a key, encoded row) are {@code bytes}. */
  static int shard(byte[] bytes, int numShards) {
    long h = 0xcbf29ce484222325L; // FNV-1a 64
    for (byte b : bytes) {
      h = (h ^ (b & 0xFF)) * 0x100000001b3L;
    }
    // The finaliser of SplitMix64 spreads FNV's weak low bits before the modulo.
    h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
    h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
    h ^= h >>> 31;
    return (int) Math.floorMod(h, (long) numShards);
  }

  /** The shard of a row: by its key bytes, or by all its values (its encoding) when the table has no key. */
  int shardOf(Row row, byte[] keyBytes, RowCoder coder, int numShards) throws IOException {
    return shard(columns.isEmpty() ? CoderUtils.encodeToByteArray(coder, row) : keyBytes, numShards);
  }

  private static long sortableBits(long bits) {
    return bits < 0 ? ~bits : bits ^ Long.MIN_VALUE;
  }

  private static void writeLong(ByteArrayOutputStream out, long v) {
    for (int i = 56; i >= 0; i -= 8) {
      out.write((int) (v >>> i));
    }
  }
}
