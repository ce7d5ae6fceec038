package dev.newsnlp.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The committed docs are what the code generates: regenerate with GenerateDocs when this fails. */
class GeneratedDocsTest {
  private static final String HOW = "out of date: run java -cp 'target/classes:target/test-classes:target/lib/*' dev.newsnlp.tools.GenerateDocs";

  @Test
  void schemaDocumentationMatchesTheSchemas() throws IOException {
    assertEquals(GenerateDocs.schemaMarkdown(), Files.readString(GenerateDocs.SCHEMA_MD), "docs/SCHEMA.md " + HOW);
  }

  @Test
  void optionsDocumentationMatchesTheOptions() throws IOException {
    assertEquals(GenerateDocs.optionsMarkdown(), Files.readString(GenerateDocs.OPTIONS_MD), "docs/OPTIONS.md " + HOW);
  }

  @Test
  void flexTemplateMetadataListsEveryOption() throws Exception {
    assertEquals(FlexTemplateMetadata.json() + "\n", Files.readString(GenerateDocs.FLEX_METADATA),
        "pipelines/dataflow/metadata.json " + HOW);
  }
}
