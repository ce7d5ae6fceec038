package dev.newsnlp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsnlp.options.NlpPipelineOptions;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;

/**
 * The ready-to-run definitions in pipelines/ only use flags the job (or its runner) knows, so a renamed
 * option cannot silently break a scheduled run.
 */
class PipelineDefinitionsTest {
  private static final Path PIPELINES = Paths.get("pipelines");

  /** Dataflow's own flags (its runner is not on the test classpath). */
  private static final Set<String> DATAFLOW_FLAGS = Set.of("project", "region", "tempLocation",
      "workerMachineType", "maxNumWorkers", "numberOfWorkerHarnessThreads", "jobName", "stagingLocation");

  private static Set<String> knownFlags() {
    Set<String> flags = new HashSet<>(DATAFLOW_FLAGS);
    Set<Class<? extends PipelineOptions>> interfaces = new HashSet<>(PipelineOptionsFactory.getRegisteredOptions());
    interfaces.add(NlpPipelineOptions.class);
    for (Class<?> type : interfaces) {
      for (Method m : type.getMethods()) {
        String n = m.getName();
        if (m.getParameterCount() == 0 && (n.startsWith("get") || n.startsWith("is")) && n.length() > 3) {
          String prop = n.startsWith("is") ? n.substring(2) : n.substring(3);
          flags.add(Character.toLowerCase(prop.charAt(0)) + prop.substring(1));
        }
      }
    }
    return flags;
  }

  private static List<Path> files(String glob) throws IOException {
    try (Stream<Path> walk = Files.walk(PIPELINES)) {
      return walk.filter(p -> p.getFileSystem().getPathMatcher("glob:" + glob).matches(p.getFileName())).toList();
    }
  }

  @Test
  void scriptsUseOnlyKnownFlags() throws IOException {
    Set<String> known = knownFlags();
    Set<String> unknown = new TreeSet<>();
    Pattern flag = Pattern.compile("--([a-z][A-Za-z]+)=");
    List<Path> scripts = files("*.sh");
    assertTrue(scripts.size() >= 5, "scripts: " + scripts);
    for (Path script : scripts) {
      boolean gcloud = false;
      for (String line : Files.readAllLines(script)) {
        if (line.startsWith("#")) {
          continue;
        }
        gcloud |= line.contains("gcloud ");
        Matcher m = flag.matcher(line);
        while (m.find()) {
          // gcloud's own flags (--project=, --region=, --jar=) are not the job's.
          if (!gcloud && !line.contains("mvn ") && !known.contains(m.group(1))) {
            unknown.add(script + ": --" + m.group(1));
          }
        }
        if (line.isBlank()) {
          gcloud = false;
        }
      }
    }
    assertTrue(unknown.isEmpty(), "flags the job does not know: " + unknown);
  }

  @Test
  void airflowDagPassesOnlyKnownOptions() throws IOException {
    Set<String> known = knownFlags();
    String dag = Files.readString(PIPELINES.resolve("airflow/newsnlp_daily.py"));
    Matcher m = Pattern.compile("^\\s+\"([a-zA-Z]+)\": ", Pattern.MULTILINE).matcher(dag);
    Set<String> keys = new TreeSet<>();
    while (m.find()) {
      keys.add(m.group(1));
    }
    assertTrue(keys.containsAll(Set.of("input", "output", "runDate", "format")), keys.toString());
    keys.removeAll(known);
    assertTrue(keys.isEmpty(), "DAG options the job does not know: " + keys);
    assertTrue(dag.contains("\"runDate\": \"{{ ds }}\""), "the run date is templated into the partition");
    assertTrue(dag.contains("{{ ds }}/*"), "the run date is templated into the input path");
  }
}
