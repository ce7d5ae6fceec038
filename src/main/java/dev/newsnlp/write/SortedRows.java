package dev.newsnlp.write;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Sorts (key, value) byte pairs by key, then value (both unsigned, lexicographic) in bounded memory: pairs are
 * buffered up to a byte budget, each full buffer is sorted and spilled to a local temporary file, and
 * {@link #sorted()} merges the files. A table file's rows go through it, so its order does not depend on
 * how the runner bundled or grouped them, and its size does not need heap.
 */
public final class SortedRows implements AutoCloseable {
  /** Bytes of rows held before a sorted run is spilled to disk. */
  public static final long DEFAULT_BUDGET = 32L << 20;
  private static final int OVERHEAD = 64; // per pair: two arrays and a record

  public record Pair(byte[] key, byte[] value) {}

  static final Comparator<Pair> ORDER =
      Comparator.<Pair, byte[]>comparing(Pair::key, Arrays::compareUnsigned)
          .thenComparing(Pair::value, Arrays::compareUnsigned);

  private final long budget;
  private final List<Pair> buffer = new ArrayList<>();
  private final List<Path> runs = new ArrayList<>();
  private final List<DataInputStream> open = new ArrayList<>();
  private long buffered;

  public SortedRows(long budget) {
    this.budget = budget;
  }

  public void add(byte[] key, byte[] value) throws IOException {
    buffer.add(new Pair(key, value));
    buffered += key.length + value.length + OVERHEAD;
    if (buffered >= budget) {
      spill();
    }
  }

  /** Every pair added, in order; call once, after the last {@link #add}. */
  public Iterator<Pair> sorted() throws IOException {
    buffer.sort(ORDER);
    if (runs.isEmpty()) {
      return buffer.iterator();
    }
    spill();
    PriorityQueue<Head> heads = new PriorityQueue<>(Comparator.comparing(Head::pair, ORDER));
    for (Path run : runs) {
      DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(run), 1 << 16));
      open.add(in);
      Pair first = read(in);
      if (first != null) {
        heads.add(new Head(first, in));
      }
    }
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return !heads.isEmpty();
      }

      @Override
      public Pair next() {
        Head head = heads.poll();
        if (head == null) {
          throw new NoSuchElementException();
        }
        try {
          Pair following = read(head.in());
          if (following != null) {
            heads.add(new Head(following, head.in()));
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return head.pair();
      }
    };
  }

  int spilledRuns() {
    return runs.size();
  }

  private record Head(Pair pair, DataInputStream in) {}

  private void spill() throws IOException {
    if (buffer.isEmpty()) {
      return;
    }
    buffer.sort(ORDER);
    Path run = Files.createTempFile("newsnlp-sort-", ".run");
    runs.add(run);
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(run), 1 << 16))) {
      for (Pair p : buffer) {
        out.writeInt(p.key().length);
        out.write(p.key());
        out.writeInt(p.value().length);
        out.write(p.value());
      }
    }
    buffer.clear();
    buffered = 0;
  }

  private static @Nullable Pair read(DataInputStream in) throws IOException {
    int keyLength;
    try {
      keyLength = in.readInt();
    } catch (EOFException end) {
      return null;
    }
    byte[] key = new byte[keyLength];
    in.readFully(key);
    byte[] value = new byte[in.readInt()];
    in.readFully(value);
    return new Pair(key, value);
  }

  @Override
  public void close() throws IOException {
    for (DataInputStream in : open) {
      in.close();
    }
    for (Path run : runs) {
      Files.deleteIfExists(run);
    }
    buffer.clear();
  }
}
