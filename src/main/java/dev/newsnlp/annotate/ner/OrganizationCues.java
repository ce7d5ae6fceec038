package dev.newsnlp.annotate.ner;

import dev.newsnlp.clean.evidence.LineEvidence;
import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreLabel;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Names the CRF tags as a place (or, for the page's own site, as anything) that the document itself shows to
 * be an organisation: a news outlet cited as a source, the publication the page belongs to, a trade union.
 * Rules on token tags, per document, before mentions are built; every mention of the same text in the
 * document then becomes ORGANIZATION too (one sense per document).
 *
 * <ul>
 *   <li>{@code citation}: a LOCATION or MISC name in a phrase that cites a source: right after "told",
 *       "according to", "reported by", "quoted by", "cited by", "in an interview with" (a "the" between
 *       them allowed: "told the Guardian"), or right before "reported", "reports", "wrote", "writes" (or
 *       "has/had reported") when the name follows "the" ("the Bay Courier reported"). A person is never
 *       changed by this rule ("told Smith").
 *   <li>{@code byline}: a LOCATION or MISC name that ends a byline after its author, the credit of the
 *       outlet ("By Ruth Adeyemi, East Wire", "By Ruth Adeyemi for the Bay Courier"): a sentence (a line,
 *       as newlines end sentences) that starts with "By", then one or more people, then "," or "for", then the name.
 *   <li>{@code union}: a LOCATION name right before "union" ("the United Steelworkers union").
 *   <li>{@code site}: any name whose letters, with or without a leading "the", are the page's site name as
 *       its URL spells it ("Bay Courier", "The Bay Courier" on {@code baycourier.example}); the site is
 *       documents.site, passed in as {@link SiteAnnotation}.
 * </ul>
 */
public final class OrganizationCues {
  /** The page's site (documents.site: the URL's host without "www."), set on the Annotation before NER. */
  public static final class SiteAnnotation implements CoreAnnotation<String> {
    @Override
    public Class<String> getType() {
      return String.class;
    }
  }

  static final String ORGANIZATION = "ORGANIZATION";
  private static final Set<String> PLACE_OR_MISC = Set.of("LOCATION", "MISC");
  private static final Set<String> NAME_TYPES = Set.of("PERSON", "LOCATION", "MISC", ORGANIZATION);
  /** Words before a cited source (the last one or two words before the name, a "the" skipped). */
  private static final Set<String> CITED_AFTER_ONE = Set.of("told");
  private static final Set<String> CITED_AFTER_TWO = Set.of("according to", "reported by", "quoted by", "cited by",
      "interview with");
  /** Words after a cited source. */
  private static final Set<String> CITING_VERBS = Set.of("reported", "reports", "wrote", "writes");
  private static final Set<String> AUXILIARIES = Set.of("has", "had");
  /** Host labels that are no site name ("m.example.com", "edition.example.com"). */
  private static final Set<String> HOST_PREFIXES = Set.of("m", "amp", "mobile", "edition", "en", "www2");

  private final boolean citation;
  private final boolean union;
  private final boolean byline;
  private final boolean site;

  OrganizationCues(Set<String> rules) {
    this.citation = rules.contains("citation");
    this.union = rules.contains("union");
    this.byline = rules.contains("byline");
    this.site = rules.contains("site");
  }

  boolean any() {
    return citation || union || byline || site;
  }

  /** Applies the rules to a document's sentences; {@code relabel} sets a token's new tag. */
  void apply(List<List<CoreLabel>> sents, @Nullable String pageSite, BiConsumer<CoreLabel, String> relabel) {
    String siteName = site ? siteName(pageSite) : null;
    List<Span> spans = new ArrayList<>();
    for (List<CoreLabel> s : sents) {
      TagRuns.each(s, (i, j, tag) -> {
        if (NAME_TYPES.contains(tag)) {
          spans.add(new Span(s, i, j, tag));
        }
      });
    }
    Set<String> organisations = new HashSet<>();
    for (Span m : spans) {
      boolean placeOrMisc = PLACE_OR_MISC.contains(m.tag);
      if (citation && placeOrMisc && cited(m) && !modifiesNoun(m)
          || byline && placeOrMisc && credited(m)
          || union && m.tag.equals("LOCATION") && "union".equals(word(m.s, m.to))
          || siteName != null && isSite(m, siteName)) {
        organisations.add(m.text());
      }
    }
    if (organisations.isEmpty()) {
      return;
    }
    for (Span m : spans) {
      if (!m.tag.equals(ORGANIZATION) && organisations.contains(m.text())
          && (PLACE_OR_MISC.contains(m.tag) || siteName != null && isSite(m, siteName))) {
        for (int k = m.from; k < m.to; k++) {
          relabel.accept(m.s.get(k), ORGANIZATION);
        }
      }
    }
  }

  private static boolean cited(Span m) {
    int before = m.from;
    boolean the = "the".equals(word(m.s, before - 1));
    if (the) {
      before--;
    }
    if (CITED_AFTER_ONE.contains(word(m.s, before - 1))
        || CITED_AFTER_TWO.contains(word(m.s, before - 2) + " " + word(m.s, before - 1))) {
      return true;
    }
    boolean startsWithThe = the || "the".equals(word(m.s, m.from));
    int after = m.to;
    if (AUXILIARIES.contains(word(m.s, after))) {
      after++;
    }
    return startsWithThe && CITING_VERBS.contains(word(m.s, after));
  }

  /**
   * Whether the name stands before a noun of its phrase ("according to the Jordanian government", "told
   * Syrian state media"): then the cited source is the noun's, not the name's. A name followed by a function
   * word ("told Reuters on Monday"), punctuation or nothing is the source itself.
   */
  private static boolean modifiesNoun(Span m) {
    if (m.to >= m.s.size()) {
      return false;
    }
    String next = m.s.get(m.to).word();
    return !next.isEmpty() && Character.isLowerCase(next.charAt(0)) && next.chars().allMatch(Character::isLetter)
        && !ENGLISH_FUNCTION_WORDS.contains(next);
  }

  private static final Set<String> ENGLISH_FUNCTION_WORDS = LineEvidence.stopWords("en");

  /** The name ends its sentence and follows "By PERSON," or "By PERSON for (the)". */
  private static boolean credited(Span m) {
    int end = m.to;
    while (end < m.s.size() && !Character.isLetterOrDigit(m.s.get(end).word().charAt(0))) {
      end++;
    }
    if (end < m.s.size() || !"by".equals(word(m.s, 0))) {
      return false;
    }
    int before = m.from;
    if ("the".equals(word(m.s, before - 1))) {
      before--;
    }
    String link = word(m.s, before - 1);
    if (!link.equals(",") && !link.equals("for")) {
      return false;
    }
    for (int k = 1; k < before - 1; k++) {
      String w = word(m.s, k);
      if (!"PERSON".equals(m.s.get(k).ner()) && !w.equals("and") && !w.equals(",")) {
        return false;
      }
    }
    return before - 1 > 1;
  }

  private static boolean isSite(Span m, String siteName) {
    String letters = fold(m.text());
    return letters.equals(siteName) || ("the" + letters).equals(siteName);
  }

  /** The site's name as its host spells it: the first label that is not a mobile or edition prefix. */
  public static @Nullable String siteName(@Nullable String site) {
    if (site == null || site.isBlank()) {
      return null;
    }
    String[] labels = site.toLowerCase(Locale.ROOT).split("\\.");
    int i = 0;
    while (i < labels.length - 2 && HOST_PREFIXES.contains(labels[i])) {
      i++;
    }
    String name = fold(labels[i]);
    // Too short to tell a name by ("ft", "ap"): such sites are left to the other rules.
    return name.length() >= 4 ? name : null;
  }

  /** Lower-case letters and digits only, accents removed ("The Bay-Courier" → "thebaycourier"). */
  public static String fold(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.append(Character.toLowerCase(c));
      }
    }
    return out.toString();
  }

  /** The lower-cased word at {@code i}, or "" outside the sentence. */
  private static String word(List<CoreLabel> s, int i) {
    return i >= 0 && i < s.size() ? s.get(i).word().toLowerCase(Locale.ROOT) : "";
  }

  private record Span(List<CoreLabel> s, int from, int to, String tag) {
    String text() {
      StringBuilder b = new StringBuilder();
      for (int k = from; k < to; k++) {
        b.append(k > from ? " " : "").append(s.get(k).word());
      }
      return b.toString();
    }
  }
}
