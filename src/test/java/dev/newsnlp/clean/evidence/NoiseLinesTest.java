package dev.newsnlp.clean.evidence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Lines that are noise on their own. */
class NoiseLinesTest {

  @Test
  void uiLabelsCountersAndShareBars() {
    assertTrue(Evidence.single("Skip to main content").noise);
    assertTrue(Evidence.single("Table of contents").noise);
    assertTrue(Evidence.single("Sponsored content").noise);
    assertTrue(Evidence.single("View all (17)").noise);
    assertTrue(Evidence.single("4 min read").noise);
    assertTrue(Evidence.single("Photo 3 of 12").noise);
    assertTrue(Evidence.single("Facebook Twitter Email").noise);
    assertTrue(Evidence.single("Follow Marta Olsen on Bluesky").noise);
    assertTrue(Evidence.single("www.portmarendaily.example").noise);
  }

  @Test
  void proseIsNotNoise() {
    assertFalse(Evidence.single("The ferry company will share the cost of the new pier with the town.").noise);
    assertFalse(Evidence.single("Photographs from the 1953 flood hang in the town hall.").noise);
  }

  @Test
  void galleryCounter() {
    assertTrue(NoiseLines.isGalleryCounter(Evidence.single("Image 2 of 9")));
    assertFalse(NoiseLines.isGalleryCounter(Evidence.single("Two of the nine boats sank")));
  }
}
