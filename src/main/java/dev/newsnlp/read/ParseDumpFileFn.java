package dev.newsnlp.read;

import dev.newsnlp.errors.Failures;
import dev.newsnlp.model.FailuresTable;
import dev.newsnlp.model.Page;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.util.zip.ZipException;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Distribution;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads one dump file with {@link DumpFileParser}; a file that breaks midway keeps the pages before. */
class ParseDumpFileFn extends DoFn<FileIO.ReadableFile, Page> {
  private static final Logger LOG = LoggerFactory.getLogger(ParseDumpFileFn.class);

  private final Counter filesRead = Metrics.counter(ReadDumps.class, "filesRead");
  private final Counter filesFailed = Metrics.counter(ReadDumps.class, "filesFailed");
  private final Counter pagesRead = Metrics.counter(ReadDumps.class, "pagesRead");
  private final Counter pagesFailed = Metrics.counter(ReadDumps.class, "pagesFailed");
  private final Counter recordsSkipped = Metrics.counter(ReadDumps.class, "nonPageRecordsSkipped");
  private final Counter bytesRead = Metrics.counter(ReadDumps.class, "bytesRead");
  private final Distribution pageChars = Metrics.distribution(ReadDumps.class, "pageChars");

  private final long maxPageBytes;
  private transient DumpFileParser parser;

  ParseDumpFileFn(long maxPageBytes) {
    this.maxPageBytes = maxPageBytes;
  }

  @Setup
  public void setup() {
    parser = new DumpFileParser(maxPageBytes);
  }

  @ProcessElement
  public void process(@Element FileIO.ReadableFile file, MultiOutputReceiver out) {
    String source = file.getMetadata().resourceId().toString();
    filesRead.inc();
    bytesRead.inc(file.getMetadata().sizeBytes());
    DumpFileParser.Sink sink =
        new DumpFileParser.Sink() {
          @Override
          public void page(Page page) {
            pagesRead.inc();
            pageChars.update(page.getContent().length());
            out.get(ReadDumps.PAGES).output(page);
          }

          @Override
          public void failure(@Nullable Long recordIndex, @Nullable String docId, String error, String message) {
            if (recordIndex == null) {
              filesFailed.inc();
            } else {
              pagesRead.inc();
              pagesFailed.inc();
            }
            out.get(Failures.TAG)
                .output(Failures.row(source, recordIndex, docId, FailuresTable.STAGE_READ, error, message));
          }

          @Override
          public void skipped(String reason) {
            recordsSkipped.inc();
          }
        };
    try (InputStream in = Channels.newInputStream(file.open())) {
      parser.parse(source, in, sink);
    } catch (IOException | RuntimeException e) {
      // The stream ended badly (truncated or corrupt archive, unreadable file); pages before it went out.
      LOG.warn("Stopped reading {}: {}", source, e.toString());
      String error = (e instanceof EOFException || e instanceof ZipException || isCompressorError(e))
          ? "corrupt_or_truncated_archive" : "read_error";
      sink.failure(null, null, error, e.toString());
    }
  }

  private static boolean isCompressorError(Throwable e) {
    String name = e.getClass().getName();
    return name.startsWith("org.apache.commons.compress");
  }
}
