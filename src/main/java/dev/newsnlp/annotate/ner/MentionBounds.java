package dev.newsnlp.annotate.ner;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which tokens of a CoreNLP entity mention are the name: a mention made only of pronouns and determiners is
 * not a mention, and a mention never starts or ends with punctuation or ends with a possessive ("Putin's"
 * gives "Putin").
 */
public final class MentionBounds {
  /** POS tags of words that are never entity mentions (CoreNLP adds "he", "his" as PERSON for coref). */
  private static final Set<String> PRONOUN_TAGS = Set.of("PRP", "PRP$", "WP", "WP$", "DT", "EX");

  /** The same words by spelling, for chains without a POS tagger (and CRF slips such as "He" as PERSON). */
  private static final Set<String> FUNCTION_WORDS = Set.of(
      "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "you", "your", "yours",
      "yourself", "yourselves", "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its",
      "itself", "they", "them", "their", "theirs", "themselves", "who", "whom", "whose", "which", "what",
      "this", "that", "these", "those", "the", "a", "an");

  private static final Set<String> POSSESSIVES = Set.of("'s", "'", "’s", "’", "s'", "'S", "’S");

  /**
   * The name part of a mention's tokens as {@code [from, to)} token indexes, or null when nothing of it is a
   * name: every token a pronoun, determiner or punctuation, or untagged (CoreNLP's pronoun mentions are O).
   * A leading determiner stays ("The Hague"); only whole-mention pronouns and determiners are dropped.
   */
  public static int[] nameTokens(List<CoreLabel> tokens) {
    int from = 0;
    int to = tokens.size();
    while (from < to && noLetterOrDigit(tokens.get(from))) {
      from++;
    }
    while (to > from && (noLetterOrDigit(tokens.get(to - 1)) || isPossessive(tokens.get(to - 1)))) {
      to--;
    }
    if (from == to) {
      return null;
    }
    boolean named = false;
    for (int i = from; i < to && !named; i++) {
      CoreLabel t = tokens.get(i);
      named = t.ner() != null && !t.ner().equals("O") && !isFunctionWord(t);
    }
    return named ? new int[] {from, to} : null;
  }

  static boolean isFunctionWord(CoreLabel t) {
    String tag = t.tag();
    if (tag != null && PRONOUN_TAGS.contains(tag)) {
      return true;
    }
    return FUNCTION_WORDS.contains(text(t).toLowerCase(Locale.ROOT));
  }

  private static boolean isPossessive(CoreLabel t) {
    return "POS".equals(t.tag()) || POSSESSIVES.contains(text(t));
  }

  private static boolean noLetterOrDigit(CoreLabel t) {
    String w = text(t);
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLetterOrDigit(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static String text(CoreLabel t) {
    return t.originalText() != null ? t.originalText() : t.word();
  }

  private MentionBounds() {}
}
