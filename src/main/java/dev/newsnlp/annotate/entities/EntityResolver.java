package dev.newsnlp.annotate.entities;

import dev.newsnlp.annotate.MentionSpan;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * One identity per entity within a document: groups a document's mentions into entities, each with a stable id
 * ({@code <doc_id>:e<n>}, n counting entities in order of first mention from 0) and a canonical name (the
 * fullest name the document uses). Plain Java, deterministic: the same mentions give the same result.
 *
 * <p>Mentions merge only within one type (LOCATION, CITY, COUNTRY and STATE_OR_PROVINCE count as one type;
 * "Russia" LOCATION and "Russian" MISC never merge). Names are compared as lists of normalised tokens (lower
 * case, accents and periods removed, a trailing possessive dropped):
 *
 * <ul>
 *   <li><b>Persons</b>: leading titles are stripped ("President Putin" is "Putin"); a name merges into a
 *       fuller one when each of its tokens matches a different token of the fuller name (containment:
 *       "Shugaev" and "Dmitry Shugaev"), where tokens match when equal, when one is the other's initial
 *       ("D. Shugaev"), or when they are small spelling variants ("Shugayev": see {@link #spellingVariant};
 *       never when one merely extends the other, so "Alexandrov" and "Alexandrova" stay apart). The
 *       canonical name is the name with the most words (among equally long ones: not in capitals, then the most
 *       used). A name that fits two different fuller names ("Smith" with "John Smith" and
 *       "Jane Smith" both in the text) is not merged by its spelling: each of its mentions goes to the
 *       candidate mentioned most recently before it (or, failing that, first after it).
 *   <li><b>Other types</b>: equal names, small spelling variants of the whole name, and a name followed by a
 *       legal-form suffix ("Gazprom", "Gazprom PJSC"). Plain containment is not used outside persons:
 *       "York" is not "New York", "Gazprom Neft" is not "Gazprom".
 * </ul>
 */
public final class EntityResolver {

  /** An entity of one document. */
  public record Entity(String id, String canonicalName, String type, int mentionCount, int firstStart) {}

  /** The grouping of one document's mentions. */
  public static final class Result {
    private final List<MentionSpan> mentions;
    private final List<Entity> entities;
    private final int[] entityOfMention;

    private Result(List<MentionSpan> mentions, List<Entity> entities, int[] entityOfMention) {
      this.mentions = mentions;
      this.entities = entities;
      this.entityOfMention = entityOfMention;
    }

    /** Entities in order of first mention (entity ids e0, e1, ...). */
    public List<Entity> entities() {
      return entities;
    }

    /** The entity of the i-th mention (index into the list given to {@link #resolve}). */
    public Entity entityOf(int mentionIndex) {
      return entities.get(entityOfMention[mentionIndex]);
    }

    /**
     * The entity of the mention at a character span, e.g. a quote's speaker span: the mention that covers
     * the span or lies inside it (a person first when several do). Empty when no mention overlaps that way.
     */
    public Optional<Entity> entityAt(int start, int end) {
      int best = -1;
      for (int i = 0; i < mentions.size(); i++) {
        MentionSpan m = mentions.get(i);
        boolean covers = m.start() <= start && end <= m.end();
        boolean inside = start <= m.start() && m.end() <= end;
        if ((covers || inside) && (best < 0
            || (!isPerson(mentions.get(best).type()) && isPerson(m.type())))) {
          best = i;
        }
      }
      return best < 0 ? Optional.empty() : Optional.of(entityOf(best));
    }

    /**
     * The entity a free-text name refers to ("Putin", "President Vladimir Putin's"), by the same rules that
     * group mentions; persons are tried first, then other types. Empty when it fits no entity or fits several.
     */
    public Optional<Entity> entityNamed(String name) {
      List<String> tokens = personTokens(name);
      if (tokens.isEmpty()) {
        return Optional.empty();
      }
      for (boolean persons : new boolean[] {true, false}) {
        Entity found = null;
        boolean ambiguous = false;
        for (int e = 0; e < entities.size(); e++) {
          Entity entity = entities.get(e);
          if (isPerson(entity.type()) != persons) {
            continue;
          }
          boolean fits = persons
              ? contained(tokens, personTokens(entity.canonicalName()))
              : sameOtherName(otherTokens(name), otherTokens(entity.canonicalName()));
          if (fits) {
            ambiguous |= found != null;
            found = entity;
          }
        }
        if (found != null) {
          return ambiguous ? Optional.empty() : Optional.of(found);
        }
      }
      return Optional.empty();
    }
  }

  /** Groups {@code mentions} (one document's, in any order) into entities. */
  public static Result resolve(String docId, List<MentionSpan> mentions) {
    int n = mentions.size();
    int[] cluster = new int[n];
    List<Cluster> clusters = new ArrayList<>();
    Map<String, List<Integer>> byGroup = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      byGroup.computeIfAbsent(typeGroup(mentions.get(i).type()), k -> new ArrayList<>()).add(i);
    }
    for (Map.Entry<String, List<Integer>> g : byGroup.entrySet()) {
      if (g.getKey().equals(PERSON)) {
        resolvePersons(mentions, g.getValue(), cluster, clusters);
      } else {
        resolveOthers(mentions, g.getValue(), cluster, clusters);
      }
    }

    // Number entities by first mention in the text.
    int[] first = new int[clusters.size()];
    java.util.Arrays.fill(first, Integer.MAX_VALUE);
    int[] count = new int[clusters.size()];
    int[] firstMention = new int[clusters.size()];
    for (int i = 0; i < n; i++) {
      int c = cluster[i];
      count[c]++;
      int start = mentions.get(i).start();
      if (start < first[c] || (start == first[c] && i < firstMention[c])) {
        first[c] = start;
        firstMention[c] = i;
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int c = 0; c < clusters.size(); c++) {
      if (count[c] > 0) {
        order.add(c);
      }
    }
    order.sort(Comparator.<Integer>comparingInt(c -> first[c]).thenComparingInt(c -> firstMention[c]));
    int[] number = new int[clusters.size()];
    List<Entity> entities = new ArrayList<>(order.size());
    for (int k = 0; k < order.size(); k++) {
      int c = order.get(k);
      number[c] = k;
      entities.add(new Entity(docId + ":e" + k, clusters.get(c).canonical, majorityType(mentions, cluster, c),
          count[c], first[c]));
    }
    int[] entityOfMention = new int[n];
    for (int i = 0; i < n; i++) {
      entityOfMention[i] = number[cluster[i]];
    }
    return new Result(List.copyOf(mentions), List.copyOf(entities), entityOfMention);
  }

  // ---------------------------------------------------------------------------------------------- persons

  private static final String PERSON = "PERSON";

  /** Words before a person's name that are not part of it ("President Putin", "Mr. Shugaev"). */
  private static final Set<String> TITLES = Set.of(
      "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "madam",
      "president", "vice", "prime", "minister", "premier", "chancellor", "secretary", "general", "gen",
      "senator", "sen", "representative", "rep", "congressman", "congresswoman", "governor", "gov", "mayor",
      "councillor", "councilor", "judge", "justice", "ambassador", "king", "queen", "prince", "princess",
      "emperor", "pope", "cardinal", "bishop", "archbishop", "rev", "reverend", "rabbi",
      "imam", "sheikh", "colonel", "col", "major", "maj", "captain", "capt", "lieutenant", "lt", "sergeant",
      "sgt", "admiral", "adm", "commander", "cmdr", "marshal", "officer", "detective", "inspector", "chief",
      "deputy", "foreign", "defence", "defense", "interior", "finance", "coach", "manager", "striker",
      "midfielder", "defender", "goalkeeper", "spokesman", "spokeswoman", "spokesperson",
      "chairman", "chairwoman", "ceo", "director", "leader", "former", "late");

  private static final class Form {
    final List<String> tokens;
    final String display;
    final int firstIndex;
    int uses;

    Form(List<String> tokens, String display, int firstIndex) {
      this.tokens = tokens;
      this.display = display;
      this.firstIndex = firstIndex;
    }
  }

  private static final class Cluster {
    final List<String> tokens;
    String canonical;

    Cluster(List<String> tokens, String canonical) {
      this.tokens = tokens;
      this.canonical = canonical;
    }
  }

  private static void resolvePersons(List<MentionSpan> mentions, List<Integer> idx, int[] cluster,
      List<Cluster> clusters) {
    // Distinct names, fullest first (most tokens, then longest, then earliest).
    Map<List<String>, Form> forms = new LinkedHashMap<>();
    Map<Integer, List<String>> formOf = new HashMap<>();
    for (int i : idx) {
      String display = stripTitles(mentions.get(i).text());
      List<String> tokens = personTokens(display);
      if (tokens.isEmpty()) {
        tokens = List.of(normalise(mentions.get(i).text()));
        display = mentions.get(i).text();
      }
      String d = display;
      formOf.put(i, tokens);
      forms.computeIfAbsent(tokens, k -> new Form(k, d, i)).uses++;
    }
    // Fullest first: most tokens; among equally full names the one used most (a misspelling is rarer).
    List<Form> fullestFirst = new ArrayList<>(forms.values());
    fullestFirst.sort(Comparator.<Form>comparingInt(f -> -f.tokens.size())
        .thenComparingInt(f -> allCaps(f.display) ? 1 : 0)
        .thenComparingInt(f -> -f.uses)
        .thenComparingInt(f -> -f.display.length())
        .thenComparingInt(f -> mentions.get(f.firstIndex).start()));

    int base = clusters.size();
    Map<List<String>, Integer> clusterOfForm = new HashMap<>();
    Map<List<String>, List<Integer>> ambiguous = new HashMap<>();
    for (Form f : fullestFirst) {
      List<Integer> fits = new ArrayList<>();
      for (int c = base; c < clusters.size(); c++) {
        if (contained(f.tokens, clusters.get(c).tokens)) {
          fits.add(c);
        }
      }
      if (fits.isEmpty()) {
        clusters.add(new Cluster(f.tokens, f.display));
        clusterOfForm.put(f.tokens, clusters.size() - 1);
      } else if (fits.size() == 1) {
        clusterOfForm.put(f.tokens, fits.get(0));
      } else {
        ambiguous.put(f.tokens, fits);
      }
    }
    // Unambiguous mentions first, so ambiguous ones can look at their neighbours.
    List<Integer> pending = new ArrayList<>();
    for (int i : idx) {
      Integer c = clusterOfForm.get(formOf.get(i));
      if (c != null) {
        cluster[i] = c;
      } else {
        pending.add(i);
      }
    }
    for (int i : pending) {
      List<Integer> fits = ambiguous.get(formOf.get(i));
      cluster[i] = nearestCandidate(mentions, idx, cluster, clusterOfForm, formOf, fits, i);
    }
  }

  /** The candidate cluster mentioned most recently before mention i, else the first one after it. */
  private static int nearestCandidate(List<MentionSpan> mentions, List<Integer> idx, int[] cluster,
      Map<List<String>, Integer> clusterOfForm, Map<Integer, List<String>> formOf, List<Integer> fits, int i) {
    int start = mentions.get(i).start();
    int before = -1;
    int beforeStart = Integer.MIN_VALUE;
    int after = -1;
    int afterStart = Integer.MAX_VALUE;
    for (int j : idx) {
      if (j == i || !clusterOfForm.containsKey(formOf.get(j))) {
        continue;
      }
      int c = cluster[j];
      if (!fits.contains(c)) {
        continue;
      }
      int s = mentions.get(j).start();
      if (s < start && s > beforeStart) {
        before = c;
        beforeStart = s;
      } else if (s > start && s < afterStart) {
        after = c;
        afterStart = s;
      }
    }
    return before >= 0 ? before : after >= 0 ? after : fits.get(0);
  }

  /** Each token of {@code shorter} matches a different token of {@code fuller}. */
  static boolean contained(List<String> shorter, List<String> fuller) {
    if (shorter.isEmpty() || shorter.size() > fuller.size()) {
      return false;
    }
    boolean[] used = new boolean[fuller.size()];
    boolean fullWordMatched = false;
    for (String s : shorter) {
      int found = -1;
      // Prefer an exact match, then a spelling variant, then an initial.
      for (int pass = 0; pass < 3 && found < 0; pass++) {
        for (int k = 0; k < fuller.size() && found < 0; k++) {
          if (!used[k] && tokenMatch(s, fuller.get(k), pass)) {
            found = k;
          }
        }
      }
      if (found < 0) {
        return false;
      }
      used[found] = true;
      fullWordMatched |= s.length() > 1 && fuller.get(found).length() > 1;
    }
    // Initials alone ("J.") never identify a person.
    return fullWordMatched;
  }

  /** pass 0: equal; 1: small spelling variant; 2: one is the other's initial. */
  private static boolean tokenMatch(String a, String b, int pass) {
    return switch (pass) {
      case 0 -> a.equals(b);
      case 1 -> spellingVariant(a, b, true);
      default -> (a.length() == 1 && b.startsWith(a)) || (b.length() == 1 && a.startsWith(b));
    };
  }

  /**
   * Small spelling variants: same first letter, neither a prefix of the other ("Russia"/"Russian",
   * "Alexandrov"/"Alexandrova" are different words), and Damerau-Levenshtein distance 1. Person name tokens
   * need four letters (two edits allowed when both have eight or more); other names five, one edit only
   * ("Iran"/"Iraq", "Austria"/"Australia" stay apart).
   */
  static boolean spellingVariant(String a, String b, boolean personToken) {
    if (a.equals(b)) {
      return true;
    }
    int min = Math.min(a.length(), b.length());
    int max = Math.max(a.length(), b.length());
    if (min < (personToken ? 4 : 5) || a.charAt(0) != b.charAt(0) || a.startsWith(b) || b.startsWith(a)) {
      return false;
    }
    int allowed = personToken && min >= 8 ? 2 : 1;
    return max - min <= allowed && distance(a, b) <= allowed;
  }

  /** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  /** The name without leading titles and a trailing possessive, as written (one token at least). */
  static String stripTitles(String name) {
    String s = stripPossessive(name.strip());
    String[] words = s.split("\\s+");
    int from = 0;
    while (from < words.length - 1 && TITLES.contains(normalise(words[from]))) {
      from++;
    }
    return String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
  }

  static List<String> personTokens(String name) {
    List<String> out = new ArrayList<>();
    for (String w : stripTitles(name).split("[\\s\\-]+")) {
      String t = normalise(w);
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  // ------------------------------------------------------------------------------------------ other types

  /** Legal-form words that may follow an organisation's name without making it another organisation. */
  private static final Set<String> LEGAL_FORMS = Set.of("inc", "incorporated", "corp", "corporation", "co",
      "company", "ltd", "limited", "llc", "llp", "plc", "ag", "sa", "se", "nv", "bv", "gmbh", "spa", "ab", "as",
      "asa", "oy", "pjsc", "ojsc", "jsc", "oao", "ooo", "pao", "kk", "pty", "group", "holding", "holdings");

  private static void resolveOthers(List<MentionSpan> mentions, List<Integer> idx, int[] cluster,
      List<Cluster> clusters) {
    int base = clusters.size();
    // Fullest first, so a short form joins the fuller name's entity.
    List<Integer> order = new ArrayList<>(idx);
    order.sort(Comparator.<Integer>comparingInt(i -> -otherTokens(mentions.get(i).text()).size())
        .thenComparingInt(i -> allCaps(mentions.get(i).text()) ? 1 : 0)
        .thenComparingInt(i -> -mentions.get(i).text().length())
        .thenComparingInt(i -> mentions.get(i).start()));
    for (int i : order) {
      String text = stripPossessive(mentions.get(i).text().strip());
      List<String> tokens = otherTokens(text);
      int found = -1;
      for (int c = base; c < clusters.size() && found < 0; c++) {
        if (sameOtherName(tokens, clusters.get(c).tokens)) {
          found = c;
        }
      }
      if (found < 0) {
        clusters.add(new Cluster(tokens, text));
        found = clusters.size() - 1;
      }
      cluster[i] = found;
    }
  }

  /** Equal, a small spelling variant as a whole, or equal up to trailing legal-form words. */
  static boolean sameOtherName(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    if (a.equals(b)) {
      return true;
    }
    List<String> ca = withoutLegalForm(a);
    List<String> cb = withoutLegalForm(b);
    if (!ca.isEmpty() && ca.equals(cb)) {
      return true;
    }
    return spellingVariant(String.join(" ", a), String.join(" ", b), false);
  }

  static List<String> withoutLegalForm(List<String> tokens) {
    int end = tokens.size();
    while (end > 1 && LEGAL_FORMS.contains(tokens.get(end - 1))) {
      end--;
    }
    return tokens.subList(0, end);
  }

  static List<String> otherTokens(String name) {
    List<String> out = new ArrayList<>();
    String[] words = stripPossessive(name.strip()).split("\\s+");
    for (int i = 0; i < words.length; i++) {
      String t = normalise(words[i]);
      if (t.isEmpty() || (i == 0 && t.equals("the") && words.length > 1)) {
        continue;
      }
      out.add(t);
    }
    return out;
  }

  // --------------------------------------------------------------------------------------------- helpers

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern POSSESSIVE = Pattern.compile("(?:['’]s|['’])$", Pattern.CASE_INSENSITIVE);

  private static String stripPossessive(String s) {
    return POSSESSIVE.matcher(s).replaceFirst("").strip();
  }

  /** Lower case, accents and periods removed, only letters and digits kept. */
  static String normalise(String word) {
    String s = MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("");
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(Character.toLowerCase(c));
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  /** A headline-style name in capitals ("HANOVER"); the mixed-case spelling is preferred as canonical. */
  private static boolean allCaps(String s) {
    boolean letters = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letters |= Character.isLetter(c);
    }
    return letters && s.codePoints().filter(Character::isLetter).count() > 1;
  }

  private static final Set<String> LOCATION_TYPES = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");

  static String typeGroup(String type) {
    return LOCATION_TYPES.contains(type) ? "LOCATION" : type;
  }

  private static boolean isPerson(@Nullable String type) {
    return PERSON.equals(type);
  }

  /** The type most of the entity's mentions have (the earliest mention's type on a tie). */
  private static String majorityType(List<MentionSpan> mentions, int[] cluster, int c) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    MentionSpan earliest = null;
    for (int i = 0; i < mentions.size(); i++) {
      if (cluster[i] == c) {
        counts.merge(mentions.get(i).type(), 1, Integer::sum);
        if (earliest == null || mentions.get(i).start() < earliest.start()) {
          earliest = mentions.get(i);
        }
      }
    }
    String best = earliest.type();
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > counts.get(best)) {
        best = e.getKey();
      }
    }
    return best;
  }

  private EntityResolver() {}
}
