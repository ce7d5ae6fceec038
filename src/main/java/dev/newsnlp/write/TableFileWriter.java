package dev.newsnlp.write;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.channels.WritableByteChannel;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.extensions.avro.schemas.utils.AvroUtils;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.io.parquet.ParquetIO;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.util.RowJson;
import org.apache.beam.sdk.util.RowJsonUtils;
import org.apache.beam.sdk.values.Row;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * One output file of a table, written row by row with the same conversions as the in-pipeline writers
 * ({@link WriteTable}): Beam's row-to-JSON serializer for JSON Lines, Beam's Avro mapping and ParquetIO's
 * sink (Snappy) for Parquet, its footer made the same in every JVM ({@link StableParquetFooter}). So both
 * write paths, and every run, give byte-for-byte the same files.
 */
final class TableFileWriter implements AutoCloseable {
  private final WritableByteChannel channel;
  private final TextIO.Sink text;
  private final ParquetIO.Sink parquet;
  private final ObjectMapper json;
  private final SerializableFunction<Row, GenericRecord> toAvro;

  private TableFileWriter(ResourceId file, String table, Schema schema, OutputFormat format) throws IOException {
    WritableByteChannel created =
        FileSystems.create(file, format == OutputFormat.jsonl ? "application/jsonl" : "application/octet-stream");
    channel = format == OutputFormat.jsonl ? created : new StableParquetFooter(created);
    if (format == OutputFormat.jsonl) {
      json = RowJsonUtils.newObjectMapperWith(RowJson.RowJsonSerializer.forSchema(schema));
      text = TextIO.sink();
      text.open(channel);
      parquet = null;
      toAvro = null;
    } else {
      org.apache.avro.Schema avro = AvroUtils.toAvroSchema(schema, table, WriteTable.AVRO_NAMESPACE);
      toAvro = AvroUtils.getRowToGenericRecordFunction(avro);
      parquet = ParquetIO.sink(avro).withCompressionCodec(CompressionCodecName.SNAPPY);
      parquet.open(channel);
      json = null;
      text = null;
    }
  }

  static TableFileWriter create(ResourceId file, String table, Schema schema, OutputFormat format)
      throws IOException {
    return new TableFileWriter(file, table, schema, format);
  }

  static String suffix(OutputFormat format) {
    return format == OutputFormat.jsonl ? ".jsonl" : ".parquet";
  }

  void write(Row row) throws IOException {
    if (text != null) {
      text.write(RowJsonUtils.rowToJson(json, row));
    } else {
      parquet.write(toAvro.apply(row));
    }
  }

  @Override
  public void close() throws IOException {
    if (text != null) {
      text.flush();
    } else {
      parquet.flush();
    }
    if (channel.isOpen()) {
      channel.close();
    }
  }
}
