package dev.newsnlp.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  @Test
  void strayControlBytesAreDroppedAndLineBreaksTabsStay() {
    byte[] page = "Ferry\u0000 terminal\u0008 opens\n\tMonday\r\n".getBytes(StandardCharsets.UTF_8);
    TextDecoder.Decoded d = TextDecoder.decode(page, page.length, false, null);
    assertEquals("Ferry terminal opens\n\tMonday\r\n", d.text());
    assertEquals("UTF-8", d.charset());
  }

  @Test
  void cleanTextIsReturnedAsItIs() {
    String s = "No control characters here.\n";
    assertSame(s, TextDecoder.withoutControls(s));
  }
}
