package dev.newsnlp.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.stream.Stream;

/** Object stores have no empty folders; on a local disk, staging leaves some behind: remove them. */
final class LocalDirs {
  static void deleteEmpty(String dir) {
    if (dir.contains("://")) {
      return;
    }
    Path root = Paths.get(dir);
    if (!Files.isDirectory(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        try (Stream<Path> children = Files.list(p)) {
          if (children.findAny().isEmpty()) {
            Files.delete(p);
          }
        }
      }
      Path parent = root.getParent();
      if (parent != null && parent.getFileName().toString().equals(TableLayout.STAGING)) {
        try (Stream<Path> children = Files.list(parent)) {
          if (children.findAny().isEmpty()) {
            Files.delete(parent);
          }
        }
      }
    } catch (IOException e) {
      // Leftover empty folders are harmless (hidden by their "_" prefix).
    }
  }

  private LocalDirs() {}
}
