package dev.newsnlp.tools;

import dev.newsnlp.model.Tables;
import dev.newsnlp.options.NlpPipelineOptions;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.Validation;
import org.apache.beam.sdk.schemas.Schema;

/**
 * Writes docs/SCHEMA.md (every table, column, type, nullability and meaning, from the Beam schemas),
 * docs/OPTIONS.md (every flag, from {@link NlpPipelineOptions}) and pipelines/dataflow/metadata.json, so the
 * documentation cannot drift from the code. A test fails when a committed file is out of date.
 *
 * <pre>java -cp 'target/classes:target/test-classes:target/lib/*' dev.newsnlp.tools.GenerateDocs</pre>
 */
public final class GenerateDocs {
  public static final Path SCHEMA_MD = Paths.get("docs", "SCHEMA.md");
  public static final Path OPTIONS_MD = Paths.get("docs", "OPTIONS.md");
  public static final Path FLEX_METADATA = Paths.get("pipelines", "dataflow", "metadata.json");

  public static void main(String[] args) throws Exception {
    Files.createDirectories(SCHEMA_MD.getParent());
    Files.writeString(SCHEMA_MD, schemaMarkdown(), StandardCharsets.UTF_8);
    Files.writeString(OPTIONS_MD, optionsMarkdown(), StandardCharsets.UTF_8);
    Files.writeString(FLEX_METADATA, FlexTemplateMetadata.json() + "\n", StandardCharsets.UTF_8);
    System.out.println("wrote " + SCHEMA_MD + ", " + OPTIONS_MD + ", " + FLEX_METADATA);
  }

  public static String schemaMarkdown() {
    StringBuilder s = new StringBuilder();
    s.append("# Output tables\n\n")
        .append("Generated from the Beam schemas in `src/main/java/dev/newsnlp/model/` by `dev.newsnlp.tools.GenerateDocs`; do not edit by hand.\n\n")
        .append("Each table is a folder under `--output` (with `--runDate`, Hive-style partitions `run_date=YYYY-MM-DD/` below it). ")
        .append("JSON Lines and Parquet carry the same columns in the same order; JSON Lines writes nulls as `null`. ")
        .append("Types: `string` (Parquet BYTE_ARRAY UTF8), `int` (INT32), `long` (INT64), `double`, `boolean`.\n\n");
    for (Tables.TableDef t : Tables.all()) {
      s.append("## `").append(t.name()).append("`\n\n").append(t.description()).append("\n\n");
      if (!t.key().isEmpty()) {
        s.append("Key: ").append(String.join(", ", t.key().stream().map(k -> "`" + k + "`").toList()))
            .append(" (a row's shard file is a hash of it; each file is sorted by it).\n\n");
      }
      s.append("| column | type | nullable | meaning |\n|---|---|---|---|\n");
      for (Schema.Field f : t.schema().getFields()) {
        s.append("| `").append(f.getName()).append("` | ").append(typeName(f.getType())).append(" | ")
            .append(f.getType().getNullable() ? "yes" : "no").append(" | ")
            .append(f.getDescription().replace("|", "\\|")).append(" |\n");
      }
      s.append('\n');
    }
    return s.toString();
  }

  public static String optionsMarkdown() {
    StringBuilder s = new StringBuilder();
    s.append("# Options\n\n")
        .append("Generated from `NlpPipelineOptions` by `dev.newsnlp.tools.GenerateDocs`; do not edit by hand. ")
        .append("`java -jar target/newsnlp.jar --help` prints the same, with Beam's and the runners' own options.\n\n")
        .append("| flag | default | meaning |\n|---|---|---|\n");
    List<Method> getters = new ArrayList<>();
    for (Method m : NlpPipelineOptions.class.getDeclaredMethods()) {
      if (m.isAnnotationPresent(Description.class)) {
        getters.add(m);
      }
    }
    getters.sort(Comparator.comparing((Method m) -> !m.isAnnotationPresent(Validation.Required.class))
        .thenComparing(FlexTemplateMetadata::optionName));
    for (Method m : getters) {
      String def = m.isAnnotationPresent(Validation.Required.class) ? "required" : defaultOf(m);
      String values = m.getReturnType().isEnum()
          ? " Values: " + String.join(", ", enumNames(m.getReturnType())) + "." : "";
      s.append("| `--").append(FlexTemplateMetadata.optionName(m)).append("` | ").append(def).append(" | ")
          .append(m.getAnnotation(Description.class).value().replace("|", "\\|")).append(values).append(" |\n");
    }
    return s.toString();
  }

  private static List<String> enumNames(Class<?> type) {
    List<String> names = new ArrayList<>();
    for (Object c : type.getEnumConstants()) {
      names.add("`" + c + "`");
    }
    return names;
  }

  private static String defaultOf(Method m) {
    if (m.isAnnotationPresent(Default.String.class)) {
      return "`" + m.getAnnotation(Default.String.class).value() + "`";
    } else if (m.isAnnotationPresent(Default.Boolean.class)) {
      return "`" + m.getAnnotation(Default.Boolean.class).value() + "`";
    } else if (m.isAnnotationPresent(Default.Integer.class)) {
      return "`" + m.getAnnotation(Default.Integer.class).value() + "`";
    } else if (m.isAnnotationPresent(Default.Long.class)) {
      return "`" + m.getAnnotation(Default.Long.class).value() + "`";
    } else if (m.isAnnotationPresent(Default.Double.class)) {
      return "`" + m.getAnnotation(Default.Double.class).value() + "`";
    } else if (m.isAnnotationPresent(Default.Enum.class)) {
      return "`" + m.getAnnotation(Default.Enum.class).value() + "`";
    }
    return "unset";
  }

  private static String typeName(Schema.FieldType type) {
    return switch (type.getTypeName()) {
      case STRING -> "string";
      case INT32 -> "int";
      case INT64 -> "long";
      case DOUBLE -> "double";
      case BOOLEAN -> "boolean";
      default -> type.getTypeName().toString().toLowerCase();
    };
  }

  private GenerateDocs() {}
}
