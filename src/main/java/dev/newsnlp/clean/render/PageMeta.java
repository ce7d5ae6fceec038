package dev.newsnlp.clean.render;

import java.util.ArrayList;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/** Evidence from HTML head / structured data, all optional. */
public final class PageMeta {
  public final List<String> titles = new ArrayList<>();
  public @Nullable String published;
  public @Nullable String byline;
  public @Nullable String ogType;
  /** JSON-LD articleBody, when the page gives one (raw text). */
  public @Nullable String articleBody;
  /** The blocks of the article Readability finds on the page (empty when it finds none or fails). */
  public List<String> readabilityBlocks = List.of();
}
