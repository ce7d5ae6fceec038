package dev.newsnlp.read;

import dev.newsnlp.errors.Failures;
import dev.newsnlp.model.FailuresTable;
import dev.newsnlp.model.Page;
import org.apache.beam.sdk.io.Compression;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Dump files → pages. Matches a glob on any Beam filesystem, decompresses .gz and .bz2 (by extension or by content), tells
 * the format of each file apart and emits one {@link Page} per page on {@link #PAGES}; unreadable files and
 * records go to {@link Failures#TAG}.
 */
public final class ReadDumps extends PTransform<PBegin, PCollectionTuple> {
  public static final TupleTag<Page> PAGES = new TupleTag<Page>("pages") {};

  private final String filepattern;
  private final long maxPageBytes;

  private ReadDumps(String filepattern, long maxPageBytes) {
    this.filepattern = filepattern;
    this.maxPageBytes = maxPageBytes;
  }

  public static ReadDumps from(String filepattern, long maxPageBytes) {
    return new ReadDumps(filepattern, maxPageBytes);
  }

  @Override
  public PCollectionTuple expand(PBegin input) {
    PCollectionTuple out =
        input
            // The glob was checked before the pipeline started; an empty match here is a real (late) empty.
            .apply("MatchInputFiles",
                FileIO.match().filepattern(filepattern).withEmptyMatchTreatment(EmptyMatchTreatment.ALLOW))
            .apply("OpenInputFiles",
                FileIO.readMatches()
                    // Files are opened raw; ReadDumpFileFn decompresses .gz and .bz2 itself.
                    .withCompression(Compression.UNCOMPRESSED)
                    .withDirectoryTreatment(FileIO.ReadMatches.DirectoryTreatment.SKIP))
            .apply("ParseDumpFiles",
                ParDo.of(new ReadDumpFileFn(maxPageBytes))
                    .withOutputTags(PAGES, TupleTagList.of(Failures.TAG)));
    out.get(Failures.TAG).setRowSchema(FailuresTable.SCHEMA);
    return out;
  }
}
