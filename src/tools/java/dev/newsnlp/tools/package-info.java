/**
 * Tools around the product, not part of it: benchmarks ({@code CleanBenchmark}, {@code StoryBenchmark}),
 * evaluation drivers ({@code CleanEval}, {@code CleanExplain}), generators ({@code SyntheticNews},
 * {@code GenerateDocs}, {@code FlexTemplateMetadata}) and {@code CoreNlpProperties} for CoreNLP's own command
 * line. They live in {@code src/tools/java}, compile with the tests into {@code target/test-classes} and are
 * not in {@code target/newsnlp.jar}; the scripts run them with
 * {@code java -cp 'target/classes:target/test-classes:target/lib/*' dev.newsnlp.tools.NAME}.
 */
package dev.newsnlp.tools;
