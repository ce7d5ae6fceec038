package dev.newsnlp.read;

import dev.newsnlp.model.Page;

/** A record read as a page. */
record PageRecord(long offset, Page page) implements ReadRecord {}
