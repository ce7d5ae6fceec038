package dev.newsnlp.clean.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DateFinderTest {
  @Test
  void textForms() {
    assertEquals("2019-11-19", DateFinder.fromText("Updated 10:01 pm PST, Tuesday, November 19, 2019"));
    assertEquals("2021-06-01", DateFinder.fromText("1 Jun 2021 15:19"));
    assertEquals("2020-01-19", DateFinder.fromText("Date 19.01.2020"));
    assertEquals("2024-03-05", DateFinder.fromText("Published 2024-03-05"));
    assertEquals("2019-11-18", DateFinder.fromText("on Monday, November 18th, 2019 at 11:08 a.m."));
    // dumps glue the clock time to the year: "Published Tue, Mar 5 20242:20 PM EST"
    assertEquals("2024-03-05", DateFinder.fromText("Published Tue, Mar 5 20242:20 PM EST"));
    assertEquals("2024-03-05", DateFinder.fromText("5 March 202414:20"));
    assertNull(DateFinder.fromText("Mar 5 202412"));
    assertEquals("2024-03-05", DateFinder.fromText("5. März 2024"));
    assertNull(DateFinder.fromText("Four killed, 10 wounded"));
    assertNull(DateFinder.fromText("31 February 2020"));
  }

  @Test
  void metaForms() {
    assertEquals("2024-03-05T14:20:00+01:00", DateFinder.fromMeta("2024-03-05T14:20:00+01:00"));
    assertEquals("2024-03-05T14:20:00Z", DateFinder.fromMeta("2024-03-05T14:20Z"));
    assertEquals("2024-03-05", DateFinder.fromMeta("2024-03-05"));
    assertNull(DateFinder.fromMeta(""));
  }
}
