package dev.newsnlp.launch;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether this JVM compiles methods above HotSpot's 8,000-byte bytecode limit. CoreNLP's NER feature extractor
 * ({@code NERFeatureFactory.featuresC}, 10,369 bytes in CoreNLP 4.5.10) is one: by default HotSpot never
 * compiles it, and it ran interpreted for 40% of the CRF's CPU time (JFR, docs/PERFORMANCE.md). With {@code
 * -XX:-DontCompileHugeMethods} it is compiled like any other hot method; the tables are the same (the JIT does
 * not change what Java code computes).
 */
final class HugeMethods {
  static final String FLAG = "-XX:-DontCompileHugeMethods";
  private static final Logger LOG = LoggerFactory.getLogger(HugeMethods.class);

  private HugeMethods() {}

  /** False only on a HotSpot JVM started without {@link #FLAG}. */
  static boolean compiled() {
    try {
      HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
      return hotspot == null || !"true".equals(hotspot.getVMOption("DontCompileHugeMethods").getValue());
    } catch (IllegalArgumentException | UnsupportedOperationException e) {
      return true; // not HotSpot: no such limit to lift
    }
  }

  /** Warns at the start of a run whose CoreNLP runs in this JVM. */
  static void warnIfInterpreted() {
    if (!compiled()) {
      LOG.warn("CoreNLP's NER feature extractor will run interpreted: start java with {} for 1.15-1.3x faster NER", FLAG);
    }
  }

  /** The run summary's advice when CoreNLP runs in this JVM with the limit on, else "". */
  static String advice() {
    return compiled() ? "" : String.format("  jit              CoreNLP's NER feature extractor runs interpreted in this JVM: "
        + "start java with %s (1.15-1.3x faster NER, same tables; README, \"The two commands\")%n", FLAG);
  }
}
