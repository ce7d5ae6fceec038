package dev.newsnlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * A Flink session cluster of separate JVMs, started and stopped by {@code pipelines/flink/local-cluster.sh}
 * (one JobManager, two TaskManagers with two slots each) on free ports. {@link #close()} stops it, and so
 * does a shutdown hook if the test JVM exits first; {@link #close()} fails if any of its processes is left.
 */
final class LocalFlinkCluster implements AutoCloseable {
  static final Path SCRIPT = Paths.get("pipelines", "flink", "local-cluster.sh").toAbsolutePath();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final Path dir;
  private final int restPort;
  private final int rpcPort;
  private final Thread stopAtExit;
  private boolean stopped;

  private LocalFlinkCluster(Path dir) throws IOException {
    this.dir = dir;
    this.restPort = freePort();
    this.rpcPort = freePort();
    this.stopAtExit = new Thread(this::stopQuietly, "stop-flink-cluster");
  }

  /** Starts the cluster in {@code dir} (its conf/, logs/, pids/) and waits until all slots are offered. */
  static LocalFlinkCluster start(Path dir) throws IOException, InterruptedException {
    LocalFlinkCluster cluster = new LocalFlinkCluster(dir);
    Runtime.getRuntime().addShutdownHook(cluster.stopAtExit);
    try {
      System.out.print(cluster.script("start"));
    } catch (IOException | RuntimeException | InterruptedException e) {
      cluster.close();
      throw e;
    }
    return cluster;
  }

  /** The value of {@code --flinkMaster}: the JobManager's REST endpoint. */
  String master() {
    return "localhost:" + restPort;
  }

  Path log(String process) {
    return dir.resolve("logs").resolve(process + ".log");
  }

  /** Log files of every TaskManager started so far, the killed ones included. */
  List<Path> taskManagerLogs() throws IOException {
    try (Stream<Path> files = Files.list(dir.resolve("logs"))) {
      return files.filter(f -> f.getFileName().toString().matches("taskmanager-\\d+\\.log")).sorted().toList();
    }
  }

  /** SIGKILL, as when a worker machine is lost. */
  String killTaskManager(int n) throws IOException, InterruptedException {
    return script("kill-taskmanager", String.valueOf(n));
  }

  /** Starts one more TaskManager and waits until its slots are offered. */
  String addTaskManager() throws IOException, InterruptedException {
    return script("add-taskmanager");
  }

  /** GET on the REST API, e.g. {@code /jobs/overview}. */
  JsonNode rest(String path) throws IOException, InterruptedException {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://" + master() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
    return JSON.readTree(r.body());
  }

  /** Java processes of this cluster still alive (they carry -Dnewsnlp.flink.cluster=DIR). */
  List<ProcessHandle> processes() {
    String marker = "-Dnewsnlp.flink.cluster=" + dir;
    return ProcessHandle.allProcesses()
        .filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false))
        .toList();
  }

  static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("timed out after " + timeout + " waiting for " + what);
      }
      Thread.sleep(500);
    }
  }

  @Override
  public void close() throws IOException, InterruptedException {
    if (stopped) {
      return;
    }
    try {
      System.out.print(script("stop"));
    } finally {
      stopped = true;
      try {
        Runtime.getRuntime().removeShutdownHook(stopAtExit);
      } catch (IllegalStateException exiting) {
        // the JVM is already shutting down: the hook runs anyway
      }
    }
    await("the cluster's processes to end", Duration.ofSeconds(30), () -> processes().isEmpty());
  }

  private void stopQuietly() {
    if (!stopped) {
      try {
        script("stop");
      } catch (IOException | InterruptedException | RuntimeException e) {
        System.err.println("could not stop the Flink cluster in " + dir + ": " + e);
      }
    }
  }

  private String script(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("bash", SCRIPT.toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().put("FLINK_CLUSTER_DIR", dir.toString());
    pb.environment().put("FLINK_REST_PORT", String.valueOf(restPort));
    pb.environment().put("FLINK_RPC_PORT", String.valueOf(rpcPort));
    Path out = Files.createTempFile("local-cluster", ".out");
    try {
      Process p = pb.redirectOutput(out.toFile()).start();
      if (!p.waitFor(5, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new IllegalStateException("local-cluster.sh " + String.join(" ", args) + " did not finish");
      }
      String text = Files.readString(out, StandardCharsets.UTF_8);
      if (p.exitValue() != 0) {
        throw new IllegalStateException("local-cluster.sh " + String.join(" ", args) + " failed:\n" + text);
      }
      return text;
    } finally {
      Files.deleteIfExists(out);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
