package dev.newsnlp.clean;

/** Fictional news pages written for the tests, in the style of the product's dump files. */
public final class Fixtures {
  private Fixtures() {}

  public static final String TITLE = "Harbor city approves new tidal barrier after decade of floods";
  public static final String BYLINE = "By Jane Doe";
  public static final String DATE = "5 March 2024 14:20";
  public static final String P1 =
      "The city council of Port Maren voted on Tuesday to build a tidal barrier across the mouth of the"
          + " harbor, ending a decade of debate over how to protect the old town from winter floods.";
  public static final String P2 =
      "Mayor Ilse Verhoeven said the vote was \"the most important decision this council has taken in a"
          + " generation\" and promised that construction would begin before the end of the year.";
  public static final String P3 =
      "Engineers from the regional water board estimate that the barrier will cost about 180 million euros"
          + " and will be able to close within forty minutes when a storm surge is forecast.";
  public static final String SUBHEAD = "Opposition from fishermen";
  public static final String P4 =
      "Not everyone is convinced. Tomas Brink, who chairs the local fishermen's association, told reporters"
          + " that the barrier would \"change the currents for good\" and asked the council to pay for an"
          + " independent study of its effect on the fish stocks in the bay.";
  public static final String P5 =
      "The council rejected that request by nine votes to six, but agreed to publish the engineering"
          + " reports on its website and to hold two public meetings in April.";
  public static final String LAST =
      "Work on the access roads is expected to start in September, the council said in a statement.";

  public static final String MENU =
      "Port Maren Daily\n\n  • News\n  • Politics\n  • Business\n  • Sport\n  • Culture\n  • Weather\n"
          + "  • Opinion\n    • Editorials\n    • Letters\n  • Subscribe\n";
  public static final String TICKER_LINE = "Rail strike called off after late-night talks in the capital";
  public static final String TICKER =
      "BREAKING\n" + TICKER_LINE + "\nTwo hikers rescued from the northern ridge\n"
          + "Central bank keeps interest rates unchanged for third month\n";
  public static final String SHARE = "  • Share on Facebook\n  • Share on Twitter\n  • Email\n  • Print\n";
  public static final String CAPTION = "The harbor of Port Maren during the January storm (Photo: Ana Pires/PMD)";
  public static final String MOST_READ_TEASER = "Mayor opens new library in the western district";
  public static final String MOST_READ =
      "Most Read\n\n" + MOST_READ_TEASER + "\n\nThe library will be open seven days a week and offers a"
          + " reading room for students.\n\n  • Culture\n  • 3 Mar 2024\n"
          + "Ferry timetable changes from next Monday\n\nThe morning ferry to the islands will leave fifteen"
          + " minutes earlier, the operator said.\n\n  • Travel\n  • 2 Mar 2024\n";
  public static final String COOKIE =
      "We use cookies to improve your experience on our site. By continuing to browse you agree to our"
          + " cookie policy.";
  public static final String DONATION =
      "Independent local journalism costs money. If you value our reporting, please support us with a"
          + " monthly donation or become a member today.";
  public static final String COMMENT =
      "I have lived here for forty years and the floods have never been this bad, about time they did"
          + " something.";
  public static final String COMMENTS =
      "Comments\n\n" + COMMENT + "\n\nLeave a Reply\n\nYour email address will not be published.\n";
  public static final String FOOTER =
      "  • About us\n  • Contact\n  • Privacy Policy\n  • Terms of Use\n"
          + "© 2024 Port Maren Daily. All rights reserved.\n";

  /** A complete article page: menu, ticker, article, share bar, most read, appeal, comments, footer. */
  public static String articleDump() {
    return COOKIE + "\n\n" + MENU + "\n" + TICKER + "\n" + TITLE + "\n\n"
        + "  • " + BYLINE + "\n  • " + DATE + "\n" + SHARE + "\n"
        + P1 + "\n\n" + CAPTION + "\n\n" + P2 + "\n\nAdvertisement\n\n" + P3 + "\n\n" + SUBHEAD + "\n\n"
        + P4 + "\n\nRead more: Council delays decision on harbor parking\n\n" + P5 + "\n\n" + LAST + "\n\n"
        + "  • Floods\n  • Port Maren\n  • Council\n\n" + MOST_READ + "\n" + DONATION + "\n\n" + COMMENTS + "\n"
        + FOOTER;
  }
}
