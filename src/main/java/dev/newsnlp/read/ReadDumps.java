package dev.newsnlp.read;

import dev.newsnlp.errors.Failures;
import dev.newsnlp.model.FailuresTable;
import dev.newsnlp.model.Page;
import java.io.IOException;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.io.Compression;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.ReadableFileCoder;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MetadataCoderV2;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Partition;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Dump files → pages. Matches a glob on any Beam filesystem, decompresses .gz and .bz2 (by extension or by content), tells
 * the format of each file apart and emits one {@link Page} per page on {@link #PAGES}; unreadable files and
 * records go to {@link Failures#TAG}.
 */
public final class ReadDumps extends PTransform<PBegin, PCollectionTuple> {
  public static final TupleTag<Page> PAGES = new TupleTag<Page>("pages") {};

  /** Files up to this size may be read in batches; bigger ones are always read by the splittable DoFn. */
  static final long SMALL_FILE_BYTES = 2L << 20;

  private final String filepattern;
  private final long maxPageBytes;
  private final int batches;

  private ReadDumps(String filepattern, long maxPageBytes, int batches) {
    this.filepattern = filepattern;
    this.maxPageBytes = maxPageBytes;
    this.batches = batches;
  }

  public static ReadDumps from(String filepattern, long maxPageBytes) {
    return new ReadDumps(filepattern, maxPageBytes, 0);
  }

  /**
   * Reads files of up to {@value #SMALL_FILE_BYTES} bytes in {@code batches} groups, each group's pages in one
   * bundle; bigger files are read as before. For the direct runner: it gives each file its own bundle, and
   * each bundle costs every later step a fixed setup (a page per file made that cost more than cleaning).
   * The pages are the same; 0 or 1 reads every file on its own.
   */
  public ReadDumps withSmallFilesInBatches(int batches) {
    return new ReadDumps(filepattern, maxPageBytes, batches);
  }

  @Override
  public PCollectionTuple expand(PBegin input) {
    // The glob was checked before the pipeline started; an empty match here is a real (late) empty.
    PCollection<MatchResult.Metadata> matched = batches <= 1
        ? input.apply("MatchInputFiles",
            FileIO.match().filepattern(filepattern).withEmptyMatchTreatment(EmptyMatchTreatment.ALLOW))
        // FileIO.match ends in a Reshuffle with a random key per file: on the direct runner every file is then a
        // bundle of its own until the batches are formed, and each bundle costs each step a setup (at 1,010
        // files, 8 s of setup before the first page was read).
        : input.apply("InputPattern", Create.of(filepattern))
            .apply("MatchInputFiles", ParDo.of(new MatchFn()))
            .setCoder(MetadataCoderV2.of());
    PCollection<FileIO.ReadableFile> files =
        matched
            .apply("OpenInputFiles",
                FileIO.readMatches()
                    // Files are opened raw; ReadDumpFileFn decompresses .gz and .bz2 itself.
                    .withCompression(Compression.UNCOMPRESSED)
                    .withDirectoryTreatment(FileIO.ReadMatches.DirectoryTreatment.SKIP));
    if (batches <= 1) {
      PCollectionTuple out = files.apply("ParseDumpFiles",
          ParDo.of(new ReadDumpFileFn(maxPageBytes)).withOutputTags(PAGES, TupleTagList.of(Failures.TAG)));
      out.get(Failures.TAG).setRowSchema(FailuresTable.SCHEMA);
      return out;
    }
    PCollectionList<FileIO.ReadableFile> bySize = files.apply("SplitSmallFromBig",
        Partition.of(2, (FileIO.ReadableFile f, int n) -> f.getMetadata().sizeBytes() <= SMALL_FILE_BYTES ? 0 : 1));
    PCollectionTuple small = bySize.get(0)
        .apply("KeyIntoBatches", ParDo.of(new KeyIntoBatchesFn(batches)))
        .setCoder(KvCoder.of(VarIntCoder.of(), ReadableFileCoder.of()))
        .apply("GroupBatches", GroupByKey.create())
        .apply("ParseSmallFiles",
            ParDo.of(new ReadFileBatchFn(maxPageBytes)).withOutputTags(PAGES, TupleTagList.of(Failures.TAG)));
    PCollectionTuple big = bySize.get(1).apply("ParseDumpFiles",
        ParDo.of(new ReadDumpFileFn(maxPageBytes)).withOutputTags(PAGES, TupleTagList.of(Failures.TAG)));
    small.get(Failures.TAG).setRowSchema(FailuresTable.SCHEMA);
    big.get(Failures.TAG).setRowSchema(FailuresTable.SCHEMA);
    PCollection<Page> pages = PCollectionList.of(small.get(PAGES)).and(big.get(PAGES))
        .apply("AllPages", Flatten.pCollections());
    PCollection<Row> failures =
        PCollectionList.of(small.get(Failures.TAG)).and(big.get(Failures.TAG))
            .apply("AllReadFailures", Flatten.pCollections());
    failures.setRowSchema(FailuresTable.SCHEMA);
    return PCollectionTuple.of(PAGES, pages).and(Failures.TAG, failures);
  }

  /** The files a glob matches, in the bundle of the glob. */
  static final class MatchFn extends DoFn<String, MatchResult.Metadata> {
    @ProcessElement
    public void process(@Element String glob, OutputReceiver<MatchResult.Metadata> out) throws IOException {
      for (MatchResult.Metadata file : FileSystems.match(glob, EmptyMatchTreatment.ALLOW).metadata()) {
        out.output(file);
      }
    }
  }

  /** A file's batch: a hash of its path, so the same files always share a batch. */
  static final class KeyIntoBatchesFn extends DoFn<FileIO.ReadableFile, KV<Integer, FileIO.ReadableFile>> {
    private final int batches;

    KeyIntoBatchesFn(int batches) {
      this.batches = batches;
    }

    @ProcessElement
    public void process(@Element FileIO.ReadableFile file, OutputReceiver<KV<Integer, FileIO.ReadableFile>> out) {
      String path = file.getMetadata().resourceId().toString();
      out.output(KV.of(Math.floorMod(path.hashCode(), batches), file));
    }
  }
}
