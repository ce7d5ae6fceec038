package dev.newsnlp.clean.render;

import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/** Outcome of one page. */
public final class Extraction {
  /**
   * The language of the model's training pages: pages whose stop words say another language are cleaned by
   * the rules, which hold for any language written in Latin script.
   */
  public static final String MODEL_LANGUAGE = "en";

  /** Dev aid ({@link dev.newsnlp.clean.PageCleaner#explain}): collects notes on decisions when set for the thread. */
  public static final ThreadLocal<StringBuilder> DEBUG = new ThreadLocal<>();

  public final List<Line> lines;
  public int titleIndex = -1;
  public int start = -1;
  public int end = -1;
  public @Nullable String title;
  public @Nullable String byline;
  public @Nullable String published;
  public @Nullable String dropReason;
  public int bodyWords;
  public double teaserShare;
  /** The page's language by its stop words ("en", "de", ...). */
  public String language = MODEL_LANGUAGE;
  /** The learned cleaner's line log-odds and the body's decoded states (null for the rules). */
  public float @Nullable [] logOdds;
  public int @Nullable [] states;
  public int ruleStart = -1;

  public Extraction(List<Line> lines) {
    this.lines = lines;
  }
}
