package dev.newsnlp.annotate.ner;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.EntityMentionsAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * Document-level consistency for person names, run right after {@code ner} (configured with
 * {@code ner.buildEntityMentions=false}); it then builds the entity mentions itself, as {@code ner} would.
 *
 * <p>CoreNLP's CRF labels each sentence on its own, so a person named in full once ("Prime Minister John
 * Major") is often missed or mistyped when only the surname comes back later ("Major told parliament",
 * "Cairns 8-1-35-1" typed ORGANIZATION). Two rules, within one document:
 *
 * <ul>
 *   <li>{@code surname}: a capitalised proper-noun token the CRF left untagged that equals the last word of
 *       a person named with two or more words in the same document becomes PERSON. A proper noun is judged
 *       by its POS tag when the chain has one (NNP, NNPS), else by position: inside a sentence a capitalised
 *       word counts; at a sentence start only when the word never appears in lower case in the document.
 *       It is skipped when an untagged capitalised word stands next to it ("Major League").
 *   <li>{@code retype}: a one-word mention typed ORGANIZATION, LOCATION or MISC that equals such a surname
 *       becomes PERSON.
 *   <li>{@code headline}: in a headline written in title case (the document's first sentence, most of its
 *       words capitalised, not in capitals), a mention whose words never come back capitalised in that order
 *       later in the document, and half or more of whose words the document writes in lower case elsewhere,
 *       is no name ("Residents Told to <i>Boil Water After Contamination Found</i>", typed ORGANIZATION):
 *       the CRF reads capitals as names, and title case puts them on every word.
 * </ul>
 *
 * Before them, {@link OrganizationCues} (rules {@code citation}, {@code byline}, {@code union}, {@code site}) retypes as
 * ORGANIZATION the names the document shows to be organisations: outlets cited as sources, the page's own
 * site, trade unions.
 *
 * <p>A token whose tag a rule sets gets label probability -1 (CoreNLP's "unknown"), so its mention carries no
 * confidence: entity_mentions.confidence is only reported when the CRF chose the label itself.
 *
 * <p>Registered as CoreNLP custom annotator {@value #NAME}; property {@code newsnlp_names.rules} picks the
 * rules (default {@value #DEFAULT_RULES}). Other rules were measured and left out (docs/NER.md): spreading
 * multi-word names to untagged repeats, one type per identical string, name particles.
 */
public final class NameConsistencyAnnotator implements Annotator {
  public static final String NAME = "newsnlp_names";
  public static final String DEFAULT_RULES = "citation,byline,union,site,surname,retype,headline";

  private static final String O = "O";
  private static final String PERSON = "PERSON";
  /** Words that end a person name without being the surname. */
  private static final Set<String> NOT_SURNAMES = Set.of("Jr", "Sr", "II", "III", "IV");

  private final boolean surnameRule;
  private final boolean retypeRule;
  private final boolean headlineRule;
  private final EntityMentionsAnnotator mentions;
  private final OrganizationCues organizationCues;

  public NameConsistencyAnnotator(String name, Properties props) {
    Set<String> rules = Set.of(props.getProperty(name + ".rules", DEFAULT_RULES).split("\\s*,\\s*"));
    this.surnameRule = rules.contains("surname");
    this.retypeRule = rules.contains("retype");
    this.headlineRule = rules.contains("headline");
    this.organizationCues = new OrganizationCues(rules);
    this.mentions = new EntityMentionsAnnotator("ner.entitymentions", props);
  }

  @Override
  public void annotate(Annotation doc) {
    applyRules(doc);
    mentions.annotate(doc);
  }

  private void applyRules(Annotation doc) {
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null || sentences.isEmpty()) {
      return;
    }
    List<List<CoreLabel>> sents = new ArrayList<>(sentences.size());
    for (CoreMap s : sentences) {
      sents.add(s.get(CoreAnnotations.TokensAnnotation.class));
    }
    if (organizationCues.any()) {
      organizationCues.apply(sents, doc.get(OrganizationCues.SiteAnnotation.class), NameConsistencyAnnotator::relabel);
    }
    if (headlineRule) {
      untagTitleCaseWords(sents);
    }
    Set<String> surnames = new HashSet<>();
    List<CoreLabel> singleTokenMentions = new ArrayList<>();
    for (List<CoreLabel> s : sents) {
      TagRuns.each(s, (i, j, tag) -> {
        if (j - i == 1) {
          singleTokenMentions.add(s.get(i));
        } else if (tag.equals(PERSON)) {
          String last = s.get(j - 1).word();
          if (looksLikeName(last) && !NOT_SURNAMES.contains(last)) {
            surnames.add(last);
          }
        }
      });
    }
    if (surnames.isEmpty()) {
      return;
    }
    if (retypeRule) {
      for (CoreLabel t : singleTokenMentions) {
        if (!PERSON.equals(t.ner()) && NAME_TYPES.contains(t.ner()) && surnames.contains(t.word())) {
          relabel(t, PERSON);
        }
      }
    }
    if (surnameRule) {
      Set<String> lowerCaseWords = lowerCaseWords(sents);
      for (List<CoreLabel> s : sents) {
        for (int i = 0; i < s.size(); i++) {
          CoreLabel t = s.get(i);
          if (!isO(t) || !surnames.contains(t.word()) || !properNoun(t, i, lowerCaseWords)) {
            continue;
          }
          boolean unknownNameBefore = i > 1 && isO(s.get(i - 1)) && capitalised(s.get(i - 1).word());
          boolean unknownNameAfter = i + 1 < s.size() && isO(s.get(i + 1)) && capitalised(s.get(i + 1).word());
          if (!unknownNameBefore && !unknownNameAfter) {
            relabel(t, PERSON);
          }
        }
      }
    }
  }

  /** The {@code headline} rule: the first sentence's mentions that are title case, not names. */
  static void untagTitleCaseWords(List<List<CoreLabel>> sents) {
    if (sents.size() < 2 || !titleCase(sents.get(0))) {
      return;
    }
    List<List<CoreLabel>> rest = sents.subList(1, sents.size());
    Set<String> lowerElsewhere = lowerCaseWords(rest);
    StringBuilder elsewhere = new StringBuilder(" ");
    for (List<CoreLabel> s : rest) {
      for (CoreLabel t : s) {
        elsewhere.append(t.word()).append(' ');
      }
    }
    List<CoreLabel> head = sents.get(0);
    TagRuns.each(head, (i, j, tag) -> {
      StringBuilder phrase = new StringBuilder(" ");
      int lower = 0;
      for (int k = i; k < j; k++) {
        String w = head.get(k).word();
        phrase.append(w).append(' ');
        if (lowerElsewhere.contains(w.toLowerCase(Locale.ROOT))) {
          lower++;
        }
      }
      if (elsewhere.indexOf(phrase.toString()) < 0 && lower * 2 >= j - i) {
        for (int k = i; k < j; k++) {
          relabel(head.get(k), O);
        }
      }
    });
  }

  /** The words the sentences write starting in lower case. */
  private static Set<String> lowerCaseWords(List<List<CoreLabel>> sents) {
    Set<String> words = new HashSet<>();
    for (List<CoreLabel> s : sents) {
      for (CoreLabel t : s) {
        String w = t.word();
        if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
          words.add(w);
        }
      }
    }
    return words;
  }

  /** Four or more words, three in four of them capitalised, under a third in capitals (not a CAPS headline). */
  private static boolean titleCase(List<CoreLabel> sentence) {
    int words = 0;
    int capitalised = 0;
    int caps = 0;
    for (CoreLabel t : sentence) {
      String w = t.word();
      if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
        continue;
      }
      words++;
      if (Character.isUpperCase(w.charAt(0))) {
        capitalised++;
        if (w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT))) {
          caps++;
        }
      }
    }
    return words >= 4 && capitalised * 4 >= words * 3 && caps * 3 < words;
  }

  /** Coarse name types a surname may have been mistaken for. */
  private static final Set<String> NAME_TYPES = Set.of("ORGANIZATION", "LOCATION", "MISC", "CITY", "COUNTRY",
      "STATE_OR_PROVINCE", "NATIONALITY");

  private static boolean properNoun(CoreLabel t, int index, Set<String> lowerCaseWords) {
    String pos = t.tag();
    if (pos != null) {
      return pos.startsWith("NNP");
    }
    return index > 0 || !lowerCaseWords.contains(t.word().toLowerCase(Locale.ROOT));
  }

  private static void relabel(CoreLabel t, String tag) {
    t.setNER(tag);
    HashMap<String, Double> probs = new HashMap<>();
    probs.put(tag, -1.0);
    t.set(CoreAnnotations.NamedEntityTagProbsAnnotation.class, probs);
    t.set(CoreAnnotations.CoarseNamedEntityTagAnnotation.class, tag);
    t.remove(CoreAnnotations.FineGrainedNamedEntityTagAnnotation.class);
  }

  private static boolean isO(CoreLabel t) {
    return t.ner() == null || O.equals(t.ner());
  }

  private static boolean capitalised(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }

  /** A surname-like word: capitalised, letters (hyphens, apostrophes) only, two letters or more, not all caps. */
  static boolean looksLikeName(String w) {
    if (w.length() < 2 || !Character.isUpperCase(w.charAt(0))) {
      return false;
    }
    boolean lower = false;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '’') {
        return false;
      }
      lower |= Character.isLowerCase(c);
    }
    return lower;
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class,
        CoreAnnotations.NamedEntityTagAnnotation.class);
  }

  /** What {@code ner} provides when it builds the mentions itself (coref and quotes require these). */
  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(CoreAnnotations.MentionsAnnotation.class, CoreAnnotations.EntityTypeAnnotation.class,
        CoreAnnotations.EntityMentionIndexAnnotation.class);
  }
}
