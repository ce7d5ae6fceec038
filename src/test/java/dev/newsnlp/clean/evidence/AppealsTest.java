package dev.newsnlp.clean.evidence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Appeals to the reader and author bios. */
class AppealsTest {

  @Test
  void newsletterAndDonationAppeals() {
    assertTrue(Appeals.isAppeal(Evidence.single("Get the morning briefing in your inbox every day.")));
    assertTrue(Appeals.isAppeal(Evidence.single(
        "Our reporting is free to read because readers like you donate. Become a supporter today.")));
    assertTrue(Appeals.isAppeal(Evidence.single(
        "We may earn a small commission when you buy through links on this page.")));
  }

  @Test
  void proseThatMentionsTheWordsIsNoAppeal() {
    assertFalse(Appeals.isAppeal(Evidence.single(
        "The European Commission said the harbor project met every environmental rule it had checked.")));
    assertFalse(Appeals.isAppeal(Evidence.single("The mayor opened the new library on Saturday morning.")));
  }

  @Test
  void authorBio() {
    assertTrue(Appeals.isAuthorBio(Evidence.single(
        "Marta Olsen is a science reporter at the Port Maren Daily who covers climate and the sea.")));
    assertFalse(Appeals.isAuthorBio(Evidence.single(
        "Marta Olsen said the barrier would be finished before the winter storms.")));
    assertFalse(Appeals.isAuthorBio(Evidence.single("It is the third storm this winter to close the harbor.")));
    // the regex matches roles case-insensitively, so a long s ("ſ") still spells "professor"
    assertTrue(Appeals.isAuthorBio(Evidence.single("Tomas Berg is a profe\u017f\u017for of marine biology at Nordvik.")));
  }
}
