package dev.newsnlp.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A generator of synthetic news for measuring story grouping: articles on a few topics written from
 * templates, their syndicated copies (another site's page furniture, a reworded headline, a paragraph
 * added or dropped, typos) and unrelated articles on the same topics, which share the topic's words and
 * the stock phrases of news ("said on Monday") but not the story. Deterministic: an article is a function
 * of its seed, so a benchmark can generate document i anywhere without holding the corpus.
 */
public final class SyntheticNews {
  static final String[][] TOPIC_NOUNS = {
      {"plant", "jobs", "orders", "shares", "profits", "contract", "factory", "workers", "exports", "prices"},
      {"budget", "vote", "council", "election", "bill", "coalition", "tax", "campaign", "minister", "reform"},
      {"storm", "flooding", "rainfall", "drought", "heatwave", "river", "snow", "forecast", "coast", "winds"},
      {"match", "season", "coach", "league", "striker", "title", "stadium", "transfer", "final", "goal"},
      {"study", "researchers", "samples", "glacier", "species", "vaccine", "trial", "satellite", "data", "climate"},
      {"court", "judge", "trial", "verdict", "appeal", "jury", "sentence", "lawyers", "charges", "evidence"},
      {"bridge", "railway", "buses", "tram", "airport", "ferry", "tunnel", "traffic", "fares", "station"},
      {"hospital", "patients", "doctors", "nurses", "clinic", "waiting", "outbreak", "ward", "treatment", "beds"}};
  static final String[] FIRST = {"Anna", "Marco", "Lena", "Tomas", "Priya", "Daniel", "Sofia", "Omar", "Ruth",
      "Jonas", "Elena", "Kwame", "Ingrid", "Felix", "Mei", "Carlos", "Hannah", "Viktor", "Amira", "Paul"};
  static final String[] LAST = {"Keller", "Okafor", "Lindqvist", "Raman", "Marchetti", "Haddad", "Novak",
      "Adeyemi", "Weber", "Vasquez", "Osei", "Brandt", "Tanaka", "Moreau", "Petrov", "Silva", "Hughes", "Nakamura",
      "Fischer", "Byrne"};
  static final String[] PLACES = {"Bridgeport", "Eastbay", "Northfield", "Riverside", "Harbor City", "Lindenau",
      "Westmoor", "Kingsford", "Ashby", "Dunmore"};
  static final String[] ORGS = {"the city council", "the regional authority", "the company", "the union",
      "the ministry", "the port authority", "the university", "the health board", "the league", "the agency"};
  static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  static final String[] VERBS = {"rise", "fall", "double", "slow", "recover", "stall", "grow", "shrink"};
  static final String[] SENTENCES = {
      "{P} said on {D} that the {N} would {V} by {X} percent before the end of the year.",
      "The {N} in {L} has been under pressure since {O} announced a review of the {N2} last spring.",
      "\"We have never seen the {N} {V} this quickly, and the {N2} will not wait for us,\" said {P}.",
      "According to {O}, about {X} people in {L} are affected by the changes to the {N}.",
      "{P}, who has led the {N2} for {Y} years, told reporters in {L} that talks would resume on {D}.",
      "Critics say the {N} was planned without asking residents of {L}, and {O} has promised a hearing.",
      "Figures published on {D} show the {N2} fell to its lowest level in {Y} years.",
      "The decision follows months of debate over the cost of the {N}, estimated at {X} million dollars.",
      "{O} said it expected the {N} to {V} again next year if the {N2} holds.",
      "Residents of {L} gathered outside the town hall on {D} to demand answers about the {N}.",
      "\"This is a difficult day for everyone involved with the {N2},\" {P} said in a statement.",
      "Officials in {L} declined to comment on the {N} until the report is published."};
  static final String[] SITE_NAMES = {"Harbor Ledger", "Valley Post", "Bay Courier", "Eastern Herald",
      "Morning Star", "City Wire", "Coastal Times", "Northern Echo"};

  /** One article: its headline, an alternative headline for copies, byline and paragraphs. */
  public record Article(String title, String altTitle, String byline, List<String> paragraphs) {
    /** The article as the cleaner leaves it: headline, byline, body. */
    public String text() {
      return title + "\n\n" + byline + "\n\n" + String.join("\n\n", paragraphs);
    }
  }

  /** A new article on {@code topic} (0-7); the same seed always gives the same article. */
  public static Article article(long seed, int topic) {
    SplittableRandom r = new SplittableRandom(seed);
    String[] nouns = TOPIC_NOUNS[topic % TOPIC_NOUNS.length];
    String person = pick(r, FIRST) + " " + pick(r, LAST);
    String place = pick(r, PLACES);
    String noun = pick(r, nouns);
    String org = pick(r, ORGS);
    int number = 10 + r.nextInt(900);
    String title = cap(place) + " " + noun + " to " + pick(r, VERBS) + " as " + org.replace("the ", "") + " acts";
    String alt = cap(org) + " moves on " + noun + " in " + place + ", " + number + " affected";
    List<String> paragraphs = new ArrayList<>();
    int n = 6 + r.nextInt(5);
    for (int p = 0; p < n; p++) {
      paragraphs.add(paragraph(r, nouns, p == 0 ? person : pick(r, FIRST) + " " + pick(r, LAST), place, noun));
    }
    return new Article(title, alt, "By " + pick(r, FIRST) + " " + pick(r, LAST), paragraphs);
  }

  /**
   * A syndicated copy: the headline reworded (half the time), a paragraph dropped or one added (a third of the
   * time each), and 0-5 typos.
   */
  public static Article copy(Article a, long seed, int topic) {
    SplittableRandom r = new SplittableRandom(seed);
    List<String> paragraphs = new ArrayList<>(a.paragraphs());
    int change = r.nextInt(3);
    if (change == 0 && paragraphs.size() > 3) {
      paragraphs.remove(1 + r.nextInt(paragraphs.size() - 1));
    } else if (change == 1) {
      paragraphs.add(r.nextInt(paragraphs.size() + 1),
          paragraph(r, TOPIC_NOUNS[topic % TOPIC_NOUNS.length], pick(r, FIRST) + " " + pick(r, LAST), pick(r, PLACES),
              pick(r, TOPIC_NOUNS[topic % TOPIC_NOUNS.length])));
    }
    int typos = r.nextInt(6);
    for (int t = 0; t < typos; t++) {
      int p = r.nextInt(paragraphs.size());
      paragraphs.set(p, typo(paragraphs.get(p), r));
    }
    String title = r.nextBoolean() ? a.altTitle() : a.title();
    return new Article(title, a.altTitle(), a.byline(), paragraphs);
  }

  /** The article as a text dump of a page of site {@code site}: menus, a ticker, share bar, teasers, footer. */
  public static String page(Article a, int site, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    String name = SITE_NAMES[site % SITE_NAMES.length];
    StringBuilder b = new StringBuilder();
    b.append(name).append("\n\n");
    for (String item : new String[] {"News", "Local", "Business", "Sport", "Opinion", "Weather", "Video"}) {
      if (r.nextInt(4) > 0) {
        b.append("  • ").append(item).append('\n');
      }
    }
    b.append("\nBREAKING\n").append(cap(pick(r, PLACES))).append(" ").append(pick(r, TOPIC_NOUNS[r.nextInt(8)]))
        .append(" update expected later today.\n\n");
    b.append(a.title()).append("\n\n  • ").append(a.byline()).append("\n  • ").append(1 + r.nextInt(28))
        .append(" Mar 2025\n\n");
    for (String p : a.paragraphs()) {
      b.append(p).append("\n\n");
    }
    b.append("  • Share on Facebook\n  • Share on X\n  • Email\n\nMost Read\n\n");
    for (int i = 0; i < 4; i++) {
      b.append("  • ").append(article(r.nextLong(), r.nextInt(8)).title()).append('\n');
    }
    b.append("\nSign up for the ").append(name).append(" newsletter\n\n© 2025 ").append(name)
        .append(". All rights reserved.  Privacy Policy  Contact\n");
    return b.toString();
  }

  private static String paragraph(SplittableRandom r, String[] nouns, String person, String place, String noun) {
    StringBuilder b = new StringBuilder();
    int sentences = 2 + r.nextInt(3);
    for (int s = 0; s < sentences; s++) {
      String t = pick(r, SENTENCES)
          .replace("{P}", person).replace("{L}", place).replace("{O}", pick(r, ORGS))
          .replace("{N2}", pick(r, nouns)).replace("{N}", s == 0 ? noun : pick(r, nouns))
          .replace("{V}", pick(r, VERBS)).replace("{D}", pick(r, DAYS))
          .replace("{X}", Integer.toString(2 + r.nextInt(998))).replace("{Y}", Integer.toString(2 + r.nextInt(30)));
      b.append(s > 0 ? " " : "").append(cap(t));
    }
    return b.toString();
  }

  private static String typo(String text, SplittableRandom r) {
    for (int tries = 0; tries < 20; tries++) {
      int i = 1 + r.nextInt(Math.max(1, text.length() - 3));
      if (Character.isLetter(text.charAt(i)) && Character.isLetter(text.charAt(i + 1))) {
        return text.substring(0, i) + text.charAt(i + 1) + text.charAt(i) + text.substring(i + 2);
      }
    }
    return text;
  }

  private static String pick(SplittableRandom r, String[] words) {
    return words[r.nextInt(words.length)];
  }

  private static String cap(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private SyntheticNews() {}
}
