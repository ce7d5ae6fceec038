package dev.newsnlp.write;

import dev.newsnlp.options.NlpPipelineOptions.OutputFormat;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.extensions.avro.schemas.utils.AvroUtils;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.io.parquet.ParquetIO;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ToJson;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * One table → {@code dir/part-SSSSS-of-NNNNN.(jsonl|parquet)}. Files are written to a temporary folder and
 * renamed when complete (Beam's WriteFiles), so readers never see half a file.
 */
final class WriteTable extends PTransform<PCollection<Row>, PDone> {
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
  public PDone expand(PCollection<Row> rows) {
    Schema schema = rows.getSchema();
    if (format == OutputFormat.jsonl) {
      rows.apply("ToJsonLines", ToJson.of())
          .apply("WriteJsonLines",
              TextIO.write().to(dir + "part").withSuffix(".jsonl").withNumShards(numShards));
    } else {
      org.apache.avro.Schema avro = AvroUtils.toAvroSchema(schema, table, "dev.newsnlp.tables");
      rows.apply("ToAvroRecords",
              MapElements.into(TypeDescriptor.of(GenericRecord.class))
                  .via(AvroUtils.getRowToGenericRecordFunction(avro)))
          .setCoder(AvroCoder.of(GenericRecord.class, avro))
          .apply("WriteParquet",
              FileIO.<GenericRecord>write()
                  .via(ParquetIO.sink(avro).withCompressionCodec(CompressionCodecName.SNAPPY))
                  .to(dir)
                  .withPrefix("part")
                  .withSuffix(".parquet")
                  .withNumShards(numShards));
    }
    return PDone.in(rows.getPipeline());
  }
}
