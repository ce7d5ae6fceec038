package dev.newsnlp.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ie.NERFeatureFactory;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;

/** Why the README runs java with -XX:-DontCompileHugeMethods, and that the launcher sees whether it was. */
class HugeMethodsTest {
  /** HotSpot's HugeMethodLimit (a develop flag, fixed in product builds). */
  private static final int HUGE_METHOD_LIMIT = 8000;

  @Test
  void coreNlpsFeatureExtractorIsAboveTheJitSizeLimit() throws Exception {
    Path jar = Path.of(NERFeatureFactory.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    StringWriter out = new StringWriter();
    int rc = ToolProvider.findFirst("javap").orElseThrow()
        .run(new PrintWriter(out), new PrintWriter(new StringWriter()), "-c", "-p", "-cp", jar.toString(),
            NERFeatureFactory.class.getName());
    assertEquals(0, rc);
    int size = 0;
    boolean inMethod = false;
    for (String line : out.toString().split("\n")) {
      if (line.startsWith("  ") && !line.startsWith("   ")) {
        inMethod = line.contains(" featuresC(");
      } else if (inMethod && line.matches("\\s+\\d+: .*")) {
        size = Integer.parseInt(line.strip().split(":")[0]); // offset of the last instruction
      }
    }
    assertTrue(size > HUGE_METHOD_LIMIT, "NERFeatureFactory.featuresC is " + size + " bytes of bytecode: if it is "
        + "no longer above " + HUGE_METHOD_LIMIT + ", the README's -XX:-DontCompileHugeMethods has no reason left");
  }

  @Test
  void theLauncherSeesTheFlagOfItsJvm() {
    boolean flagged = ManagementFactory.getRuntimeMXBean().getInputArguments().contains(HugeMethods.FLAG);
    assertEquals(flagged, HugeMethods.compiled());
    assertEquals(flagged, HugeMethods.advice().isEmpty(), HugeMethods.advice());
  }
}
