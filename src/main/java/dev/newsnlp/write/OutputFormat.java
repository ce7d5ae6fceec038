package dev.newsnlp.write;

/** File formats of the tables; {@code --format} takes these names. Both carry the same columns. */
public enum OutputFormat {
  jsonl,
  parquet
}
