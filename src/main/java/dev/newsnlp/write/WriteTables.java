package dev.newsnlp.write;

import dev.newsnlp.options.NlpPipelineOptions.OutputFormat;
import org.apache.beam.sdk.values.PCollectionRowTuple;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.transforms.PTransform;

/**
 * Writes every table of the tuple under {@code output/<table>/} in one format. Each table's Beam schema is
 * the only column definition: JSON Lines keys and Parquet columns come from it, in its order.
 */
public final class WriteTables extends PTransform<PCollectionRowTuple, PDone> {
  private final String output;
  private final OutputFormat format;
  private final int numShards;

  private WriteTables(String output, OutputFormat format, int numShards) {
    this.output = output.endsWith("/") ? output : output + "/";
    this.format = format;
    this.numShards = numShards;
  }

  public static WriteTables to(String output, OutputFormat format, int numShards) {
    return new WriteTables(output, format, numShards);
  }

  /** The folder a table is written to. */
  public static String tableDir(String output, String table) {
    return (output.endsWith("/") ? output : output + "/") + table + "/";
  }

  @Override
  public PDone expand(PCollectionRowTuple tables) {
    tables.getAll().forEach((name, rows) ->
        rows.apply("Write_" + name, WriteTable.of(tableDir(output, name), name, format, numShards)));
    return PDone.in(tables.getPipeline());
  }
}
