package dev.newsnlp.annotate.quotes;

import java.util.Locale;
import java.util.Set;

/**
 * Word classes of a document's tokens from their POS, lemma and NER tags and the word lists of {@link QuoteWords}:
 * nouns, modifiers, pronouns, auxiliaries, speech verbs, names.
 */
public final class Grammar {
  /** NER types that make a token part of a name (TITLE only modifies one: "Senator"). */
  private static final Set<String> NAMED_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "COUNTRY", "CITY",
      "STATE_OR_PROVINCE", "MISC", "NATIONALITY", "RELIGION", "IDEOLOGY", "TITLE");

  /** Words opening a subordinate clause ("When Lee said …, Patel replied"). */
  private static final Set<String> SUBORDINATORS = Set.of("when", "after", "before", "while", "as", "once", "if",
      "although", "though", "because", "since", "until", "whenever");

  private final QuoteDocument doc;

  Grammar(QuoteDocument doc) {
    this.doc = doc;
  }

  private String pos(int i) {
    return doc.token(i).pos();
  }

  /** A named-entity type that names someone or something (not a TITLE). */
  public static boolean isEntityType(String type) {
    return NAMED_TYPES.contains(type) && !type.equals("TITLE");
  }

  /** "officials" → "official": the person-noun lists hold singulars. */
  public static String stripPlural(String noun) {
    return noun.endsWith("s") ? noun.substring(0, noun.length() - 1) : noun;
  }

  public boolean isNer(int i) {
    return NAMED_TYPES.contains(doc.token(i).ner());
  }

  public boolean isNoun(int i) {
    String pos = pos(i);
    return pos.startsWith("NN") || (pos.equals("CD") && isNer(i))
        || (isEntityType(doc.token(i).ner()) && Character.isUpperCase(doc.token(i).word().charAt(0)));
  }

  public boolean isCapitalNoun(int i) {
    String w = doc.token(i).word();
    return isNoun(i) && !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }

  public boolean isModifier(int i) {
    String pos = pos(i);
    return pos.equals("DT") || pos.equals("PRP$") || pos.startsWith("JJ") || pos.equals("POS") || pos.equals("NNP")
        || pos.equals("CD") || pos.equals("HYPH") || pos.equals("VBN") && isNer(i) || pos.equals("NNPS");
  }

  public boolean isPronoun(int i) {
    return pos(i).equals("PRP") && QuoteWords.PRONOUNS.contains(doc.lower(i));
  }

  public boolean isTemporal(int i) {
    String ner = doc.token(i).ner();
    return QuoteWords.TEMPORAL_NOUNS.contains(doc.lower(i)) || ner.equals("DATE") || ner.equals("TIME")
        || ner.equals("DURATION") || ner.equals("SET");
  }

  /** An auxiliary, modal or adverb between a subject and its verb. */
  public boolean isAux(int i) {
    String pos = pos(i);
    return QuoteWords.AUXILIARIES.contains(doc.lower(i)) || pos.equals("RB") && !doc.lower(i).equals("according")
        || pos.equals("MD");
  }

  /** The first token at or after i that is not an auxiliary, at most w1. */
  public int skipAux(int i, int w1) {
    while (i < w1 && isAux(i)) {
      i++;
    }
    return i;
  }

  public boolean hasVerb(int from, int to) {
    for (int i = from; i < to; i++) {
      if (pos(i).startsWith("VB")) {
        return true;
      }
    }
    return false;
  }

  /** A description of a speaker without a name: a person or organisation noun, or a TITLE ("the mayor"). */
  public boolean isRoleNoun(int i) {
    String w = doc.lower(i);
    return QuoteWords.PERSON_NOUNS.contains(w) || QuoteWords.PERSON_NOUNS.contains(stripPlural(w))
        || QuoteWords.ORGANISATION_NOUNS.contains(w) || doc.token(i).ner().equals("TITLE");
  }

  /** Whether the phrase holds a name (TITLE words do not count). */
  public boolean hasName(NounPhrase np) {
    for (int i = np.start(); i < np.end(); i++) {
      if (isNer(i) && !doc.token(i).ner().equals("TITLE")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the phrase ends in a name ("the mayor's lawyer, Ann Lee"). */
  public boolean namedHead(NounPhrase np) {
    return isEntityType(doc.token(np.end() - 1).ner());
  }

  /** A phrase that names its speaker or is a pronoun: what a speaker found far from its verb must be. */
  public boolean isNameOrPronoun(NounPhrase np) {
    return hasName(np) || isPronoun(np.start());
  }

  /**
   * Whether token i is a verb of speech. {@code weakOk} admits verbs that only sometimes report speech
   * ("called it …", "continued"), as in a sentence with the quote right there.
   */
  public boolean isSpeechVerb(int i, boolean weakOk) {
    QuoteToken t = doc.token(i);
    String pos = t.pos();
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    boolean lowerCase = Character.isLowerCase(t.word().charAt(0));
    if (QuoteWords.SPEECH_FORMS.contains(doc.lower(i))
        && (pos.startsWith("VB") || pos.startsWith("NN") && lowerCase && t.ner().equals("O"))) {
      return true;
    }
    if (!pos.startsWith("VB") || !QuoteWords.SPEECH_LEMMAS.contains(lemma)) {
      return false;
    }
    if (pos.equals("VBN") && i > 0 && !QuoteWords.AUXILIARIES.contains(doc.lower(i - 1))
        && QuoteWords.NAMING_LEMMAS.contains(lemma)) {
      return false; // "a group called “Ready”": naming, not speech
    }
    if (!QuoteWords.WEAK_SPEECH_LEMMAS.contains(lemma)) {
      return true;
    }
    // "as thousands began voting", "continued pushing": an aspect verb before a participle, not speech
    boolean beforeVerb = i + 1 < doc.size() && doc.token(i + 1).pos().equals("VBG");
    return weakOk && !beforeVerb;
  }

  /** The lemma of a reporting verb proper ("say", "tell"), which governs a speech verb embedded after it. */
  public boolean hasCoreSpeechLemma(int i) {
    return QuoteWords.CORE_SPEECH_LEMMAS.contains(doc.token(i).lemma().toLowerCase(Locale.ROOT));
  }

  public boolean isParticiple(int i) {
    return pos(i).equals("VBG");
  }

  public boolean isSubordinator(int i) {
    return SUBORDINATORS.contains(doc.lower(i));
  }
}
