package dev.newsnlp.launch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MoveOptions;
import org.apache.beam.sdk.io.fs.ResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;

/** Fails fast when the output folder cannot be written, instead of after hours of NLP. */
final class OutputProbe {
  static void check(String output) {
    ResourceId dir = FileSystems.matchNewResource(output, true);
    ResourceId probe = dir.resolve(".newsnlp-write-probe", ResolveOptions.StandardResolveOptions.RESOLVE_FILE);
    try {
      try (WritableByteChannel ch = FileSystems.create(probe, "text/plain")) {
        ch.write(ByteBuffer.wrap("probe".getBytes(StandardCharsets.UTF_8)));
      }
      FileSystems.delete(List.of(probe), MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("--output is not writable: " + output + " (" + e + ")");
    }
  }

  private OutputProbe() {}
}
