package dev.newsnlp.clean;

import dev.newsnlp.errors.Failures;
import dev.newsnlp.model.CleanedPage;
import dev.newsnlp.model.FailuresTable;
import dev.newsnlp.model.Page;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Distribution;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Partition;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.jsoup.Jsoup;

/**
 * Pages → cleaned pages. Removes noise inside each page, drops whole pages that are not articles, not in an
 * accepted language, or exact duplicates of a page already kept. Every page comes out on {@link #CLEANED},
 * kept or with its drop reason, so nothing disappears without a {@code documents} row; a page the cleaner
 * crashes on goes to {@link Failures#TAG}.
 */
public final class CleanPages extends PTransform<PCollection<Page>, PCollectionTuple> {
  public static final TupleTag<CleanedPage> CLEANED = new TupleTag<CleanedPage>("cleaned") {};

  private final boolean clean;
  private final Set<String> languages;
  private final boolean dropDuplicates;
  private final CleanerMode mode;
  private final int duplicateBuckets;

  private CleanPages(boolean clean, Set<String> languages, boolean dropDuplicates, CleanerMode mode,
      int duplicateBuckets) {
    this.clean = clean;
    this.languages = languages;
    this.dropDuplicates = dropDuplicates;
    this.mode = mode;
    this.duplicateBuckets = duplicateBuckets;
  }

  /**
   * @param clean false passes each page's text through unchanged
   * @param languages ISO 639-1 codes to keep; empty keeps every language (and skips identification)
   * @param dropDuplicates drop pages whose cleaned text equals a kept page's
   */
  public static CleanPages with(boolean clean, Set<String> languages, boolean dropDuplicates) {
    return new CleanPages(clean, Set.copyOf(languages), dropDuplicates, CleanerMode.learned, 0);
  }

  /** The same transform with another cleaner ({@code --cleaner}). */
  public CleanPages withCleaner(CleanerMode cleaner) {
    return new CleanPages(clean, languages, dropDuplicates, cleaner, duplicateBuckets);
  }

  /**
   * Finds duplicates within {@code buckets} groups of pages (by a hash of their text) instead of one group
   * per distinct text: the same pages are dropped, and the pages leave the step in as many bundles as there
   * are buckets rather than one bundle per page. For the direct runner, which holds every grouped page in
   * memory anyway and pays a fixed setup per bundle in every later step; 0 keeps one group per text.
   */
  public CleanPages withDuplicateBuckets(int buckets) {
    return new CleanPages(clean, languages, dropDuplicates, mode, buckets);
  }

  @Override
  public PCollectionTuple expand(PCollection<Page> pages) {
    PCollectionTuple cleaned =
        pages.apply("RemoveNoise",
            ParDo.of(new CleanPageFn(clean, languages, mode)).withOutputTags(CLEANED, TupleTagList.of(Failures.TAG)));
    cleaned.get(Failures.TAG).setRowSchema(FailuresTable.SCHEMA);
    PCollection<CleanedPage> result = cleaned.get(CLEANED);
    if (dropDuplicates) {
      result = result.apply("DropDuplicatePages", new DropDuplicates(duplicateBuckets));
    }
    return PCollectionTuple.of(CLEANED, result).and(Failures.TAG, cleaned.get(Failures.TAG));
  }

  /** Cleans one page and decides whether it is an article in an accepted language. */
  static class CleanPageFn extends DoFn<Page, CleanedPage> {
    // Decisions of this step; the final status of each page (after duplicates) is counted by Annotate.
    private final Counter kept = Metrics.counter(CleanPages.class, "pagesWithArticle");
    private final Counter dropped = Metrics.counter(CleanPages.class, "pagesWithoutArticle");
    private final Counter failed = Metrics.counter(CleanPages.class, "cleanPagesFailed");
    private final Distribution keptShare = Metrics.distribution(CleanPages.class, "keptPerMilleOfChars");
    private final Distribution micros = Metrics.distribution(CleanPages.class, "cleanMicrosPerPage");

    private final boolean clean;
    private final Set<String> languages;
    private final CleanerMode mode;
    private transient PageCleaner cleaner;

    CleanPageFn(boolean clean, Set<String> languages, CleanerMode mode) {
      this.clean = clean;
      this.languages = languages;
      this.mode = mode;
    }

    @Setup
    public void setup() {
      cleaner = new PageCleaner(mode == CleanerMode.learned);
    }

    @ProcessElement
    public void process(@Element Page page, MultiOutputReceiver out) {
      CleanedPage result;
      long t0 = System.nanoTime();
      try {
        result = cleanPage(page);
        micros.update((System.nanoTime() - t0) / 1_000);
      } catch (RuntimeException e) {
        failed.inc();
        out.get(Failures.TAG).output(Failures.fromException(
            page.getSource(), page.getRecordIndex(), page.getDocId(), FailuresTable.STAGE_CLEAN, e));
        return;
      }
      if (result.kept()) {
        kept.inc();
        int in = Math.max(1, page.getContent().length());
        keptShare.update(1000L * result.getText().length() / in);
      } else {
        dropped.inc();
        Metrics.counter(CleanPages.class, "dropped_" + DropReasons.code(result.getDropReason()).replace(':', '_')).inc();
      }
      out.get(CLEANED).output(result);
    }

    private CleanedPage cleanPage(Page page) {
      CleanResult r;
      if (!clean) {
        String text = page.isHtml() ? Jsoup.parse(page.getContent()).wholeText() : page.getContent();
        r = text.isBlank() ? CleanResult.dropped(DropReasons.EMPTY) : new CleanResult(text, null, null, null, null);
      } else if (page.isHtml()) {
        r = cleaner.cleanHtml(page.getContent(), page.getUrl());
      } else {
        r = cleaner.cleanText(page.getContent(), page.getUrl());
      }
      String language = null;
      String dropReason = r.dropReason();
      if (dropReason == null && !languages.isEmpty()) {
        language = LanguageIdentifier.detect(r.text());
        // "und" (too short or mixed to tell) is kept: dropping needs evidence of another language.
        if (!language.equals("und") && !languages.contains(language)) {
          dropReason = DropReasons.NOT_ENGLISH + ":" + language;
        }
      }
      return CleanedPage.create(
          page.getDocId(),
          page.getSource(),
          page.getRecordIndex(),
          page.getFormat(),
          page.getUrl(),
          site(page.getUrl()),
          firstNonNull(page.getTitle(), r.title()),
          r.byline(),
          firstNonNull(page.getPublished(), r.published()),
          page.getFetched(),
          page.getCharset(),
          language,
          r.text(),
          dropReason,
          page.getContent().length(),
          page.isTruncated());
    }
  }

  /**
   * Keeps the page with the smallest doc_id among pages with the same cleaned text (deterministic on every
   * runner) and drops the others with {@code duplicate_of:<kept doc_id>}.
   */
  static class DropDuplicates extends PTransform<PCollection<CleanedPage>, PCollection<CleanedPage>> {
    private final int buckets;

    DropDuplicates(int buckets) {
      this.buckets = buckets;
    }

    @Override
    public PCollection<CleanedPage> expand(PCollection<CleanedPage> pages) {
      PCollectionList<CleanedPage> split =
          pages.apply("SplitKeptFromDropped", Partition.of(2, (CleanedPage p, int n) -> p.kept() ? 0 : 1));
      PCollection<CleanedPage> deduplicated =
          split.get(0)
              .apply("KeyByTextHash", ParDo.of(new KeyByTextHashFn(buckets)))
              .apply("GroupSameText", GroupByKey.create())
              .apply("KeepFirstOfSameText", ParDo.of(new KeepFirstOfSameTextFn(buckets)));
      return PCollectionList.of(deduplicated)
          .and(split.get(1))
          .apply("MergeKeptAndDropped", Flatten.pCollections());
    }
  }

  /** Key: the text's SHA-256, or with buckets, the bucket of that hash (equal texts share a bucket). */
  static class KeyByTextHashFn extends DoFn<CleanedPage, KV<String, CleanedPage>> {
    private final int buckets;

    KeyByTextHashFn(int buckets) {
      this.buckets = buckets;
    }

    @ProcessElement
    public void process(@Element CleanedPage page, OutputReceiver<KV<String, CleanedPage>> out) {
      String hash = sha256(page.getText());
      out.output(KV.of(buckets > 0 ? String.valueOf(Integer.remainderUnsigned(hash.hashCode(), buckets)) : hash, page));
    }
  }

  static class KeepFirstOfSameTextFn extends DoFn<KV<String, Iterable<CleanedPage>>, CleanedPage> {
    private final Counter duplicates = Metrics.counter(CleanPages.class, "dropped_" + DropReasons.DUPLICATE);
    private final int buckets;

    KeepFirstOfSameTextFn(int buckets) {
      this.buckets = buckets;
    }

    @ProcessElement
    public void process(@Element KV<String, Iterable<CleanedPage>> group, OutputReceiver<CleanedPage> out) {
      // One pass over the group: Flink's grouped values cannot be iterated twice. A group is one text, or a
      // bucket of texts (KeyByTextHashFn), so pages are compared by their text's hash within it.
      Map<String, List<CleanedPage>> byText = new LinkedHashMap<>();
      for (CleanedPage page : group.getValue()) {
        String text = buckets > 0 ? sha256(page.getText()) : group.getKey();
        byText.computeIfAbsent(text, k -> new ArrayList<>()).add(page);
      }
      for (List<CleanedPage> pages : byText.values()) {
        CleanedPage first = pages.stream().min(Comparator.comparing(CleanedPage::getDocId)).orElseThrow();
        for (CleanedPage page : pages) {
          if (page == first) {
            out.output(page);
          } else {
            duplicates.inc();
            out.output(page.withDropReason(DropReasons.DUPLICATE + ":" + first.getDocId()));
          }
        }
      }
    }
  }

  static @Nullable String site(@Nullable String url) {
    if (url == null) {
      return null;
    }
    try {
      String host = URI.create(url.trim()).getHost();
      if (host == null) {
        return null;
      }
      host = host.toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static @Nullable String firstNonNull(@Nullable String a, @Nullable String b) {
    return a != null && !a.isBlank() ? a : b;
  }

  /** The fingerprint of a cleaned text: SHA-256 of its UTF-8 bytes, hex (exact duplicates, --skipSeen). */
  public static String sha256(String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
