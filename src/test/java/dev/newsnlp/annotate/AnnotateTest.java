package dev.newsnlp.annotate;

import dev.newsnlp.errors.Failures;
import dev.newsnlp.model.CleanedPage;
import dev.newsnlp.model.EntitiesTable;
import dev.newsnlp.model.EntityMentionsTable;
import dev.newsnlp.model.PageFate;
import dev.newsnlp.model.SpeakerQuotesTable;
import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The annotation composite on the direct runner with the real models (the shipped configuration, so the
 * suite's one CoreNLP pipeline for it, held per JVM by {@link CoreNlpHolder}, serves this test and the
 * whole-job tests), on a short text written for the test: mentions, entities, a quote with its speaker, and
 * the fate of each page.
 */
class AnnotateTest {
  private static final String TITLE = "Valdemoor opens a night bus line";
  private static final String FIRST = "The regional transport board of Valdemoor agreed on Thursday to run a night "
      + "bus between the university quarter and the eastern suburbs.";
  private static final String QUOTE = "\"This line is for the people who keep the city running at night,\"";
  private static final String TEXT = String.join("\n\n", TITLE, FIRST,
      QUOTE + " said Marta Olsen, who chairs the board.",
      "Nurses at Saint Brigid Hospital had asked for the service for years, Olsen added.");
  private static final NlpConfig SHIPPED = new NlpConfig(NlpConfig.QuoteMode.news, NlpConfig.NerMode.accurate);

  private final TestPipeline pipeline = TestPipeline.create().enableAbandonedNodeEnforcement(false);

  private static CleanedPage page(String docId, String text, @Nullable String dropReason) {
    return CleanedPage.create(docId, "test/" + docId + ".txt", 0, "text", null, null, TITLE, null, null, null,
        "UTF-8", "en", text, dropReason, text.length() + 40);
  }

  private PCollectionTuple annotate(int maxChars, CleanedPage... pages) {
    return pipeline.apply(Create.of(List.of(pages))).apply(Annotate.with(SHIPPED, maxChars, 0));
  }

  private static PCollection<String> describe(PCollection<Row> rows, String name, String... columns) {
    return rows.apply(name, MapElements.into(TypeDescriptors.strings()).via((Row r) -> {
      StringBuilder s = new StringBuilder();
      for (String c : columns) {
        s.append(s.length() == 0 ? "" : " | ").append((Object) r.getValue(c));
      }
      return s.toString();
    }));
  }

  /** "doc id | status | reason | chars annotated | mentions | quotes". */
  private static PCollection<String> fates(PCollectionTuple annotated) {
    return annotated.get(Annotate.FATES).apply("DescribeFates", MapElements.into(TypeDescriptors.strings())
        .via((PageFate f) -> String.join(" | ", f.getPage().getDocId(), f.getStatus(), String.valueOf(f.getReason()),
            String.valueOf(f.getCharsAnnotated()), String.valueOf(f.getMentionCount()),
            String.valueOf(f.getQuoteCount()))));
  }

  private static int start(String part) {
    return TEXT.indexOf(part);
  }

  @Test
  void mentionsEntitiesAndAQuoteWithItsSpeaker() {
    PCollectionTuple annotated =
        annotate(100_000, page("bus", TEXT, null), page("menu", "", "no_article_text"));

    String olsen = start("Marta Olsen") + " | " + (start("Marta Olsen") + 11);
    PAssert.that(describe(annotated.get(Annotate.MENTIONS), "DescribeMentions", EntityMentionsTable.DOC_ID,
            EntityMentionsTable.START, EntityMentionsTable.END, EntityMentionsTable.TEXT, EntityMentionsTable.TYPE,
            EntityMentionsTable.CANONICAL_NAME))
        .containsInAnyOrder(
            "bus | " + start("Valdemoor agreed") + " | " + (start("Valdemoor agreed") + 9) + " | Valdemoor | LOCATION | Valdemoor",
            "bus | " + olsen + " | Marta Olsen | PERSON | Marta Olsen",
            "bus | " + start("Saint Brigid") + " | " + (start("Saint Brigid") + 21)
                + " | Saint Brigid Hospital | LOCATION | Saint Brigid Hospital",
            "bus | " + start("Olsen added") + " | " + (start("Olsen added") + 5) + " | Olsen | PERSON | Marta Olsen");
    PAssert.that(describe(annotated.get(Annotate.ENTITIES), "DescribeEntities", EntitiesTable.CANONICAL_NAME,
            EntitiesTable.TYPE, EntitiesTable.MENTION_COUNT))
        .containsInAnyOrder("Valdemoor | LOCATION | 1", "Marta Olsen | PERSON | 2", "Saint Brigid Hospital | LOCATION | 1");
    PAssert.that(describe(annotated.get(Annotate.QUOTES), "DescribeQuotes", SpeakerQuotesTable.DOC_ID,
            SpeakerQuotesTable.START, SpeakerQuotesTable.TEXT, SpeakerQuotesTable.SPEAKER,
            SpeakerQuotesTable.CANONICAL_SPEAKER, SpeakerQuotesTable.SPEAKER_TYPE))
        .containsInAnyOrder("bus | " + start(QUOTE) + " | " + QUOTE + " | Marta Olsen | Marta Olsen | PERSON");
    // The dropped page passes on untouched: no CoreNLP, no rows, its reason kept.
    PAssert.that(fates(annotated)).containsInAnyOrder(
        "bus | kept | null | " + TEXT.length() + " | 4 | 1",
        "menu | dropped | no_article_text | 0 | 0 | 0");
    PAssert.that(annotated.get(Failures.TAG)).empty();
    pipeline.run().waitUntilFinish();
  }

  @Test
  void aLongPageIsAnnotatedUpToTheLastSentenceEndBeforeTheLimit() {
    int limit = TEXT.indexOf(" said Marta Olsen");
    PCollectionTuple annotated = annotate(limit, page("bus", TEXT, null));
    int cut = TITLE.length() + 2 + FIRST.length();
    PAssert.that(fates(annotated)).containsInAnyOrder("bus | kept | null | " + cut + " | 1 | 0");
    PAssert.that(annotated.get(Annotate.QUOTES)).empty();
    pipeline.run().waitUntilFinish();
  }
}
