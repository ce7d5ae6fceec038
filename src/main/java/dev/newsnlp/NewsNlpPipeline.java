package dev.newsnlp;

import dev.newsnlp.annotate.Annotate;
import dev.newsnlp.clean.CleanPages;
import dev.newsnlp.corpus.BuildCorpusTables;
import dev.newsnlp.corpus.CorpusFinish;
import dev.newsnlp.corpus.GroupStories;
import dev.newsnlp.corpus.SeenBefore;
import dev.newsnlp.corpus.Stories;
import dev.newsnlp.model.CleanedPage;
import dev.newsnlp.errors.Failures;
import dev.newsnlp.launch.Launcher;
import dev.newsnlp.model.FailuresTable;
import dev.newsnlp.model.Tables;
import dev.newsnlp.options.NlpPipelineOptions;
import dev.newsnlp.options.StageSettings;
import dev.newsnlp.read.ReadDumps;
import dev.newsnlp.report.SummarizeTables;
import dev.newsnlp.write.BuildDocumentRows;
import dev.newsnlp.write.WriteTables;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionRowTuple;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.Row;

/**
 * The newsnlp job: read dump files, drop non-article noise, run CoreNLP, write the tables. This is the graph;
 * the command line around it (options, checks, progress, summary, report) is {@link Launcher}.
 *
 * <pre>
 * java -jar target/newsnlp.jar --input='sample-data/*' --output=out/
 * </pre>
 */
public final class NewsNlpPipeline {

  /** The jar's main class: scheduled jobs, scripts, the Flink and Flex Template launchers name this class. */
  public static void main(String[] args) {
    Launcher.main(args);
  }

  /** Composes the stages, with the tables written inside the pipeline (nobody publishes after the run). */
  public static Pipeline buildPipeline(Pipeline pipeline, NlpPipelineOptions options) {
    return buildPipeline(pipeline, options, RunnerProfile.of(options, false));
  }

  /** Composes the stages, with the choices of {@code runner} (see {@link RunnerProfile}). */
  public static Pipeline buildPipeline(Pipeline pipeline, NlpPipelineOptions options, RunnerProfile runner) {
    PCollectionTuple read =
        pipeline.apply("ReadDumps", runner.readDumps(ReadDumps.from(options.getInput(), options.getMaxPageBytes())));

    PCollectionTuple cleaned =
        read.get(ReadDumps.PAGES)
            .apply("CleanPages", runner.cleanPages(
                CleanPages.with(options.getClean(), StageSettings.languages(options), options.getDropDuplicates())
                    .withCleaner(options.getCleaner())));

    Annotate annotate = Annotate.with(
        StageSettings.nlpConfig(options), options.getMaxAnnotateChars(), options.getAnnotateTimeoutSeconds());
    PCollection<CleanedPage> pages = cleaned.get(CleanPages.CLEANED);
    PCollection<KV<String, KV<String, Long>>> stories = null;
    PCollection<Row> storySignatures = null;
    PCollectionView<Long> pageCount = null;
    CorpusFinish.StorySource storySource = runner.storySource(options);
    if (storySource == CorpusFinish.StorySource.PIPELINE) {
      pageCount = Stories.countPages(pages);
      stories = pages.apply("StoryTexts", Stories.texts())
          .apply("GroupStories", GroupStories.withSimilarity(options.getStorySimilarity()));
    } else if (storySource == CorpusFinish.StorySource.LAUNCHER) {
      storySignatures = pages.apply("StoryTexts", Stories.texts()).apply("StorySignatures", CorpusFinish.signatureRows());
    }
    if (options.getSkipSeen() != null) {
      pages = pages.apply("SkipSeenBefore", SeenBefore.in(options.getSkipSeen()));
    }
    if (stories != null && options.getDropNearDuplicates()) {
      pages = pages.apply("DropNearDuplicates", Stories.dropCopies(stories, pageCount));
    }
    PCollectionTuple annotated = pages.apply("Annotate", runner.annotate(annotate));

    PCollection<Row> documents = annotated.get(Annotate.FATES).apply("BuildDocumentRows", BuildDocumentRows.create());
    // Where the launcher publishes the tables it also adds the story columns and builds the corpus tables
    // (CorpusFinish): the direct runner's groupings cost more than the rest of the job after annotation.
    boolean launcherFinishes = runner.launcherPublishesTables();
    if (stories != null && !launcherFinishes) {
      documents = documents.apply("AddStories", Stories.addToDocuments(stories, pageCount));
    }
    PCollection<Row> failures =
        PCollectionList.of(read.get(Failures.TAG))
            .and(cleaned.get(Failures.TAG))
            .and(annotated.get(Failures.TAG))
            .apply("CollectFailures", Flatten.pCollections())
            .setRowSchema(FailuresTable.SCHEMA);

    PCollectionRowTuple perDocument =
        PCollectionRowTuple.of(Tables.DOCUMENTS, documents)
            .and(Tables.ENTITY_MENTIONS, annotated.get(Annotate.MENTIONS))
            .and(Tables.ENTITIES, annotated.get(Annotate.ENTITIES))
            .and(Tables.SPEAKER_QUOTES, annotated.get(Annotate.QUOTES));
    PCollectionRowTuple tables = perDocument.and(Tables.FAILURES, failures);
    if (!launcherFinishes) {
      PCollectionRowTuple corpus = perDocument.apply("BuildCorpusTables", BuildCorpusTables.create());
      tables = tables
          .and(Tables.CORPUS_ENTITIES, corpus.get(Tables.CORPUS_ENTITIES))
          .and(Tables.SPEAKERS, corpus.get(Tables.SPEAKERS));
    } else if (stories != null) {
      tables = tables.and(CorpusFinish.STORY_TABLE, stories.apply("StoryRows", CorpusFinish.storyRows()));
    } else if (storySignatures != null) {
      tables = tables.and(CorpusFinish.SIGNATURE_TABLE, storySignatures);
    }
    WriteTables write =
        WriteTables.to(options.getOutput(), options.getFormat(), options.getNumShards(), options.getRunDate());
    tables.apply("WriteTables", runner.writeTables(write));
    if (!runner.launcherPublishesTables()) {
      // Staged tables are counted for the report by the launcher as it publishes them.
      tables.apply("SummarizeTables", SummarizeTables.to(options.getOutput(), options.getRunDate()));
    }
    return pipeline;
  }

  private NewsNlpPipeline() {}
}
