package dev.newsnlp.read;

import dev.newsnlp.errors.Failures;
import dev.newsnlp.model.FailuresTable;
import dev.newsnlp.model.Page;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.util.zip.ZipException;
import org.apache.beam.sdk.io.Compression;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.range.OffsetRange;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Distribution;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.splittabledofn.OffsetRangeTracker;
import org.apache.beam.sdk.transforms.splittabledofn.RestrictionTracker;
import org.apache.beam.sdk.transforms.splittabledofn.SplitResult;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one dump file as a splittable DoFn whose positions are record offsets, so a runner can stop after any
 * record and resume at the next. The direct runner does so every 100 outputs, which keeps a 2 GB file from
 * being held in memory as pages; resuming reuses the still-open reader (see {@link OpenReaders}), so even a
 * gzip file is decompressed once. Only such checkpoints split a file: a split at an arbitrary byte could
 * fall inside a WARC record, and files are the unit of parallelism anyway.
 */
@DoFn.BoundedPerElement
class ReadDumpFileFn extends DoFn<FileIO.ReadableFile, Page> {
  private static final Logger LOG = LoggerFactory.getLogger(ReadDumpFileFn.class);

  private final Counter filesRead = Metrics.counter(ReadDumps.class, "filesRead");
  private final Counter filesFailed = Metrics.counter(ReadDumps.class, "filesFailed");
  private final Counter pagesRead = Metrics.counter(ReadDumps.class, "pagesRead");
  private final Counter pagesFailed = Metrics.counter(ReadDumps.class, "pagesFailed");
  private final Counter recordsSkipped = Metrics.counter(ReadDumps.class, "nonPageRecordsSkipped");
  private final Counter pagesTruncated = Metrics.counter(ReadDumps.class, "pagesTruncated");
  private final Counter bytesRead = Metrics.counter(ReadDumps.class, "bytesRead");
  private final Counter readMillis = Metrics.counter(ReadDumps.class, "readMillis");
  private final Counter resumesReopened = Metrics.counter(ReadDumps.class, "readerResumesReopened");
  private final Distribution pageChars = Metrics.distribution(ReadDumps.class, "pageChars");

  private final long maxPageBytes;

  ReadDumpFileFn(long maxPageBytes) {
    this.maxPageBytes = maxPageBytes;
  }

  @GetInitialRestriction
  public OffsetRange initialRestriction(@Element FileIO.ReadableFile file) {
    // The decompressed length is unknown up front; positions are record offsets within it.
    return new OffsetRange(0, Long.MAX_VALUE);
  }

  @NewTracker
  public RestrictionTracker<OffsetRange, Long> newTracker(@Restriction OffsetRange range) {
    return new CheckpointOnlyTracker(range);
  }

  @GetSize
  public double size(@Element FileIO.ReadableFile file, @Restriction OffsetRange range) {
    return range.getFrom() == 0 ? file.getMetadata().sizeBytes() : 0;
  }

  @ProcessElement
  public ProcessContinuation process(
      @Element FileIO.ReadableFile file,
      RestrictionTracker<OffsetRange, Long> tracker,
      MultiOutputReceiver out) {
    String source = file.getMetadata().resourceId().toString();
    long from = tracker.currentRestriction().getFrom();
    if (from == 0) {
      filesRead.inc();
      bytesRead.inc(file.getMetadata().sizeBytes());
    }
    long t0 = System.nanoTime();
    long nextUnclaimed = from;
    OpenReaders.Open open = OpenReaders.take(source, from);
    try {
      if (open == null) {
        if (from > 0) {
          resumesReopened.inc();
        }
        open = openAt(file, from);
      }
      while (true) {
        ReadRecord record = open.pending != null ? open.pending : open.records.next();
        open.pending = null;
        if (record == null) {
          open.records.close();
          tracker.tryClaim(Long.MAX_VALUE); // the whole rest of the range is done
          readMillis.inc((System.nanoTime() - t0) / 1_000_000);
          return ProcessContinuation.stop();
        }
        if (!tracker.tryClaim(record.offset())) {
          // The runner checkpointed: keep the reader, positioned before this record, for the resume.
          open.pending = record;
          OpenReaders.put(source, tracker.currentRestriction().getTo(), open);
          readMillis.inc((System.nanoTime() - t0) / 1_000_000);
          return ProcessContinuation.stop();
        }
        nextUnclaimed = record.offset() + 1;
        emit(source, record, out);
      }
    } catch (IOException | RuntimeException e) {
      readMillis.inc((System.nanoTime() - t0) / 1_000_000);
      // The stream ended badly (truncated or corrupt archive, unreadable file); records before it went out.
      LOG.warn("Stopped reading {}: {}", source, e.toString());
      if (open != null) {
        open.closeQuietly();
      }
      // A compressed stream that breaks midway is a truncated or corrupt archive (CRC, EOF, bad block).
      boolean compressed = compressionOf(source) != Compression.UNCOMPRESSED
          || (open != null && open.compressedInside);
      String error = compressed || e instanceof EOFException || e instanceof ZipException
          ? "corrupt_or_truncated_archive" : "read_error";
      // Output needs a claimed position: claim the one where reading broke.
      if (tracker.tryClaim(nextUnclaimed)) {
        filesFailed.inc();
        out.get(Failures.TAG).output(Failures.row(source, null, null, FailuresTable.STAGE_READ, error, e.toString()));
        tracker.tryClaim(Long.MAX_VALUE);
      }
      return ProcessContinuation.stop();
    }
  }

  private void emit(String source, ReadRecord record, MultiOutputReceiver out) {
    if (record instanceof PageRecord p) {
      pagesRead.inc();
      if (p.page().isTruncated()) {
        pagesTruncated.inc(); // read up to --maxPageBytes: the page goes on, cut
      }
      pageChars.update(p.page().getContent().length());
      out.get(ReadDumps.PAGES).output(p.page());
    } else if (record instanceof FailedRecord f) {
      if (f.wholeFile()) {
        filesFailed.inc();
      } else {
        pagesRead.inc();
        pagesFailed.inc();
      }
      out.get(Failures.TAG).output(Failures.row(source, f.recordIndex(), f.docId(), FailuresTable.STAGE_READ,
          f.error(), f.message()));
    } else if (record instanceof SkippedRecord) {
      recordsSkipped.inc();
    }
  }

  /** Opens the file's records at {@code offset} (positioning at {@code offset - 1}, see DumpFormat#open). */
  private OpenReaders.Open openAt(FileIO.ReadableFile file, long offset) throws IOException {
    String source = file.getMetadata().resourceId().toString();
    Compression compression = compressionOf(source);
    DumpFormat format;
    try (BufferedInputStream head = FormatSniffer.buffer(open(file, compression))) {
      format = FormatSniffer.sniff(source, head);
    }
    long position = offset > 0 ? offset - 1 : 0;
    InputStream in;
    if (position > 0 && compression == Compression.UNCOMPRESSED && format.inner() == DumpFormat.Inner.NONE) {
      SeekableByteChannel channel = file.openSeekable();
      channel.position(position);
      in = Channels.newInputStream(channel);
    } else {
      in = format.inner().decompress(FormatSniffer.buffer(open(file, compression)));
      in.skipNBytes(position);
    }
    OpenReaders.Open open =
        new OpenReaders.Open(format.open(source, FormatSniffer.buffer(in), offset, maxPageBytes));
    open.compressedInside = format.inner() != DumpFormat.Inner.NONE;
    return open;
  }

  /**
   * Only .gz and .bz2 are decompressed by name. Beam's AUTO would also open .zip (its first entry only) and
   * others; those are better reported as binary files than read in part.
   */
  static Compression compressionOf(String source) {
    if (Compression.GZIP.matches(source)) {
      return Compression.GZIP;
    }
    return Compression.BZIP2.matches(source) ? Compression.BZIP2 : Compression.UNCOMPRESSED;
  }

  private static InputStream open(FileIO.ReadableFile file, Compression compression) throws IOException {
    return Channels.newInputStream(compression.readDecompressed(file.open()));
  }

  /**
   * An offset tracker that only splits for checkpoints (fraction 0): the residual then starts right after
   * the last record read, a place {@link DumpFormat#open} can resume from in every format.
   */
  static final class CheckpointOnlyTracker extends OffsetRangeTracker {
    CheckpointOnlyTracker(OffsetRange range) {
      super(range);
    }

    @Override
    public @Nullable SplitResult<OffsetRange> trySplit(double fractionOfRemainder) {
      return fractionOfRemainder == 0 ? super.trySplit(0) : null;
    }
  }
}
