package dev.newsnlp.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class ProgressReporterTest {
  @Test
  void theTimeLeftIgnoresTheModelWarmUp() {
    // 60 s of model loading, then 100 pages in 10 s: 900 pages left at 10 pages/s is 1m30s, not 9 minutes
    assertEquals("progress: 100/1,000 pages done (10.00 pages/s, 1m10s elapsed), about 1m30s left",
        ProgressReporter.line(1000, 100, 70, 100, 10));
  }

  @Test
  void noEstimateBeforeTwoObservationsOfDonePages() {
    assertFalse(ProgressReporter.line(1000, 5, 60, 0, 0).contains("left"));
  }
}
