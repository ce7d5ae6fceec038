package dev.newsnlp.tools;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.newsnlp.options.NlpPipelineOptions;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.Validation;

/**
 * The Dataflow Flex Template metadata (pipelines/dataflow/metadata.json) from {@link NlpPipelineOptions}, so
 * the template's parameters cannot drift from the job's options. Written by {@link GenerateDocs}.
 */
public final class FlexTemplateMetadata {

  public static String json() throws Exception {
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("name", "newsnlp");
    meta.put("description",
        "Reads news page dumps (text, HTML, JSON Lines, WARC), removes non-article noise, runs Stanford "
            + "CoreNLP named-entity recognition and quote attribution, and writes the documents, "
            + "entity_mentions, speaker_quotes and failures tables as Parquet or JSON Lines.");
    meta.put("streaming", false);
    List<Map<String, Object>> parameters = new ArrayList<>();
    List<Method> getters = new ArrayList<>();
    for (Method m : NlpPipelineOptions.class.getDeclaredMethods()) {
      if ((m.getName().startsWith("get") || m.getName().startsWith("is")) && m.getParameterCount() == 0
          && m.isAnnotationPresent(Description.class)) {
        getters.add(m);
      }
    }
    getters.sort(Comparator.comparing((Method m) -> !m.isAnnotationPresent(Validation.Required.class))
        .thenComparing(FlexTemplateMetadata::optionName));
    for (Method m : getters) {
      Map<String, Object> p = new LinkedHashMap<>();
      String name = optionName(m);
      p.put("name", name);
      p.put("label", name);
      String help = m.getAnnotation(Description.class).value();
      String def = defaultValue(m);
      p.put("helpText", def == null ? help : help + " Default: " + def + ".");
      p.put("isOptional", !m.isAnnotationPresent(Validation.Required.class));
      if (m.getReturnType().isEnum()) {
        List<Map<String, String>> values = new ArrayList<>();
        for (Object c : m.getReturnType().getEnumConstants()) {
          Map<String, String> value = new LinkedHashMap<>(); // Map.of's order changes between JVMs
          value.put("value", c.toString());
          value.put("label", c.toString());
          values.add(value);
        }
        p.put("paramType", "ENUM");
        p.put("enumOptions", values);
      } else if (name.equals("output")) {
        p.put("paramType", "GCS_WRITE_FOLDER");
      } else {
        p.put("paramType", "TEXT");
      }
      parameters.add(p);
    }
    meta.put("parameters", parameters);
    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(meta);
  }

  static String optionName(Method getter) {
    String n = getter.getName().startsWith("is") ? getter.getName().substring(2) : getter.getName().substring(3);
    return Character.toLowerCase(n.charAt(0)) + n.substring(1);
  }

  private static String defaultValue(Method m) {
    if (m.isAnnotationPresent(Default.String.class)) {
      return m.getAnnotation(Default.String.class).value();
    } else if (m.isAnnotationPresent(Default.Boolean.class)) {
      return String.valueOf(m.getAnnotation(Default.Boolean.class).value());
    } else if (m.isAnnotationPresent(Default.Integer.class)) {
      return String.valueOf(m.getAnnotation(Default.Integer.class).value());
    } else if (m.isAnnotationPresent(Default.Long.class)) {
      return String.valueOf(m.getAnnotation(Default.Long.class).value());
    } else if (m.isAnnotationPresent(Default.Enum.class)) {
      return m.getAnnotation(Default.Enum.class).value();
    }
    return null;
  }

  private FlexTemplateMetadata() {}
}
