package dev.newsnlp.annotate.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Quoted speech or a quoted name: which quotes are {@code speech} and which are {@code title_or_term} (a
 * film, show or book title, a nickname, a slogan on a cap, a term in scare quotes), from the words inside the
 * marks and the words right around them, before any speaker is looked for. Nobody says a title, so a
 * title_or_term quote gets no speaker (and gives none to its neighbours). The evidence, in order:
 *
 * <ol>
 *   <li>A part of a multi-paragraph quote, or a quote of more than {@link #MAX_TERM_WORDS} words, is speech.
 *   <li>A sentence inside the marks (".", "?", "!", ";" or ":" before more words) is speech.
 *   <li><b>Title</b>: every word capitalised (small words such as "of", "the" aside), not at the start of its
 *       sentence, right after a possessive ("NBC's “Meet the Press”"), a preposition ("on “Face the Nation”"),
 *       a determiner ("the “Gang of Eight”") or a noun that names works ("the film “Frozen”";
 *       {@code title-nouns.txt}).
 *   <li><b>Modifier</b>: capitalised quoted words that modify the common noun right after them ("a “Make
 *       America Great Again” cap", "the “Remain” campaign"), with no punctuation inside.
 *   <li><b>No words</b>: at most one letter or digit inside the marks ("a grade “A”", "“—”").
 * </ol>
 *
 * Everything else is speech. Lower-case words in quotation marks stay speech even when they look like scare
 * quotes ("hammered the “disgusting” media", "called the plan “a disaster”"): in news they are nearly always
 * someone's words inside a report of what they said, and PolNeAR's annotators count them (on DEV, making
 * lower-case modifiers terms lost 34 annotated quotes for 15 unannotated ones). The same holds for names after
 * a naming verb ("a book called “Women Who Work”", 7 to 2). A short quote no sieve finds a speaker for is
 * a title_or_term row too (NewsQuoteAttributor).
 */
public final class QuoteKinds {
  /** Titles, names and terms are short; a longer quote is speech whatever its context. */
  static final int MAX_TERM_WORDS = 6;
  /** Tokens of such a quote, marks and punctuation included: past this, no need to count its words. */
  private static final int MAX_TERM_TOKENS = 3 * MAX_TERM_WORDS;

  /** Words a title leaves in lower case ("Meet the Press", "Citizen of the Year"). */
  private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "of", "and", "or", "in", "on", "at",
      "to", "for", "from", "by", "with", "de", "la", "le", "du", "von", "van", "vs", "vs.", "&", "n'", "'n'");

  /**
   * Prepositions before a title ("on “This Week”", "in “Star Wars”"). Not "that", "as", "like", "if" and the
   * like: they introduce clauses and comparisons, where a quote is said ("said that “We will win”").
   */
  private static final Set<String> TITLE_PREPOSITIONS = Set.of("on", "in", "of", "for", "from", "about", "at",
      "with", "into", "during", "by", "under", "via", "through", "over", "onto", "inside", "starring");

  private final QuoteDocument doc;

  QuoteKinds(QuoteDocument doc) {
    this.doc = doc;
  }

  boolean isTitleOrTerm(int q) {
    return reason(q) != null;
  }

  /** A quote short enough to be a title or term: its text inside the marks and its content words. */
  private record TermCandidate(String inner, String[] words) {}

  /**
   * The quote as a title-or-term candidate, or null when its shape already says speech: several paragraphs,
   * too many tokens or content words, none, or a sentence inside.
   */
  private @Nullable TermCandidate shortQuote(int q) {
    QuoteFinder.Segment seg = doc.quotes().get(q);
    if (!doc.hasTokens(q) || isMultiParagraph(q)
        || doc.lastToken(q) - doc.firstToken(q) + 1 > MAX_TERM_TOKENS) {
      return null;
    }
    String inner = inner(doc.text().substring(seg.start(), seg.end()));
    String[] words = contentWords(inner);
    if (words.length > MAX_TERM_WORDS || hasSentenceInside(inner)) {
      return null;
    }
    return new TermCandidate(inner, words);
  }

  /**
   * Why quote q is a title or term: {@code no_words}, {@code title:<POS of the cue word>} or {@code modifier};
   * null for speech.
   */
  String reason(int q) {
    TermCandidate c = shortQuote(q);
    if (c == null) {
      return null;
    }
    String inner = c.inner();
    String[] words = c.words();
    if (lettersAndDigits(inner) <= 1) {
      return "no_words";
    }
    int before = doc.firstToken(q) - 1;
    int after = doc.lastToken(q) + 1;
    boolean hasBefore = before >= 0 && doc.sentenceOf(before) == doc.sentenceOf(doc.firstToken(q))
        && !doc.inQuote(before);
    boolean hasAfter = after < doc.size() && doc.sentenceOf(after) == doc.sentenceOf(doc.lastToken(q))
        && !doc.inQuote(after);
    if (hasBefore && isTitleCased(words) && titleCue(before)) {
      return "title:" + doc.token(before).pos();
    }
    if (hasAfter && isTitleCased(words) && modifiesNoun(inner, after)) {
      return "modifier";
    }
    return null;
  }

  /** Names of {@link #features}' columns, in order (the model file's rows). */
  static final List<String> FEATURES = List.of("bias", "rule_title", "rule_modifier", "title_cased", "words",
      "one_word", "punctuation_inside", "question_or_exclamation", "lower_case_start", "digits", "verb_inside",
      "pronoun_inside", "before_possessive", "before_determiner", "before_preposition", "before_title_noun",
      "before_naming_verb", "before_speech_verb", "before_other_verb", "before_comma_or_colon", "sentence_start",
      "after_lower_noun", "after_comma", "sentence_end", "speech_verb_in_sentence", "name_in_sentence",
      // Pairs a linear model cannot form itself: capitals or lower case with the cue around them.
      "title_cased*before_possessive", "title_cased*before_determiner", "title_cased*before_preposition",
      "title_cased*after_lower_noun", "title_cased*speech_verb_in_sentence", "lower_case_start*before_determiner",
      "lower_case_start*after_lower_noun", "lower_case_start*one_word", "speech_verb_in_sentence*name_in_sentence");
  /** The pairs above as indexes into {@link #FEATURES}, computed from their names. */
  private static final int[][] PAIRS = pairs();

  private static int[][] pairs() {
    List<int[]> out = new ArrayList<>();
    for (String f : FEATURES) {
      int star = f.indexOf('*');
      if (star > 0) {
        out.add(new int[] {FEATURES.indexOf(f.substring(0, star)), FEATURES.indexOf(f.substring(star + 1))});
      }
    }
    return out.toArray(int[][]::new);
  }

  /**
   * The features of quote q for the learned decision ({@link QuoteKindModel}), or null when the fixed evidence
   * already says speech (multi-paragraph, long, a sentence inside; rules 1 and 2 above). Values are 0/1 but
   * {@code words} (content words / {@value #MAX_TERM_WORDS}).
   */
  double[] features(int q) {
    TermCandidate c = shortQuote(q);
    if (c == null) {
      return null;
    }
    String inner = c.inner();
    String[] words = c.words();
    int first = doc.firstToken(q);
    int last = doc.lastToken(q);
    int before = first - 1;
    int after = last + 1;
    int sentence = doc.sentenceOf(first);
    boolean hasBefore = before >= 0 && doc.sentenceOf(before) == sentence && !doc.inQuote(before);
    boolean hasAfter = after < doc.size() && doc.sentenceOf(after) == doc.sentenceOf(last) && !doc.inQuote(after);
    String reason = reason(q);
    double[] f = new double[FEATURES.size()];
    int i = 0;
    f[i++] = 1;
    f[i++] = reason != null && reason.startsWith("title") ? 1 : 0;
    f[i++] = "modifier".equals(reason) ? 1 : 0;
    f[i++] = isTitleCased(words) ? 1 : 0;
    f[i++] = words.length / (double) MAX_TERM_WORDS;
    f[i++] = words.length == 1 ? 1 : 0;
    f[i++] = hasPunctuation(inner) ? 1 : 0;
    f[i++] = inner.endsWith("?") || inner.endsWith("!") ? 1 : 0;
    f[i++] = !inner.isEmpty() && Character.isLowerCase(inner.charAt(0)) ? 1 : 0; // "“—”" has no letters
    f[i++] = inner.chars().anyMatch(Character::isDigit) ? 1 : 0;
    f[i++] = doc.grammar().hasVerb(first, last + 1) ? 1 : 0;
    boolean pronoun = false;
    for (int t = first; t <= last; t++) {
      pronoun |= doc.token(t).pos().startsWith("PRP");
    }
    f[i++] = pronoun ? 1 : 0;
    String pos = hasBefore ? doc.token(before).pos() : "";
    String w = hasBefore ? doc.lower(before) : "";
    String lemma = hasBefore ? doc.token(before).lemma().toLowerCase(Locale.ROOT) : "";
    f[i++] = pos.equals("POS") || pos.equals("PRP$") ? 1 : 0;
    f[i++] = pos.equals("DT") ? 1 : 0;
    f[i++] = hasBefore && TITLE_PREPOSITIONS.contains(w) ? 1 : 0;
    f[i++] = hasBefore && (QuoteWords.TITLE_NOUNS.contains(w) || QuoteWords.TITLE_NOUNS.contains(Grammar.stripPlural(w)))
        ? 1 : 0;
    boolean naming = hasBefore && (QuoteWords.NAMING_LEMMAS.contains(lemma) || w.equals("so-called"));
    boolean speech = hasBefore && !naming && QuoteWords.SPEECH_LEMMAS.contains(lemma);
    f[i++] = naming ? 1 : 0;
    f[i++] = speech ? 1 : 0;
    f[i++] = !naming && !speech && pos.startsWith("VB") ? 1 : 0;
    f[i++] = w.equals(",") || w.equals(":") ? 1 : 0;
    f[i++] = hasBefore ? 0 : 1;
    f[i++] = hasAfter && isTitleCased(words) && modifiesNoun(inner, after)
        || hasAfter && lowerCommonNoun(after) ? 1 : 0;
    f[i++] = hasAfter && doc.lower(after).equals(",") ? 1 : 0;
    f[i++] = hasAfter ? 0 : 1;
    boolean speechVerb = false;
    boolean name = false;
    for (int t = doc.sentenceStart(sentence); t < doc.sentenceEnd(sentence); t++) {
      if (t >= first && t <= last || doc.inQuote(t)) {
        continue;
      }
      speechVerb |= doc.token(t).pos().startsWith("VB")
          && QuoteWords.SPEECH_LEMMAS.contains(doc.token(t).lemma().toLowerCase(Locale.ROOT));
      name |= doc.token(t).ner().equals("PERSON") || doc.token(t).ner().equals("ORGANIZATION");
    }
    f[i++] = speechVerb ? 1 : 0;
    f[i++] = name ? 1 : 0;
    for (int[] pair : PAIRS) {
      f[i++] = f[pair[0]] * f[pair[1]];
    }
    return f;
  }

  private boolean lowerCommonNoun(int i) {
    QuoteToken t = doc.token(i);
    return t.pos().startsWith("NN") && !t.pos().startsWith("NNP") && !t.word().isEmpty()
        && Character.isLowerCase(t.word().charAt(0));
  }

  private boolean isMultiParagraph(int q) {
    int group = doc.quotes().get(q).group();
    return q > 0 && doc.quotes().get(q - 1).group() == group
        || q + 1 < doc.quotes().size() && doc.quotes().get(q + 1).group() == group;
  }

  /** Token i, right before a title-cased quote, makes it a title: a possessive, preposition, determiner or title noun. */
  private boolean titleCue(int i) {
    String pos = doc.token(i).pos();
    String w = doc.lower(i);
    return pos.equals("POS") || pos.equals("DT") || pos.equals("PRP$") || TITLE_PREPOSITIONS.contains(w)
        || QuoteWords.TITLE_NOUNS.contains(w) || QuoteWords.TITLE_NOUNS.contains(Grammar.stripPlural(w))
        || worksVerb(i);
  }

  /** Token i is a verb of works ("watched", "released") or the "to" of "listen to". */
  private boolean worksVerb(int i) {
    QuoteToken t = doc.token(i);
    if (t.pos().startsWith("VB")) {
      return QuoteWords.WORK_LEMMAS.contains(t.lemma());
    }
    return doc.lower(i).equals("to") && i > 0 && doc.sentenceOf(i - 1) == doc.sentenceOf(i)
        && doc.token(i - 1).lemma().equals("listen");
  }

  /** The quote is a modifier of the lower-case common noun right after it ("a “Remain” campaign"). */
  private boolean modifiesNoun(String inner, int after) {
    QuoteToken t = doc.token(after);
    String w = t.word();
    return !hasPunctuation(inner) && endsInWord(inner) && t.pos().startsWith("NN") && !t.pos().startsWith("NNP")
        && !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !doc.grammar().isTemporal(after);
  }

  /**
   * Letters and digits inside the marks. A quote with at most one ("“A”", "grade “F”", "“—”") says nothing
   * anyone said: a grade, a label or a stray mark, never speech. "“1960s”" has five and is left to the rules
   * (PolNeAR annotates it as speech inside a statement).
   */
  static int lettersAndDigits(String inner) {
    int n = 0;
    for (int i = 0; i < inner.length(); i++) {
      if (Character.isLetterOrDigit(inner.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  /** The text between the marks. */
  static String inner(String quoted) {
    int s = 0;
    int e = quoted.length();
    while (s < e && !Character.isLetterOrDigit(quoted.charAt(s))) {
      s++;
    }
    while (e > s && isMarkOrSpace(quoted.charAt(e - 1))) {
      e--;
    }
    return quoted.substring(s, e);
  }

  private static boolean isMarkOrSpace(char c) {
    return Character.isWhitespace(c) || "\"“”„«»‘’'".indexOf(c) >= 0;
  }

  static String[] contentWords(String inner) {
    String trimmed = stripEndPunctuation(inner).strip();
    List<String> words = new ArrayList<>();
    int i = 0;
    while (i < trimmed.length()) {
      while (i < trimmed.length() && Character.isWhitespace(trimmed.charAt(i))) {
        i++;
      }
      int start = i;
      boolean content = false;
      while (i < trimmed.length() && !Character.isWhitespace(trimmed.charAt(i))) {
        content |= Character.isLetterOrDigit(trimmed.charAt(i));
        i++;
      }
      if (content) {
        words.add(trimmed.substring(start, i));
      }
    }
    return words.toArray(String[]::new);
  }

  /** The text without the punctuation at its end ("Meet the Press." → "Meet the Press"). */
  private static String stripEndPunctuation(String s) {
    int e = s.length();
    while (e > 0 && END_PUNCTUATION.indexOf(s.charAt(e - 1)) >= 0) {
      e--;
    }
    return s.substring(0, e);
  }

  private static final String END_PUNCTUATION = ",.;:!?…";

  /** Sentence punctuation followed by more words: a sentence (or two) is quoted, not a name. */
  static boolean hasSentenceInside(String inner) {
    for (int i = 0; i + 1 < inner.length(); i++) {
      char c = inner.charAt(i);
      if ((c == '.' || c == '?' || c == '!' || c == ';' || c == ':') && Character.isWhitespace(inner.charAt(i + 1))
          && !isAbbreviation(inner, i)) {
        return true;
      }
    }
    return false;
  }

  /** "Dr. Strangelove", "St. Elsewhere", "U.S. Open": a period after a short capitalised word. */
  private static boolean isAbbreviation(String inner, int dot) {
    if (inner.charAt(dot) != '.') {
      return false;
    }
    int s = dot;
    while (s > 0 && !Character.isWhitespace(inner.charAt(s - 1))) {
      s--;
    }
    return dot - s <= 3 && dot > s && Character.isUpperCase(inner.charAt(s));
  }

  /** Punctuation between the words, or a question or exclamation at the end: said, not named. */
  private static boolean hasPunctuation(String inner) {
    String body = stripEndPunctuation(inner);
    for (int i = 0; i < body.length(); i++) {
      if (",.;:!?…—–()".indexOf(body.charAt(i)) >= 0) {
        return true;
      }
    }
    return inner.endsWith("?") || inner.endsWith("!");
  }

  private static boolean endsInWord(String inner) {
    return !inner.isEmpty() && Character.isLetterOrDigit(inner.charAt(inner.length() - 1));
  }

  /** Every word starts with a capital or a digit, small words aside, and the first word with a capital. */
  static boolean isTitleCased(String[] words) {
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      int f = 0;
      while (f < w.length() && !Character.isLetterOrDigit(w.charAt(f))) {
        f++;
      }
      if (f == w.length()) {
        continue;
      }
      w = w.substring(f);
      char c = w.charAt(0);
      boolean capital = Character.isUpperCase(c) || Character.isDigit(c) && i > 0;
      if (!capital && (i == 0 || !SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT)))) {
        return false;
      }
    }
    return true;
  }
}
