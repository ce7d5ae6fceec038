package dev.newsnlp.read;

/** A record that is not a page (WARC request, metadata, redirect, non-text payload): counted, not emitted. */
record SkippedRecord(long offset, String reason) implements ReadRecord {}
