package dev.newsnlp.tools;

import dev.newsnlp.clean.PageCleaner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Dev tool: prints the cleaner's per-line decisions for one page (class, score, flags, kept or not).
 *
 * <pre>
 * java -cp ... dev.newsnlp.tools.CleanExplain FILE [URL] [--html]
 * </pre>
 */
public final class CleanExplain {
  private CleanExplain() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: CleanExplain FILE [URL] [--html]");
      System.exit(2);
    }
    boolean html = false;
    String url = null;
    for (int i = 1; i < args.length; i++) {
      if (args[i].equals("--html")) {
        html = true;
      } else {
        url = args[i];
      }
    }
    String content = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    System.out.print(new PageCleaner().explain(content, url, html || args[0].endsWith(".html")));
  }
}
