package dev.newsnlp.annotate.quotes;

import dev.newsnlp.annotate.MentionSpan;
import dev.newsnlp.annotate.QuoteSpan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Quote attribution for news, on CoreNLP's cheap annotations (tokens, sentences, POS, lemmas, NER; no parse, no
 * coreference). Quotes are found from the characters ({@link QuoteFinder}); each is attributed by ordered
 * sieves, the first that fits wins, and its name goes to the {@code attribution} column:
 *
 * <ol>
 *   <li>{@code trailing_verb}: the quote is followed by its speaker and a speech verb ("…,” Smith said",
 *       "…,” said Smith", "…,” the ministry said in a statement", "…,” Smith, the mayor, told reporters").
 *   <li>{@code split_quote}: the attribution sits between two parts of a quote ("“A,” he said, “B.”"): the
 *       second part takes the speaker of the words between them.
 *   <li>{@code leading_verb}: a speech verb with its subject before the quote in the same sentence ("Smith said:
 *       “…”", "Smith told CNN that “…”", "Smith called the plan “a disaster”").
 *   <li>{@code according_to}: "according to X" in the quote's sentence.
 *   <li>{@code trailing_clause}: a speech verb with its subject after the quote, later in the sentence.
 *   <li>{@code sentence_subject}: a quote inside a sentence with no speech verb takes the sentence's subject
 *       when it is a name or a pronoun ("Cruz urged Trump to “embrace” the plan").
 *   <li>{@code previous_sentence}: the sentence before, in the same paragraph, is a speech clause ("Cruz
 *       tweeted a warning. “Missouri: …”").
 *   <li>{@code multi_paragraph}: another paragraph of the same multi-paragraph quote has a speaker.
 *   <li>{@code same_paragraph}: another quote of the same paragraph has a speaker ("“A,” he said. “B.”").
 *   <li>{@code colon_intro}: the paragraph before ends with a colon after a speaker ("In a speech, he declared:").
 *   <li>{@code previous_paragraph}: a paragraph that opens with an unattributed quote continues the speaker of
 *       the paragraph before, when that paragraph ends with an attributed quote or a speech clause.
 * </ol>
 *
 * A quote no sieve fits gets no speaker (never a guess from another paragraph's unrelated name), and a short
 * one (a scare quote, a title) is dropped altogether. Pronoun speakers ("he said") keep the pronoun as
 * written; their canonical speaker is the nearest earlier speaker or person outside quotes that fits the
 * pronoun (by first-name gender, when known). Named speakers are resolved to canonical names by a
 * {@link SpeakerResolver}.
 */
public final class NewsQuoteAttributor {

  /** Lemmas of verbs that report speech or writing. */
  static final Set<String> SPEECH_LEMMAS = lex(
      "say", "tell", "add", "state", "write", "warn", "note", "explain", "insist", "claim", "argue", "declare",
      "announce", "ask", "answer", "reply", "respond", "tweet", "post", "continue", "acknowledge", "admit",
      "concede", "suggest", "recall", "complain", "charge", "accuse", "call", "describe", "dub", "quip", "joke",
      "boast", "brag", "predict", "promise", "pledge", "vow", "urge", "demand", "plead", "testify", "confirm",
      "deny", "emphasize", "emphasise", "stress", "conclude", "report", "agree", "counter", "retort", "shout",
      "yell", "scream", "chant", "exclaim", "proclaim", "assert", "contend", "maintain", "observe", "remark",
      "comment", "muse", "wonder", "lament", "praise", "criticize", "criticise", "slam", "blast", "mock",
      "deride", "dismiss", "caution", "tout", "repeat", "reiterate", "recount", "reveal", "disclose", "allege",
      "thunder", "fume", "gush", "sigh", "laugh", "cry", "whisper", "mutter", "snap", "scoff", "predict",
      "speculate", "opine", "remind", "assure", "admonish", "concur", "interject", "elaborate", "clarify",
      "swear", "threaten", "promise", "recommend", "propose", "label", "brand", "characterize", "characterise",
      "coin", "quote", "read", "begin", "conclude", "summarize", "hail", "decry", "denounce", "condemn",
      "question", "challenge", "chide", "rail", "lash", "attack", "defend", "predict", "estimate", "figure",
      "mention", "echo", "paraphrase", "put", "release",
      "issue", "press", "react", "remember", "chime", "sing", "shoot", "fire", "wonder", "pray", "preach",
      "bark", "retaliate", "exhort", "roar", "holler", "growl", "relate", "rant", "cheer", "tease", "vent");

  /** Inflected forms that count whatever the tagger said (CoreNLP sometimes tags "says" as a noun). */
  private static final Set<String> SPEECH_FORMS = lex("said", "says", "say", "told", "tells", "added", "adds",
      "wrote", "writes", "tweeted", "tweets", "stated", "states", "warned", "warns", "noted", "notes", "asked",
      "asks", "explained", "explains", "insisted", "insists", "argued", "argues", "declared", "declares",
      "continued", "continues", "replied", "replies", "responded", "responds", "posted", "quipped");

  /** Speech lemmas that need a spoken context to count (a "release", a "post", "believes"). */
  private static final Set<String> WEAK_LEMMAS = lex("continue", "post", "read", "begin", "put", "release",
      "issue", "think", "believe", "feel", "hope", "fear", "worry", "figure", "estimate", "question",
      "challenge", "attack", "defend", "quote", "report", "call", "label", "brand", "coin", "dub",
      "characterize", "characterise", "describe");

  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you");

  private static final Set<String> TEMPORAL = lex("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "today", "yesterday", "tonight", "week", "month", "year", "morning", "afternoon",
      "evening", "night", "weekend", "day", "time", "last", "earlier", "later", "recently", "statement",
      "interview", "speech", "email", "e-mail", "tweet", "post", "release", "letter", "message", "remarks",
      "conference", "call", "rally", "briefing", "video", "television", "radio", "appearance", "event");

  private static final Set<String> AUX = lex("has", "have", "had", "was", "were", "is", "are", "be", "been",
      "would", "will", "could", "can", "might", "may", "should", "must", "did", "does", "do", "also", "then",
      "later", "once", "again", "previously", "recently", "just", "simply", "repeatedly", "often", "even",
      "further", "still", "quickly", "flatly", "not", "n't", "never", "always", "famously", "reportedly",
      "publicly", "privately", "earlier", "subsequently", "finally", "first", "initially", "only");

  /** Nouns of speakers that are organisations ("the ministry said"). */
  private static final Set<String> ORG_NOUNS = lex("ministry", "department", "agency", "government",
      "administration", "campaign", "committee", "company", "firm", "office", "council", "party", "group",
      "organization", "organisation", "commission", "court", "police", "army", "military", "board",
      "association", "union", "embassy", "spokesperson's", "bank", "corporation", "newspaper", "network",
      "paper", "channel", "station", "magazine", "website", "site", "outlet", "team", "club", "school",
      "university", "institute", "foundation", "coalition", "alliance", "movement", "church", "house",
      "senate", "congress", "parliament", "cabinet", "white", "pentagon", "kremlin", "statement", "report",
      "poll", "survey", "study", "letter", "memo", "lawsuit", "complaint", "filing", "document", "release",
      "ad", "advertisement", "post", "tweet", "editorial", "article", "story", "book", "book's", "website's",
      "officials", "authorities", "prosecutors", "lawmakers", "democrats", "republicans", "investigators");

  /** Nouns of speakers that are people without a name ("a spokesman said"). */
  private static final Set<String> PERSON_NOUNS = lex("spokesman", "spokeswoman", "spokesperson",
      "official", "minister", "president", "director", "chairman", "chairwoman", "chair", "secretary",
      "senator", "governor", "mayor", "lawyer", "attorney", "source", "aide", "adviser", "advisor", "analyst",
      "expert", "witness", "resident", "man", "woman", "voter", "supporter", "candidate", "leader", "chief",
      "officer", "executive", "ceo", "founder", "professor", "researcher", "author", "economist", "strategist",
      "operative", "pollster", "representative", "congressman", "congresswoman", "lawmaker", "judge",
      "prosecutor", "diplomat", "ambassador", "general", "commander", "manager", "host", "anchor",
      "reporter", "columnist", "editor", "writer", "activist", "organizer", "member", "father", "mother",
      "son", "daughter", "wife", "husband", "friend", "student", "teacher", "doctor", "nominee", "rival",
      "opponent", "critic", "donor", "fan", "speaker", "historian", "scientist", "consultant", "insider",
      "veteran", "worker", "owner", "neighbor", "neighbour", "driver", "farmer", "tenant", "passenger", "victim",
      "shopper", "nurse", "firefighter", "pilot", "soldier", "coach", "player", "parent", "customer", "protester",
      "demonstrator", "delegate", "attendee", "participant", "observer", "survivor", "employee", "staffer",
      "volunteer", "organiser", "entrepreneur", "investor", "trader", "banker", "engineer", "official's",
      "physician", "surgeon", "patient", "police officer", "sheriff", "detective", "inspector", "clerk",
      "councillor", "councilman", "councilwoman", "commissioner", "superintendent", "principal", "pastor",
      "priest", "bishop", "rabbi", "imam", "person", "people", "citizen", "local", "eyewitness", "bystander");

  private static final Set<String> NAMED_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "COUNTRY", "CITY",
      "STATE_OR_PROVINCE", "MISC", "NATIONALITY", "RELIGION", "IDEOLOGY", "TITLE");

  /** Quotes of at most this many words without a speaker are scare quotes or titles, not quotations. */
  static final int MIN_UNATTRIBUTED_WORDS = 5;

  private static Set<String> lex(String... words) {
    return Set.copyOf(Arrays.asList(words));
  }

  private final String text;
  private final List<QuoteToken> toks;
  private final List<MentionSpan> mentions;
  private final SpeakerResolver resolver;
  private final List<QuoteFinder.Paragraph> paragraphs;
  private final List<QuoteFinder.Segment> segments;
  /** Per token: index of the quote segment it lies in, or -1. */
  private final int[] segOfTok;
  /** Per token: index of the mention it lies in, or -1. */
  private final int[] mentionOfTok;
  private final int[] sentStart;
  private final int[] sentEnd;
  private final int[] segFirst;
  private final int[] segLast;
  private final Found[] found;

  /** A speaker found by a sieve: its tokens [start, end), its head token and the sieve's name. */
  private record Found(int start, int end, int head, String sieve) {
    Found as(String other) {
      return new Found(start, end, head, other);
    }
  }

  /** A noun phrase {start, end, head} as found by a sieve. */
  private static Found found(int[] np, String sieve) {
    return new Found(np[0], np[1], np[2], sieve);
  }

  private NewsQuoteAttributor(String text, List<QuoteToken> toks, List<MentionSpan> mentions,
      Function<List<MentionSpan>, SpeakerResolver> resolvers) {
    this.text = text;
    this.toks = toks;
    this.mentions = mentions;
    this.resolver = resolvers.apply(mentions);
    this.paragraphs = QuoteFinder.paragraphs(text);
    this.segments = QuoteFinder.find(text);
    int n = toks.size();
    segOfTok = new int[n];
    mentionOfTok = new int[n];
    Arrays.fill(segOfTok, -1);
    Arrays.fill(mentionOfTok, -1);
    int sentences = n == 0 ? 0 : toks.get(n - 1).sentence() + 1;
    sentStart = new int[sentences];
    sentEnd = new int[sentences];
    Arrays.fill(sentStart, -1);
    for (int i = 0; i < n; i++) {
      int s = toks.get(i).sentence();
      if (sentStart[s] < 0) {
        sentStart[s] = i;
      }
      sentEnd[s] = i + 1;
    }
    segFirst = new int[segments.size()];
    segLast = new int[segments.size()];
    int t = 0;
    for (int q = 0; q < segments.size(); q++) {
      QuoteFinder.Segment seg = segments.get(q);
      while (t < n && toks.get(t).end() <= seg.start()) {
        t++;
      }
      segFirst[q] = t;
      int u = t;
      while (u < n && toks.get(u).begin() < seg.end()) {
        segOfTok[u] = q;
        u++;
      }
      segLast[q] = u - 1;
    }
    int m = 0;
    for (int i = 0; i < n; i++) {
      while (m < mentions.size() && mentions.get(m).end() <= toks.get(i).begin()) {
        m++;
      }
      if (m < mentions.size() && mentions.get(m).start() <= toks.get(i).begin()
          && toks.get(i).end() <= mentions.get(m).end()) {
        mentionOfTok[i] = m;
      }
    }
    found = new Found[segments.size()];
  }

  /** Quotes of a document with their speakers, canonical names resolved within the document. */
  public static List<QuoteSpan> attribute(String text, List<QuoteToken> tokens, List<MentionSpan> mentions) {
    return attribute(text, tokens, mentions, MentionSpeakerResolver::new);
  }

  /**
   * Quotes of a document with their speakers.
   *
   * @param tokens the document's tokens (tokenize, ssplit, pos, lemma, ner), in text order
   * @param mentions the document's entity mentions, in text order (as written to entity_mentions)
   * @param resolvers builds the resolver of canonical speakers from the mention list
   */
  public static List<QuoteSpan> attribute(String text, List<QuoteToken> tokens, List<MentionSpan> mentions,
      Function<List<MentionSpan>, SpeakerResolver> resolvers) {
    return new NewsQuoteAttributor(text, tokens, mentions, resolvers).run();
  }

  private List<QuoteSpan> run() {
    for (int q = 0; q < segments.size(); q++) {
      if (segFirst[q] <= segLast[q]) {
        found[q] = inSentence(q);
      }
    }
    for (int q = 0; q < segments.size(); q++) {
      if (found[q] == null && segFirst[q] <= segLast[q]) {
        found[q] = previousSentence(q);
      }
    }
    spreadGroups();
    for (int p = 0; p < paragraphs.size(); p++) {
      List<Integer> inPar = segmentsOf(p);
      if (inPar.isEmpty()) {
        continue;
      }
      sameParagraph(inPar);
      int first = inPar.get(0);
      boolean anyFound = inPar.stream().anyMatch(q -> found[q] != null);
      if (!anyFound && segments.get(first).start() == paragraphs.get(p).start() && p > 0) {
        Found f = colonIntro(p - 1);
        if (f == null) {
          f = previousParagraph(p - 1);
        }
        if (f != null) {
          found[first] = f;
          sameParagraph(inPar);
        }
      }
      spreadGroups();
    }
    return output();
  }

  // ---------------------------------------------------------------------------------------------------
  // In-sentence sieves

  private Found inSentence(int q) {
    int first = segFirst[q];
    int last = segLast[q];
    int sFirst = toks.get(first).sentence();
    int sLast = toks.get(last).sentence();
    // After: from the closing mark to the end of its sentence or the next quote.
    int a0 = last + 1;
    int a1 = a0;
    while (a1 < toks.size() && toks.get(a1).sentence() == sLast && segOfTok[a1] < 0) {
      a1++;
    }
    // Before: from its sentence's start (or the previous quote) to the opening mark.
    int b1 = first;
    int b0 = b1;
    while (b0 > 0 && toks.get(b0 - 1).sentence() == sFirst && segOfTok[b0 - 1] < 0) {
      b0--;
    }
    boolean afterQuote = b0 > 0 && toks.get(b0 - 1).sentence() == sFirst && segOfTok[b0 - 1] >= 0;

    Found f = trailing(a0, a1, "trailing_verb");
    if (f != null) {
      return f;
    }
    Found next = null;
    boolean nextVerbFirst = false;
    if (onlyPunct(a0, a1) && a1 < toks.size() && a1 == sentEnd[sLast] && sameParagraph(last, a1)
        && segOfTok[a1] < 0) {
      // "“… win.” Smith said." split into two sentences by the period inside the quote: the next sentence
      // must be the attribution alone, or start with the speech verb ("“…?” asked Dunn, a partner at …").
      int s = toks.get(a1).sentence();
      int e = a1;
      while (e < toks.size() && toks.get(e).sentence() == s && segOfTok[e] < 0) {
        e++;
      }
      next = trailing(a1, e, "trailing_verb");
      int lead = a1;
      while (lead < e && isPunct(lead)) {
        lead++;
      }
      nextVerbFirst = lead < e && isSpeechVerb(lead, false);
      if (next != null && !(nextVerbFirst || e - a1 <= 8 || (e < toks.size() && segOfTok[e] >= 0 && isPunct(e - 1)))) {
        next = null;
      }
      if (next != null && nextVerbFirst) {
        return next;
      }
    }
    if (afterQuote) {
      f = leading(b0, b1, true);
      if (f != null) {
        return f.as("split_quote");
      }
    }
    f = leading(b0, b1, false);
    if (f != null) {
      return f;
    }
    f = accordingTo(b0, b1);
    if (f == null) {
      f = accordingTo(a0, a1);
    }
    if (f != null) {
      return f;
    }
    if (next != null) {
      return next;
    }
    f = clauseIn(a0, sentEnd[sLast], "trailing_clause");
    if (f != null) {
      return f;
    }
    if (b1 > b0 && !afterQuote) {
      // "Cruz has also urged Trump to “embrace” …": the quote is inside a sentence whose subject is a name.
      int[] np = sentenceSubject(b0, b1);
      if (np != null && (namedHead(np) || isPronoun(np[0])) && hasVerb(np[1], b1)) {
        return found(np, "sentence_subject");
      }
    }
    return null;
  }

  private boolean hasVerb(int from, int to) {
    for (int i = from; i < to; i++) {
      if (toks.get(i).pos().startsWith("VB")) {
        return true;
      }
    }
    return false;
  }

  /** Attribution right after a quote: [punct] NP [adv] VERB | [punct] VERB NP | according to NP. */
  private @Nullable Found trailing(int a0, int a1, String sieve) {
    int i = a0;
    while (i < a1 && isPunct(i) && !isWord(i, "(")) {
      i++;
    }
    if (i >= a1) {
      return null;
    }
    if (isWord(i, "according") && i + 1 < a1 && isWord(i + 1, "to")) {
      int[] np = npRight(i + 2, a1, true);
      return np == null ? null : found(np, "according_to");
    }
    if (isWord(i, "as") && i + 1 < a1) {
      i++; // "…," as a Homeland Security memo put it
    }
    int v = skipAux(i, a1);
    if (v < a1 && isSpeechVerb(v, false) && toks.get(v).pos().equals("VBG")) {
      return null; // "…,” saying the city …": a participle of the sentence's subject
    }
    if (v < a1 && isSpeechVerb(v, false)) {
      // "…,” said Smith" / "…,” says the report"
      int[] np = npRight(skipAux(v + 1, a1), a1, false);
      if (np != null) {
        return found(np, sieve);
      }
      return null;
    }
    int[] np = npRight(i, a1, false);
    if (np == null) {
      return null;
    }
    int j = np[1];
    int[] subject = np;
    if (j < a1 && isWord(j, ",")) {
      // "…,” Smith, the mayor of Riverton, said"
      int k = j + 1;
      while (k < a1 && k - j <= 30 && !isWord(k, ",")) {
        k++;
      }
      if (k < a1 && isWord(k, ",")) {
        int[] appos = npRight(j + 1, k, true);
        subject = chooseAppositive(subject, appos);
        j = k + 1;
      }
    } else if (j < a1 && isWord(j, "(")) {
      while (j < a1 && !isWord(j, ")")) {
        j++;
      }
      j++;
    }
    int verb = skipAux(j, a1);
    if (verb < a1 && isSpeechVerb(verb, false)) {
      return found(subject, sieve);
    }
    // "…,” a narrator in the Clinton ad asks.
    int[] longer = npRight(i, a1, true);
    if (longer != null && longer[1] > np[1]) {
      verb = skipAux(longer[1], a1);
      if (verb < a1 && isSpeechVerb(verb, false) && !toks.get(verb).pos().equals("VBG")) {
        return found(longer, sieve);
      }
    }
    return null;
  }

  /**
   * The speech verb nearest before the quote with its subject: "Smith said: “…”", "Smith told CNN that “…”".
   * With {@code between}, the window is the words between two parts of a quote and the verb must be in it.
   */
  private @Nullable Found leading(int b0, int b1, boolean between) {
    if (between) {
      Found f = trailing(b0, b1, "split_quote");
      if (f != null && f.end() <= b1) {
        return f;
      }
      return null;
    }
    for (int v = b1 - 1; v >= b0; v--) {
      if (!isSpeechVerb(v, true)) {
        continue;
      }
      int[] np = subjectOf(b0, v, b1);
      if (np == null && onlyPunct(b0, v)) {
        // "Said Smith: “…”"
        np = npRight(skipAux(v + 1, b1), b1, false);
        if (np != null && !(np[1] < b1 && (isWord(np[1], ":") || isWord(np[1], ",")))) {
          np = null;
        }
      }
      if (np != null) {
        if (!CORE_LEMMAS.contains(toks.get(v).lemma().toLowerCase(Locale.ROOT))) {
          // "Yepez said Perez was right to urge leaders “to stand up”": a reporting verb earlier in the
          // sentence governs the embedded one.
          for (int u = v - 1; u >= b0; u--) {
            if (isSpeechVerb(u, false) && CORE_LEMMAS.contains(toks.get(u).lemma().toLowerCase(Locale.ROOT))) {
              int[] outer = subjectOf(b0, u, b1);
              if (outer != null && (hasName(outer) || isPronoun(outer[0]))) {
                return found(outer, "leading_verb");
              }
              break;
            }
          }
        }
        return found(np, "leading_verb");
      }
    }
    return null;
  }

  /** Reporting verbs proper, which govern a speech verb embedded after them. */
  private static final Set<String> CORE_LEMMAS = lex("say", "tell", "write", "state", "add", "note", "argue",
      "claim", "insist", "explain", "announce", "warn", "tweet", "declare", "report", "testify", "acknowledge",
      "suggest", "contend", "assert", "maintain");

  /** A speech clause (subject + verb) anywhere in the window after the quote (other quotes skipped). */
  private @Nullable Found clauseIn(int a0, int a1, String sieve) {
    for (int v = a0; v < a1; v++) {
      if (segOfTok[v] < 0 && isSpeechVerb(v, true)) {
        int[] np = subjectOf(a0, v, a1);
        if (np != null) {
          return found(np, sieve);
        }
      }
    }
    return null;
  }

  private @Nullable Found accordingTo(int w0, int w1) {
    for (int i = w0; i + 1 < w1; i++) {
      if (isWord(i, "according") && isWord(i + 1, "to")) {
        int[] np = npRight(i + 2, w1, true);
        if (np != null) {
          return found(np, "according_to");
        }
      }
    }
    return null;
  }

  // ---------------------------------------------------------------------------------------------------
  // Paragraph-level sieves

  /**
   * "Cruz tweeted a warning. “Missouri: …”": the sentence right before the quote's, in the same paragraph and
   * with no quote of its own, has a speech clause with a named or pronoun subject.
   */
  private @Nullable Found previousSentence(int q) {
    int first = segFirst[q];
    int s = toks.get(first).sentence();
    if (first != sentStart[s] && !onlyPunct(sentStart[s], first)) {
      return null;
    }
    if (s == 0 || !sameParagraph(sentStart[s - 1], first)) {
      return null;
    }
    int b0 = sentStart[s - 1];
    int b1 = sentEnd[s - 1];
    for (int i = b0; i < b1; i++) {
      if (segOfTok[i] >= 0) {
        return null;
      }
    }
    for (int v = b0; v < b1; v++) {
      if (isSpeechVerb(v, false)) {
        int[] np = subjectOf(b0, v, b1);
        if (np != null && (hasName(np) || isPronoun(np[0]))) {
          return found(np, "previous_sentence");
        }
      }
    }
    return null;
  }

  private void spreadGroups() {
    for (int q = 0; q < segments.size(); q++) {
      if (found[q] != null) {
        continue;
      }
      int g = segments.get(q).group();
      // The group's own attribution: the nearest attributed segment of the group, earlier ones first.
      for (int r = q - 1; r >= 0 && segments.get(r).group() == g; r--) {
        if (found[r] != null) {
          found[q] = found[r].as("multi_paragraph");
          break;
        }
      }
      if (found[q] == null) {
        for (int r = q + 1; r < segments.size() && segments.get(r).group() == g; r++) {
          if (found[r] != null && !found[r].sieve().equals("multi_paragraph")) {
            found[q] = found[r].as("multi_paragraph");
            break;
          }
        }
      }
    }
  }

  private void sameParagraph(List<Integer> inPar) {
    for (int idx = 0; idx < inPar.size(); idx++) {
      int q = inPar.get(idx);
      if (found[q] != null) {
        continue;
      }
      Found f = null;
      for (int k = idx - 1; k >= 0 && f == null; k--) {
        Found o = found[inPar.get(k)];
        if (o != null && !o.sieve().equals("same_paragraph")) {
          f = o;
        }
      }
      for (int k = idx + 1; k < inPar.size() && f == null; k++) {
        Found o = found[inPar.get(k)];
        if (o != null && !o.sieve().equals("same_paragraph")) {
          f = o;
        }
      }
      if (f != null) {
        found[q] = f.as("same_paragraph");
      }
    }
  }

  /** "In a 1963 speech, he declared:" ending the paragraph before. */
  private @Nullable Found colonIntro(int p) {
    QuoteFinder.Paragraph par = paragraphs.get(p);
    int end = lastTokenBefore(par.end());
    if (end < 0 || !isWord(end, ":") || segOfTok[end] >= 0) {
      return null;
    }
    int s = toks.get(end).sentence();
    int b0 = end;
    while (b0 > 0 && toks.get(b0 - 1).sentence() == s && segOfTok[b0 - 1] < 0
        && toks.get(b0 - 1).begin() >= par.start()) {
      b0--;
    }
    Found f = leading(b0, end, false);
    if (f == null) {
      // "Clinton released the following statement:" — the subject of the sentence.
      int i = b0;
      int[] np = npRight(i, end, false);
      if (np != null && (hasName(np) || isPronoun(np[0]))) {
        f = found(np, "colon_intro");
      }
    }
    return f == null ? null : f.as("colon_intro");
  }

  /** The speaker the paragraph before ends with: its last attributed quote, or a final speech clause. */
  private @Nullable Found previousParagraph(int p) {
    List<Integer> prev = segmentsOf(p);
    QuoteFinder.Paragraph par = paragraphs.get(p);
    if (!prev.isEmpty()) {
      int last = prev.get(prev.size() - 1);
      if (found[last] != null) {
        return found[last].as("previous_paragraph");
      }
      return null;
    }
    // No quote: indirect speech whose last sentence has a speech clause ("Smith said the plan would fail.").
    int end = lastTokenBefore(par.end());
    if (end < 0) {
      return null;
    }
    int s = toks.get(end).sentence();
    int b0 = sentStart[s];
    if (toks.get(b0).begin() < par.start()) {
      return null;
    }
    for (int v = b0; v <= end; v++) {
      if (isSpeechVerb(v, false)) {
        int[] np = subjectOf(b0, v, end + 1);
        if (np != null && (hasName(np) || isPronoun(np[0]))) {
          return found(np, "previous_paragraph");
        }
      }
    }
    return null;
  }

  private List<Integer> segmentsOf(int p) {
    List<Integer> out = new ArrayList<>();
    for (int q = 0; q < segments.size(); q++) {
      if (segments.get(q).paragraph() == p && segFirst[q] <= segLast[q]) {
        out.add(q);
      }
    }
    return out;
  }

  private int lastTokenBefore(int offset) {
    int lo = 0;
    int hi = toks.size() - 1;
    int ans = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (toks.get(mid).end() <= offset) {
        ans = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return ans;
  }

  // ---------------------------------------------------------------------------------------------------
  // Noun phrases

  /**
   * Subject of the verb at v: the noun phrase left of it; for ", saying …" the subject of the sentence; for
   * "…, said Smith" the noun phrase right after it.
   */
  private int @Nullable [] subjectOf(int w0, int v, int w1) {
    if (v > w0 && toks.get(v).pos().equals("VBG") && !AUX.contains(lower(v - 1)) && !isNoun(v - 1)
        || v > w0 && isWord(v - 1, ",") && toks.get(v).pos().equals("VBG")) {
      int[] np = sentenceSubject(sentStart[toks.get(v).sentence()], v);
      return np != null && (hasName(np) || isPronoun(np[0])) ? np : null;
    }
    int[] np = npLeftOfVerb(w0, v);
    int j = v - 1;
    while (j >= w0 && isAux(j)) {
      j--;
    }
    if (np == null && j >= w0 && (isWord(j, "but") || isWord(j, "and"))) {
      // "Massie used to support Paul, but now said …": the subject of the first verb.
      np = sentenceSubject(Math.max(w0, sentStart[toks.get(v).sentence()]), j);
      return np != null && (hasName(np) || isPronoun(np[0])) ? np : null;
    }
    if (np == null && v > w0 && isWord(v - 1, ",")) {
      np = npRight(skipAux(v + 1, w1), w1, false);
      if (np != null && !hasName(np) && !isPronoun(np[0]) && !isRoleNoun(np[1] - 1)) {
        np = null;
      }
    }
    return np;
  }

  /**
   * The subject of a sentence: its first noun phrase followed by a verb, after up to three opening phrases set
   * off by commas ("On Thursday, after a long silence, Warren endorsed …").
   */
  private int @Nullable [] sentenceSubject(int s0, int limit) {
    int[] simple = openingSubject(s0, limit);
    if (simple != null) {
      return simple;
    }
    int i = s0;
    for (int round = 0; round < 4 && i < limit; round++) {
      while (i < limit && isPunct(i)) {
        i++;
      }
      if (i < limit && toks.get(i).pos().equals("CC")) {
        i++;
      }
      int[] np = npRight(i, limit, false);
      if (np != null) {
        int v = skipAux(np[1], limit);
        if (v < limit && toks.get(v).pos().startsWith("VB")) {
          return np;
        }
        if (v < limit && isWord(v, ",")) {
          // "Smith, the mayor, said …": the appositive is not the predicate.
          int k = v + 1;
          while (k < limit && k - v <= 30 && !isWord(k, ",")) {
            k++;
          }
          if (k < limit && skipAux(k + 1, limit) < limit && toks.get(skipAux(k + 1, limit)).pos().startsWith("VB")) {
            return np;
          }
        }
      }
      int c = i;
      while (c < limit && !isWord(c, ",") && c - i <= 15) {
        c++;
      }
      if (c >= limit || !isWord(c, ",")) {
        return null;
      }
      i = c + 1;
    }
    return null;
  }

  /** The first noun phrase of a sentence, after an opening phrase set off by a comma ("On Monday, Trump …"). */
  private int @Nullable [] openingSubject(int s0, int limit) {
    int i = s0;
    while (i < limit && isPunct(i)) {
      i++;
    }
    if (i < limit && (toks.get(i).pos().equals("IN") || toks.get(i).pos().startsWith("RB")
        || toks.get(i).pos().equals("CC"))) {
      int c = i;
      while (c < limit && !isWord(c, ",") && c - i <= 12) {
        c++;
      }
      if (c < limit && isWord(c, ",")) {
        i = c + 1;
      } else if (toks.get(i).pos().equals("CC")) {
        i++;
      }
    }
    return npRight(i, limit, false);
  }

  private boolean isRoleNoun(int i) {
    String w = lower(i);
    return PERSON_NOUNS.contains(w) || PERSON_NOUNS.contains(stripPlural(w)) || ORG_NOUNS.contains(w)
        || toks.get(i).ner().equals("TITLE");
  }

  /** Subject of the verb at v: the noun phrase left of it (over adverbs, auxiliaries and an appositive). */
  private int @Nullable [] npLeftOfVerb(int w0, int v) {
    int j = v - 1;
    while (j >= w0 && isAux(j)) {
      j--;
    }
    if (j >= w0 && isWord(j, "to")) {
      // "Pence went on to say", "Trump was quick to add"
      int k = j - 1;
      while (k >= w0 && j - k <= 4 && (toks.get(k).pos().startsWith("VB") || toks.get(k).pos().equals("RP")
          || toks.get(k).pos().startsWith("JJ") || isAux(k))) {
        k--;
      }
      if (k < j - 1) {
        j = k;
      }
    }
    if (j < w0) {
      return null;
    }
    if (isWord(j, ")")) {
      while (j >= w0 && !isWord(j, "(")) {
        j--;
      }
      j--;
    }
    if (j >= w0 && isWord(j, ",")) {
      // "Swanson, who is a pastor at the church of Elizabeth, Colorado, slammed …": a relative clause may hold
      // commas; the subject is before ", who".
      for (int r = j - 1; r > w0 && j - r <= 30; r--) {
        if ((isWord(r, "who") || isWord(r, "which")) && isWord(r - 1, ",")) {
          int[] np = npLeft(w0, r - 2);
          if (np != null) {
            return np;
          }
          break;
        }
      }
      // NP1 , APPOSITIVE , verb
      int k = j - 1;
      while (k >= w0 && j - k <= 30 && !isWord(k, ",")) {
        k--;
      }
      int[] appos = k >= w0 ? npRight(k + 1, j, true) : null;
      int[] np1 = k >= w0 && isWord(k, ",") ? npLeft(w0, k - 1) : null;
      return chooseAppositive(np1, appos);
    }
    if (j >= w0 && isWord(j, "who") && j - 1 >= w0) {
      int k = j - 1;
      if (isWord(k, ",")) {
        k--;
      }
      return k >= w0 ? npLeft(w0, k) : null;
    }
    return npLeft(w0, j);
  }

  /**
   * "Smith, the mayor, said" → Smith; "The mayor's lawyer, Ann Lee, said" → the whole span, with Ann Lee as
   * its head (the last token); else the phrase with a name, else the first.
   */
  private int @Nullable [] chooseAppositive(int @Nullable [] np1, int @Nullable [] appos) {
    if (np1 == null) {
      return appos != null && namedHead(appos) ? appos : null;
    }
    if (namedHead(np1) || isPronoun(np1[0])) {
      return np1;
    }
    if (appos != null && namedHead(appos)) {
      return new int[] {np1[0], appos[1], appos[2]};
    }
    if (hasName(np1) || appos == null || !hasName(appos)) {
      return np1;
    }
    return appos;
  }

  private boolean namedHead(int[] np) {
    return isEntityType(toks.get(np[1] - 1).ner());
  }

  /** A noun phrase ending at token j, found leftwards; null when token j cannot end one. */
  private int @Nullable [] npLeft(int w0, int j) {
    if (j >= w0 && isWord(j, ")")) {
      // "Sen. Ted Cruz (R-Tex.)"
      int k = j;
      while (k >= w0 && j - k <= 8 && !isWord(k, "(")) {
        k--;
      }
      if (k >= w0 && isWord(k, "(")) {
        j = k - 1;
      }
    }
    if (j < w0 || segOfTok[j] >= 0) {
      return null;
    }
    if (isPronoun(j)) {
      return new int[] {j, j + 1, j};
    }
    if (!isNoun(j) || isTemporal(j)) {
      return null;
    }
    int k = j;
    while (k - 1 >= w0 && segOfTok[k - 1] < 0 && isNpPart(k - 1, k)) {
      k--;
    }
    int head = j;
    // "Proponents of the new bill": the head is the noun before "of".
    if (k - 2 >= w0 && isWord(k - 1, "of") && isNoun(k - 2) && !isTemporal(k - 2) && segOfTok[k - 2] < 0) {
      head = k - 2;
      k = k - 2;
      while (k - 1 >= w0 && segOfTok[k - 1] < 0 && isNpPart(k - 1, k)) {
        k--;
      }
    }
    return new int[] {k, j + 1, head};
  }

  /** A noun phrase starting at token i, found rightwards (with "of"/"from" attachments when allowed). */
  private int @Nullable [] npRight(int i, int w1, boolean attachments) {
    if (i >= w1 || segOfTok[i] >= 0) {
      return null;
    }
    if (isPronoun(i)) {
      return new int[] {i, i + 1, i};
    }
    int k = i;
    int lastNoun = -1;
    int head = -1;
    boolean attached = false;
    while (k < w1 && segOfTok[k] < 0) {
      if (isNoun(k) && !(isTemporal(k) && lastNoun < 0 && !isNer(k))) {
        lastNoun = k;
        if (!attached) {
          head = k;
        }
        k++;
      } else if (isModifier(k) || isWord(k, "of") && lastNoun >= 0 && k + 1 < w1 && isCapitalNoun(k + 1)) {
        k++;
      } else if (attachments && lastNoun >= 0 && (isWord(k, "of") || isWord(k, "from") || isWord(k, "by")
          || isWord(k, "for") || isWord(k, "in") || isWord(k, "at") || isWord(k, "with")) && k + 1 < w1) {
        attached = true;
        k++;
      } else {
        break;
      }
    }
    if (lastNoun < 0) {
      return null;
    }
    return new int[] {i, lastNoun + 1, head < 0 ? lastNoun : head};
  }

  private boolean isNpPart(int k, int right) {
    if (isNoun(k) || isModifier(k)) {
      return !(isTemporal(k) && !isNer(k));
    }
    // "Secretary of State John Kerry", "Bank of America"
    return isWord(k, "of") && isCapitalNoun(right) && k - 1 >= 0 && isCapitalNoun(k - 1);
  }

  private boolean isNoun(int i) {
    String pos = toks.get(i).pos();
    return pos.startsWith("NN") || (pos.equals("CD") && isNer(i))
        || (isEntityType(toks.get(i).ner()) && Character.isUpperCase(toks.get(i).word().charAt(0)));
  }

  private boolean isCapitalNoun(int i) {
    String w = toks.get(i).word();
    return isNoun(i) && !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }

  private boolean isModifier(int i) {
    String pos = toks.get(i).pos();
    return pos.equals("DT") || pos.equals("PRP$") || pos.startsWith("JJ") || pos.equals("POS") || pos.equals("NNP")
        || pos.equals("CD") || pos.equals("HYPH") || pos.equals("VBN") && isNer(i)
        || (pos.equals("NNPS"));
  }

  private boolean isPronoun(int i) {
    return toks.get(i).pos().equals("PRP") && PRONOUNS.contains(lower(i));
  }

  private boolean isTemporal(int i) {
    String ner = toks.get(i).ner();
    return TEMPORAL.contains(lower(i)) || ner.equals("DATE") || ner.equals("TIME") || ner.equals("DURATION")
        || ner.equals("SET");
  }

  private boolean isNer(int i) {
    return NAMED_TYPES.contains(toks.get(i).ner());
  }

  private boolean hasName(int[] np) {
    for (int i = np[0]; i < np[1]; i++) {
      if (isNer(i) && !toks.get(i).ner().equals("TITLE")) {
        return true;
      }
    }
    return false;
  }

  private boolean isAux(int i) {
    String pos = toks.get(i).pos();
    return AUX.contains(lower(i)) || pos.equals("RB") && !lower(i).equals("according") || pos.equals("MD");
  }

  private int skipAux(int i, int w1) {
    while (i < w1 && isAux(i)) {
      i++;
    }
    return i;
  }

  /**
   * Whether token i is a verb of speech. {@code weakOk} admits verbs that only sometimes report speech
   * ("called it …", "continued"), as in a sentence with the quote right there.
   */
  private boolean isSpeechVerb(int i, boolean weakOk) {
    QuoteToken t = toks.get(i);
    String pos = t.pos();
    String w = lower(i);
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    boolean lowerCase = Character.isLowerCase(t.word().charAt(0));
    if (SPEECH_FORMS.contains(w) && (pos.startsWith("VB") || pos.startsWith("NN") && lowerCase && t.ner().equals("O"))) {
      return true;
    }
    if (!pos.startsWith("VB") || !SPEECH_LEMMAS.contains(lemma)) {
      return false;
    }
    if (pos.equals("VBN") && i > 0 && !AUX.contains(lower(i - 1)) && Set.of("call", "dub", "label", "brand",
        "title", "name", "term", "coin", "describe", "quote").contains(lemma)) {
      return false; // "a group called “Ready”": naming, not speech
    }
    return weakOk || !WEAK_LEMMAS.contains(lemma);
  }

  private boolean isPunct(int i) {
    String w = toks.get(i).word();
    return !w.isEmpty() && !Character.isLetterOrDigit(w.charAt(0));
  }

  private boolean onlyPunct(int a0, int a1) {
    for (int i = a0; i < a1; i++) {
      if (!isPunct(i)) {
        return false;
      }
    }
    return true;
  }

  private boolean isWord(int i, String w) {
    return toks.get(i).word().equalsIgnoreCase(w);
  }

  private String lower(int i) {
    return toks.get(i).word().toLowerCase(Locale.ROOT);
  }

  private boolean sameParagraph(int t1, int t2) {
    return paragraphOf(toks.get(t1).begin()) == paragraphOf(toks.get(t2).begin());
  }

  private int paragraphOf(int offset) {
    int lo = 0;
    int hi = paragraphs.size() - 1;
    int ans = 0;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (paragraphs.get(mid).start() <= offset) {
        ans = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return ans;
  }

  // ---------------------------------------------------------------------------------------------------
  // Output: written speaker, canonical speaker, type

  /** A canonical speaker; {@code mention} is the named mention's index or {@link QuoteSpan#NO_MENTION}. */
  private record Resolved(@Nullable String canonical, @Nullable String type, int mention, @Nullable String entityId) {}

  private List<QuoteSpan> output() {
    List<QuoteSpan> out = new ArrayList<>();
    for (int q = 0; q < segments.size(); q++) {
      QuoteFinder.Segment seg = segments.get(q);
      Found f = found[q];
      int sentence = segFirst[q] < toks.size() ? toks.get(Math.min(segFirst[q], toks.size() - 1)).sentence() : 0;
      String quoted = text.substring(seg.start(), seg.end());
      if (f == null) {
        if (words(quoted) < MIN_UNATTRIBUTED_WORDS && !groupHasSpeaker(seg.group())) {
          continue;
        }
        out.add(new QuoteSpan(seg.start(), seg.end(), quoted, null, null, -1, -1, sentence, null, null,
            QuoteSpan.NO_MENTION, null));
        continue;
      }
      int sStart = toks.get(f.start()).begin();
      int sEnd = toks.get(f.end() - 1).end();
      Resolved r = resolve(f, seg.start());
      out.add(new QuoteSpan(seg.start(), seg.end(), quoted, text.substring(sStart, sEnd), r.canonical(), sStart, sEnd,
          sentence, r.type(), f.sieve(), r.mention(), r.entityId()));
    }
    return out;
  }

  private boolean groupHasSpeaker(int group) {
    for (int q = 0; q < segments.size(); q++) {
      if (segments.get(q).group() == group && found[q] != null) {
        return true;
      }
    }
    return false;
  }

  private static int words(String s) {
    int n = 0;
    for (String w : s.split("\\s+")) {
      if (w.chars().anyMatch(Character::isLetterOrDigit)) {
        n++;
      }
    }
    return n;
  }

  private Resolved resolve(Found f, int quoteStart) {
    int head = f.head();
    if (f.end() - f.start() == 1 && isPronoun(head)) {
      return resolvePronoun(head, quoteStart);
    }
    // Named: the mention holding the head word ("Trump campaign manager Corey Lewandowski" → Lewandowski).
    int m = mentionOfTok[head];
    if (m >= 0 && isEntityType(mentions.get(m).type())) {
      SpeakerResolver.Entity e = resolver.resolve(m);
      return new Resolved(e.canonicalName(), e.type(), m, e.entityId());
    }
    // A description: "the ministry" may name an organisation of the document ("Defence Ministry").
    String noun = lower(head);
    if (ORG_NOUNS.contains(noun)) {
      int org = lastMentionEndingWith(noun, "ORGANIZATION", toks.get(head).begin());
      if (org >= 0 && f.end() - f.start() <= 3) {
        SpeakerResolver.Entity e = resolver.resolve(org);
        return new Resolved(e.canonicalName(), e.type(), org, e.entityId());
      }
    }
    String written = text.substring(toks.get(f.start()).begin(), toks.get(head).end());
    String type = ORG_NOUNS.contains(noun) ? "ORGANIZATION"
        : PERSON_NOUNS.contains(noun) || PERSON_NOUNS.contains(stripPlural(noun)) ? "PERSON" : null;
    return new Resolved(written, type, QuoteSpan.NO_MENTION, null);
  }

  private static boolean isEntityType(String type) {
    return NAMED_TYPES.contains(type) && !type.equals("TITLE");
  }

  private static String stripPlural(String noun) {
    return noun.endsWith("s") ? noun.substring(0, noun.length() - 1) : noun;
  }

  private int lastMentionEndingWith(String noun, String type, int before) {
    int best = -1;
    for (int i = 0; i < mentions.size(); i++) {
      MentionSpan m = mentions.get(i);
      if (m.type().equals(type) && m.end() <= before
          && m.text().toLowerCase(Locale.ROOT).endsWith(noun)) {
        best = i;
      }
    }
    return best;
  }

  /**
   * "he" → the nearest earlier quote speaker that fits, else the nearest earlier person mentioned outside a
   * quote that fits, looking back at most three paragraphs. "it" and "they" → organisations likewise.
   */
  private Resolved resolvePronoun(int pron, int quoteStart) {
    String p = lower(pron);
    boolean person = p.equals("he") || p.equals("she");
    boolean org = p.equals("it") || p.equals("they");
    if (!person && !org) {
      return new Resolved(null, p.equals("i") || p.equals("we") ? "PERSON" : null, QuoteSpan.NO_MENTION, null);
    }
    int before = Math.min(toks.get(pron).begin(), quoteStart);
    int fromPar = Math.max(0, paragraphOf(before) - 3);
    int limit = paragraphs.get(fromPar).start();
    // Earlier speakers: quotes before this one whose speaker is a named mention.
    int bestSpeaker = -1;
    int bestSpeakerAt = -1;
    for (int q = 0; q < segments.size(); q++) {
      Found f = found[q];
      if (f == null || segments.get(q).start() >= before || segments.get(q).start() < limit) {
        continue;
      }
      int m = mentionOfTok[f.head()];
      if (m >= 0 && fits(m, p) && segments.get(q).start() > bestSpeakerAt) {
        bestSpeaker = m;
        bestSpeakerAt = segments.get(q).start();
      }
    }
    // Nearest fitting mention outside quotes, in the pronoun's own sentence (before it) or earlier.
    int bestMention = -1;
    for (int i = 0; i < mentions.size(); i++) {
      MentionSpan m = mentions.get(i);
      if (m.end() > before || m.start() < limit || !fits(i, p) || insideQuote(m.start())) {
        continue;
      }
      bestMention = i;
    }
    int chosen = bestSpeaker;
    if (chosen < 0 || (bestMention >= 0 && paragraphOf(mentions.get(bestMention).start())
        > paragraphOf(mentions.get(chosen).start()) && isSubjectLike(bestMention))) {
      chosen = bestMention >= 0 ? bestMention : chosen;
    }
    if (chosen < 0) {
      return new Resolved(null, person ? "PERSON" : null, QuoteSpan.NO_MENTION, null);
    }
    SpeakerResolver.Entity e = resolver.resolve(chosen);
    return new Resolved(e.canonicalName(), person ? "PERSON" : e.type(), chosen, e.entityId());
  }

  /** A mention at the start of its sentence or right before a verb: likely a subject. */
  private boolean isSubjectLike(int mention) {
    MentionSpan m = mentions.get(mention);
    int t = lastTokenBefore(m.end());
    if (t < 0) {
      return false;
    }
    int first = t;
    while (first > 0 && mentionOfTok[first - 1] == mention) {
      first--;
    }
    boolean sentenceStart = first == sentStart[toks.get(first).sentence()];
    boolean beforeVerb = t + 1 < toks.size() && toks.get(skipAux(t + 1, toks.size() - 1)).pos().startsWith("VB");
    return sentenceStart || beforeVerb;
  }

  private boolean insideQuote(int offset) {
    for (QuoteFinder.Segment s : segments) {
      if (s.start() <= offset && offset < s.end()) {
        return true;
      }
    }
    return false;
  }

  private boolean fits(int mention, String pronoun) {
    MentionSpan m = mentions.get(mention);
    if (pronoun.equals("it") || pronoun.equals("they")) {
      return m.type().equals("ORGANIZATION");
    }
    List<String> w = MentionSpeakerResolver.nameWords(m.text());
    if (w.isEmpty()) {
      return false;
    }
    if (!m.type().equals("PERSON")) {
      // A person the NER typed otherwise ("Maria Santos" as an organisation): a known first name that fits.
      NameGender.Gender g = w.size() >= 2 ? NameGender.of(w.get(0)) : NameGender.Gender.UNKNOWN;
      return g == NameGender.Gender.MALE && pronoun.equals("he") || g == NameGender.Gender.FEMALE && pronoun.equals("she");
    }
    String lowerText = m.text().toLowerCase(Locale.ROOT);
    NameGender.Gender g = lowerText.startsWith("mr.") || lowerText.startsWith("mr ") ? NameGender.Gender.MALE
        : lowerText.startsWith("mrs") || lowerText.startsWith("ms.") || lowerText.startsWith("ms ")
            ? NameGender.Gender.FEMALE
            : w.size() >= 2 ? NameGender.of(w.get(0)) : NameGender.Gender.UNKNOWN;
    if (g == NameGender.Gender.UNKNOWN && w.size() == 1) {
      // A surname alone: take the gender of the fullest earlier mention that contains it.
      for (MentionSpan o : mentions) {
        List<String> ow = MentionSpeakerResolver.nameWords(o.text());
        if (o.start() < m.start() && o.type().equals("PERSON") && ow.size() >= 2 && ow.contains(w.get(0))) {
          g = NameGender.of(ow.get(0));
        }
      }
    }
    return switch (g) {
      case MALE -> pronoun.equals("he");
      case FEMALE -> pronoun.equals("she");
      default -> true;
    };
  }
}
