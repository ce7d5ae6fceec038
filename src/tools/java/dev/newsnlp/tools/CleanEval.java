package dev.newsnlp.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsnlp.clean.CleanResult;
import dev.newsnlp.clean.PageCleaner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Dev tool: runs {@link PageCleaner} over a folder of pages and writes one predicted text per page
 * ({@code PRED_DIR/ID.txt}) for {@code score_boilerplate.py}.
 *
 * <pre>
 * java -cp ... dev.newsnlp.tools.CleanEval INPUT_DIR PRED_DIR [--html] [--manifest manifest.json] [--rules]
 * </pre>
 *
 * INPUT_DIR holds {@code ID.txt} dumps (default) or {@code ID.html} pages ({@code --html}). The manifest,
 * when given, supplies each page's URL (the cleaner uses the URL slug as title evidence). Dropped pages get
 * an empty prediction; a summary of drop reasons is printed.
 */
public final class CleanEval {
  private CleanEval() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: CleanEval INPUT_DIR PRED_DIR [--html] [--manifest FILE] [--rules]");
      System.exit(2);
    }
    Path in = Path.of(args[0]);
    Path out = Path.of(args[1]);
    boolean html = false;
    Path manifest = null;
    boolean rules = false;
    for (int i = 2; i < args.length; i++) {
      if (args[i].equals("--html")) {
        html = true;
      } else if (args[i].equals("--rules")) {
        rules = true; // the rules-only cleaner (--cleaner=rules), for comparison
      } else if (args[i].equals("--manifest") && i + 1 < args.length) {
        manifest = Path.of(args[++i]);
      }
    }
    Map<String, String> urls = new HashMap<>();
    if (manifest != null) {
      JsonNode root = new ObjectMapper().readTree(manifest.toFile());
      for (JsonNode p : root.path("pages")) {
        urls.put(p.path("id").asText(), p.path("url").asText(null));
      }
    }
    Files.createDirectories(out);
    String ext = html ? ".html" : ".txt";
    List<Path> files;
    try (Stream<Path> s = Files.list(in)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(ext)).sorted().collect(Collectors.toList());
    }
    PageCleaner cleaner = new PageCleaner(!rules);
    Map<String, Integer> reasons = new TreeMap<>();
    for (Path f : files) {
      String name = f.getFileName().toString();
      String id = name.substring(0, name.length() - ext.length());
      // lenient: an old page in another charset still gets cleaned (bad bytes become U+FFFD)
      String content = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
      String url = urls.get(id);
      if (url != null && !url.contains("://")) {
        url = null;
      }
      CleanResult r = html ? cleaner.cleanHtml(content, url) : cleaner.cleanText(content, url);
      Files.writeString(out.resolve(id + ".txt"), r.text(), StandardCharsets.UTF_8);
      reasons.merge(r.kept() ? "kept" : r.dropReason(), 1, Integer::sum);
      if (!r.kept()) {
        System.out.println("dropped " + id + ": " + r.dropReason());
      }
    }
    System.out.println(files.size() + " pages: " + reasons);
  }
}
