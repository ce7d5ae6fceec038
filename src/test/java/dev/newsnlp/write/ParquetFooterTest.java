package dev.newsnlp.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsnlp.model.DocumentsTable;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.format.Encoding;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.RowGroup;
import org.apache.parquet.format.Util;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * parquet-mr lists a column chunk's encodings in identity-hash order, which differs from JVM to JVM: the
 * footer is sorted as the file is written, so separate processes write the same bytes.
 */
class ParquetFooterTest {
  @TempDir Path tmp;

  /** Writes a documents file of rows built for the test: {@code main(path)} runs it in a fresh JVM. */
  public static void main(String[] args) throws Exception {
    FileSystems.setDefaultPipelineOptions(PipelineOptionsFactory.create());
    try (TableFileWriter w = TableFileWriter.create(FileSystems.matchNewResource(args[0], false), "documents",
        DocumentsTable.SCHEMA, OutputFormat.parquet)) {
      for (int i = 0; i < 30; i++) {
        w.write(i % 3 == 0 ? TestRows.dropped("doc-" + i) : TestRows.kept("doc-" + i));
      }
    }
  }

  private static FileMetaData footer(byte[] file) throws Exception {
    int length = ByteBuffer.wrap(file, file.length - 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    return Util.readFileMetaData(new ByteArrayInputStream(file, file.length - 8 - length, length));
  }

  @Test
  void everyColumnListsItsEncodingsInOrder() throws Exception {
    Path file = tmp.resolve("documents.parquet");
    main(new String[] {file.toString()});
    int multi = 0;
    for (RowGroup group : footer(Files.readAllBytes(file)).getRow_groups()) {
      for (ColumnChunk chunk : group.getColumns()) {
        List<Integer> values = chunk.getMeta_data().getEncodings().stream().map(Encoding::getValue).toList();
        assertEquals(values.stream().sorted().toList(), values, chunk.getMeta_data().getPath_in_schema().toString());
        multi += values.size() > 1 ? 1 : 0;
      }
    }
    assertTrue(multi > 5, "columns with several encodings: " + multi);
  }

  @Test
  void separateProcessesWriteTheSameBytes() throws Exception {
    byte[] first = null;
    for (int run = 0; run < 3; run++) {
      Path file = tmp.resolve("run-" + run + ".parquet");
      Process p = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", System.getProperty("java.class.path"), ParquetFooterTest.class.getName(), file.toString())
          .inheritIO().start();
      assertTrue(p.waitFor(2, TimeUnit.MINUTES));
      assertEquals(0, p.exitValue());
      byte[] bytes = Files.readAllBytes(file);
      if (first == null) {
        first = bytes;
      } else {
        assertArrayEquals(first, bytes, "run " + run);
      }
    }
    Path here = tmp.resolve("here.parquet");
    main(new String[] {here.toString()});
    assertArrayEquals(first, Files.readAllBytes(here), "this JVM");
  }
}
