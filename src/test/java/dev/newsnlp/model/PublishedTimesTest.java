package dev.newsnlp.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PublishedTimesTest {
  private static String utc(String published) {
    org.joda.time.Instant t = PublishedTimes.utc(published);
    return t == null ? null : t.toString();
  }

  @Test
  void aDateIsItsMidnightUtc() {
    assertEquals("2025-03-10T00:00:00.000Z", utc("2025-03-10"));
  }

  @Test
  void anOffsetIsTurnedIntoUtc() {
    assertEquals("2025-03-14T07:40:00.000Z", utc("2025-03-14T09:40:00+02:00"));
    assertEquals("2025-03-14T09:40:00.000Z", utc("2025-03-14T09:40:00Z"));
    assertEquals("2025-03-14T14:05:00.000Z", utc("Fri, 14 Mar 2025 09:05:00 -0500"));
  }

  @Test
  void aDateTimeWithoutOffsetIsReadAsUtc() {
    assertEquals("2025-03-14T09:40:00.000Z", utc("2025-03-14T09:40"));
    assertEquals("2025-03-14T09:40:30.000Z", utc("2025-03-14 09:40:30"));
  }

  @Test
  void unknownOrUnreadableIsNull() {
    assertNull(utc(null));
    assertNull(utc(" "));
    assertNull(utc("last Tuesday"));
    assertNull(utc("2025-13-40"));
  }
}
