package dev.newsnlp.read;

import dev.newsnlp.model.Page;
import dev.newsnlp.read.ReadDumpFileFn.CheckpointOnlyTracker;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.range.OffsetRange;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;

/**
 * Reads a batch of small files, each whole, with the same code as {@link ReadDumpFileFn} (a tracker that is
 * never checkpointed accepts every record), so that their pages leave in one bundle. For the direct runner,
 * whose every bundle costs each later step a fixed setup: one page per bundle made that setup cost more than
 * cleaning. Only small files come here ({@link ReadDumps#withSmallFilesInBatches}), so a bundle stays small.
 */
class ReadFileBatchFn extends DoFn<KV<Integer, Iterable<FileIO.ReadableFile>>, Page> {
  private final ReadDumpFileFn reader;

  ReadFileBatchFn(long maxPageBytes) {
    this.reader = new ReadDumpFileFn(maxPageBytes);
  }

  @ProcessElement
  public void process(@Element KV<Integer, Iterable<FileIO.ReadableFile>> batch, MultiOutputReceiver out) {
    for (FileIO.ReadableFile file : batch.getValue()) {
      reader.process(file, new CheckpointOnlyTracker(new OffsetRange(0, Long.MAX_VALUE)), out);
    }
  }
}
