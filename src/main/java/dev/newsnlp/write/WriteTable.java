package dev.newsnlp.write;

import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.extensions.avro.schemas.utils.AvroUtils;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.io.WriteFilesResult;
import org.apache.beam.sdk.io.parquet.ParquetIO;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ToJson;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * One table → {@code dir/part-SSSSS-of-NNNNN.(jsonl|parquet)}; returns (table, file path) for each file
 * written. Beam writes each file to a temporary folder and renames it when complete.
 */
final class WriteTable extends PTransform<PCollection<Row>, PCollection<KV<String, String>>> {
  static final String AVRO_NAMESPACE = "dev.newsnlp.tables";

  private final String dir;
  private final String table;
  private final OutputFormat format;
  private final int numShards;

  private WriteTable(String dir, String table, OutputFormat format, int numShards) {
    this.dir = dir;
    this.table = table;
    this.format = format;
    this.numShards = numShards;
  }

  static WriteTable of(String dir, String table, OutputFormat format, int numShards) {
    return new WriteTable(dir, table, format, numShards);
  }

  @Override
  public PCollection<KV<String, String>> expand(PCollection<Row> rows) {
    WriteFilesResult<Void> result;
    if (format == OutputFormat.jsonl) {
      result = rows.apply("ToJsonLines", ToJson.of())
          .apply("WriteJsonLines",
              TextIO.write().to(dir + "part").withSuffix(TableFileWriter.suffix(format)).withNumShards(numShards)
                  .<Void>withOutputFilenames());
    } else {
      org.apache.avro.Schema avro = AvroUtils.toAvroSchema(rows.getSchema(), table, AVRO_NAMESPACE);
      result = rows.apply("ToAvroRecords",
              MapElements.into(TypeDescriptor.of(GenericRecord.class))
                  .via(AvroUtils.getRowToGenericRecordFunction(avro)))
          .setCoder(AvroCoder.of(GenericRecord.class, avro))
          .apply("WriteParquet",
              FileIO.<GenericRecord>write()
                  .via(ParquetIO.sink(avro).withCompressionCodec(CompressionCodecName.SNAPPY))
                  .to(dir)
                  .withPrefix("part")
                  .withSuffix(TableFileWriter.suffix(format))
                  .withNumShards(numShards));
    }
    String name = table;
    return result.getPerDestinationOutputFilenames()
        .apply("TagWithTable", MapElements
            .into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.strings()))
            .via((KV<Void, String> file) -> KV.of(name, file.getValue())))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));
  }
}
