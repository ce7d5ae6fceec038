package dev.newsnlp.tools;

import dev.newsnlp.clean.CleanResult;
import dev.newsnlp.clean.PageCleaner;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Dev tool: cleaning throughput on one thread.
 *
 * <pre>
 * java -cp ... dev.newsnlp.tools.CleanBenchmark DIR [ROUNDS=20] [--html] [--rules]
 * </pre>
 *
 * Reads every {@code *.txt} (or {@code *.html} with {@code --html}) file of DIR into memory, cleans them all
 * five times to warm up, then ROUNDS more times on the calling thread, and prints input MB/s (UTF-8 bytes of
 * input per second of wall time) and pages/s, and MB per second of this thread's CPU time (the per-core
 * figure, not distorted by other processes on a shared machine).
 */
public final class CleanBenchmark {
  private static final int WARM_UP_PASSES = 5;

  private CleanBenchmark() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: CleanBenchmark DIR [ROUNDS] [--html] [--rules]");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    int rounds = 20;
    boolean html = false;
    boolean rules = false;
    for (int i = 1; i < args.length; i++) {
      if (args[i].equals("--html")) {
        html = true;
      } else if (args[i].equals("--rules")) {
        rules = true; // the rules-only cleaner (--cleaner=rules), for comparison
      } else {
        rounds = Integer.parseInt(args[i]);
      }
    }
    String ext = html ? ".html" : ".txt";
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(ext)).sorted().collect(Collectors.toList());
    }
    List<String> pages = new ArrayList<>();
    long bytes = 0;
    for (Path f : files) {
      String t = Files.readString(f, StandardCharsets.UTF_8);
      pages.add(t);
      bytes += t.getBytes(StandardCharsets.UTF_8).length;
    }
    PageCleaner cleaner = new PageCleaner(!rules);
    // Warm-up: five passes, so that the JIT has compiled the hot paths before the clock starts (one pass
    // left a quarter of the measured rounds to the interpreter and C1 on a slow machine).
    long sink = 0;
    for (int w = 0; w < WARM_UP_PASSES; w++) {
      sink += run(cleaner, pages, html);
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long c0 = mx.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    for (int r = 0; r < rounds; r++) {
      sink += run(cleaner, pages, html);
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    double cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
    double mb = bytes * (double) rounds / 1e6;
    System.out.printf("%d files, %.2f MB per round, %d rounds: wall %.2f s = %.1f MB/s (%.0f pages/s);"
            + " thread CPU %.2f s = %.1f MB/s per core (checksum %d)%n",
        pages.size(), bytes / 1e6, rounds, secs, mb / secs, pages.size() * rounds / secs, cpu, mb / cpu,
        sink / (WARM_UP_PASSES + rounds)); // every pass gives the same sum: the checksum of one pass
  }

  private static long run(PageCleaner cleaner, List<String> pages, boolean html) {
    long n = 0;
    for (String p : pages) {
      CleanResult r = html ? cleaner.cleanHtml(p, null) : cleaner.cleanText(p, null);
      n += r.text().length();
    }
    return n;
  }
}
