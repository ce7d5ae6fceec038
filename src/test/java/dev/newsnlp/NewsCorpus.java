package dev.newsnlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates text dumps in the style of {@code sample-data/}: a site's menus and ticker, a headline, byline and
 * date, a body of news prose with people, organisations, places and quotes, then teasers and a footer. Every
 * page is different (seeded, so the same on every run); nothing large is committed.
 */
final class NewsCorpus {
  private static final String[] SITES = {"Harbor City Ledger", "Northfield Courier", "Eastbay Herald", "Riverside Post"};
  private static final String[] FIRST = {"Marta", "Daniel", "Priya", "Leon", "Amara", "Tomasz", "Elena", "Samuel",
      "Ines", "Kwame", "Hannah", "Rafael", "Yuki", "Oskar", "Fatima", "George"};
  private static final String[] LAST = {"Lindqvist", "Okafor", "Raman", "Fairbanks", "Novak", "Castillo", "Brennan",
      "Haddad", "Moreau", "Tanaka", "Whitfield", "Adeyemi", "Kowalski", "Silva", "Ferreira", "Holm"};
  private static final String[] ORGS = {"Northline Consulting", "the Department of Transportation", "Eastbay Business Association",
      "Harbor City Council", "the State Water Board", "Riverside Teachers Union", "Marlow Energy", "the Port Authority"};
  private static final String[] PLACES = {"Harbor City", "Northfield", "Eastbay", "Riverside", "Port Maren", "Canal Street",
      "Dock Street", "the northern coast"};
  private static final String[] TOPICS = {"bridge", "water plant", "school budget", "ferry service", "housing plan",
      "bus network", "flood barrier", "library"};
  private static final String[] ROLES = {"mayor", "council member", "union leader", "chief engineer", "spokeswoman",
      "director", "treasurer", "resident"};

  private NewsCorpus() {}

  /** Writes {@code pages} dumps named {@code gen-NNNN.txt} into {@code dir}. */
  static List<Path> write(Path dir, int pages) throws IOException {
    Files.createDirectories(dir);
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < pages; i++) {
      Path f = dir.resolve(String.format("gen-%04d.txt", i));
      Files.writeString(f, page(new Random(1000L + i), i), StandardCharsets.UTF_8);
      files.add(f);
    }
    return files;
  }

  static String page(Random r, int n) {
    String site = pick(r, SITES);
    String topic = pick(r, TOPICS);
    String place = pick(r, PLACES);
    String speaker = person(r);
    String other = person(r);
    String org = pick(r, ORGS);
    StringBuilder s = new StringBuilder();
    s.append(site).append("\n\n  • En\n  • Fr\n").append(site).append("\n\nIndependent news since ")
        .append(1900 + r.nextInt(100)).append("\n\n");
    for (String m : new String[] {"News", "Local", "Politics", "Business", "Sports", "Weather", "Opinion", "Video"}) {
      s.append("  • ").append(m).append('\n');
    }
    s.append("BREAKING\n");
    for (int i = 0; i < 3; i++) {
      s.append(capitalize(pick(r, PLACES))).append(": ").append(pick(r, TOPICS)).append(" update at ")
          .append(1 + r.nextInt(12)).append(" pm.\n");
    }
    s.append('\n').append(capitalize(org)).append(" backs new ").append(topic).append(" for ").append(place)
        .append(" (report ").append(n).append(")\n\n");
    s.append("  • By ").append(person(r)).append("\n  • Local\n  • ").append(1 + r.nextInt(28)).append(" Mar 2025 ")
        .append(String.format("%02d:%02d", 6 + r.nextInt(14), r.nextInt(60))).append("\n  • ")
        .append(r.nextInt(90)).append(" Shares\n").append(2 + r.nextInt(6)).append(" Min Read\n\n");
    s.append(capitalize(org)).append(" agreed on ").append(pick(r, new String[] {"Monday", "Tuesday", "Thursday", "Friday"}))
        .append(" to pay for a new ").append(topic).append(" in ").append(place).append(", ending ")
        .append(2 + r.nextInt(9)).append(" years of debate over the plan, which will cost about ")
        .append(10 + r.nextInt(490)).append(" million dollars.\n\n");
    s.append(capitalize(pick(r, ROLES))).append(' ').append(speaker).append(" said the decision was \"")
        .append(pick(r, new String[] {"a promise kept to every family in " + place,
            "long overdue, and the people of " + place + " know it",
            "the best use of public money we have seen in a decade"}))
        .append(".\" ").append(lastName(speaker)).append(" added that work could begin as early as next ")
        .append(pick(r, new String[] {"spring", "summer", "autumn"})).append(".\n\n");
    for (int p = 0; p < 3 + r.nextInt(3); p++) {
      s.append(paragraph(r, topic)).append("\n\n");
    }
    s.append(other).append(", who opposed the plan, warned that the budget left no room for delays. \"")
        .append(pick(r, new String[] {"We are being asked to sign a blank cheque", "Nobody has shown us the full costs",
            "The " + topic + " will be late and over budget"}))
        .append(",\" ").append(lastName(other)).append(" said.\n\n");
    s.append("  • ").append(capitalize(topic)).append("\n  • ").append(place).append("\n\nMost Read\n\n");
    for (int i = 0; i < 3; i++) {
      s.append(capitalize(pick(r, TOPICS))).append(" plans move ahead in ").append(pick(r, PLACES)).append("\n\n  • Local\n  • ")
          .append(1 + r.nextInt(28)).append(" Mar 2025\n");
    }
    s.append('\n').append(site).append("\n\nThe ").append(site).append(" is an independent newspaper.\n\nAll Rights Reserved\n\n")
        .append("  • Privacy Policy\n  • About Us\n  • Contact Us\n  • Careers\nAndroid\niOS\n");
    return s.toString();
  }

  private static String paragraph(Random r, String topic) {
    String person = person(r);
    return switch (r.nextInt(4)) {
      case 0 -> "Engineers from " + pick(r, ORGS) + " told the meeting in " + pick(r, PLACES) + " that the old "
          + topic + ", built in " + (1940 + r.nextInt(60)) + ", has aged faster than expected and must be replaced by "
          + (2026 + r.nextInt(5)) + ".";
      case 1 -> capitalize(pick(r, ORGS)) + " will oversee the design, and " + person + " of " + pick(r, ORGS)
          + " said the first contracts would be signed within " + (2 + r.nextInt(10)) + " months.";
      case 2 -> "\"We do not have the luxury of waiting another " + (2 + r.nextInt(9)) + " years,\" said "
          + person + ", the " + pick(r, ROLES) + " of " + pick(r, ORGS) + ".";
      default -> "Shop owners on " + pick(r, PLACES) + " said they had lost customers every time the " + topic
          + " was closed, and " + person + " asked " + pick(r, ORGS) + " to publish a timetable before June.";
    };
  }

  private static String person(Random r) {
    return pick(r, FIRST) + " " + pick(r, LAST);
  }

  private static String lastName(String person) {
    return person.substring(person.indexOf(' ') + 1);
  }

  private static String pick(Random r, String[] values) {
    return values[r.nextInt(values.length)];
  }

  private static String capitalize(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
