package dev.newsnlp.annotate.quotes;

import dev.newsnlp.annotate.MentionSpan;
import dev.newsnlp.annotate.QuoteSpan;
import java.util.List;
import java.util.Locale;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Who a found speaker is: a named head goes to its mention's entity (via the {@link SpeakerResolver}); "he" and
 * "she" to the nearest earlier speaker or person outside quotes that fits the pronoun; "it" and "they" to an
 * organisation; "the ministry" to an organisation named earlier that ends in that noun, "the company" to the
 * organisation "it" would be. A pronoun or description that names no entity this way ("a spokesman", an
 * "it" with no organisation before it) has no canonical name: an analyst counting speakers would count the
 * word. The speaker's form ({@code person}, {@code organisation}, {@code pronoun}, {@code description}) says
 * which case it was.
 */
final class SpeakerCanonicalizer {
  /** A pronoun looks back this many paragraphs for its antecedent: further back, news has moved on. */
  private static final int PRONOUN_LOOKBACK_PARAGRAPHS = 3;
  /** "the ministry", "the defence ministry": a longer description says more than which organisation it is. */
  private static final int MAX_ORGANISATION_DESCRIPTION_TOKENS = 3;
  /** Words of a title before a name ("Democratic vice presidential nominee Tim Kaine"). */
  private static final int MAX_TITLE_TOKENS = 4;

  /** A canonical speaker; {@code mention} is the named mention's index or {@link QuoteSpan#NO_MENTION}. */
  record Resolved(@Nullable String canonical, @Nullable String type, int mention, @Nullable String entityId,
      String form) {}

  private static final String PERSON = SpeakerForms.PERSON;
  private static final String ORGANISATION = SpeakerForms.ORGANISATION;
  private static final String PRONOUN = SpeakerForms.PRONOUN;
  private static final String DESCRIPTION = SpeakerForms.DESCRIPTION;

  private final QuoteDocument doc;
  private final Speakers found;
  private final SpeakerResolver resolver;

  SpeakerCanonicalizer(QuoteDocument doc, Speakers found, SpeakerResolver resolver) {
    this.doc = doc;
    this.found = found;
    this.resolver = resolver;
  }

  Resolved resolve(Speaker s, int quoteStart) {
    int head = s.head();
    if (s.end() - s.start() == 1 && doc.grammar().isPronoun(head)) {
      return resolvePronoun(head, quoteStart);
    }
    // Named: the mention holding the head word ("Trump campaign manager Corey Lewandowski" → Lewandowski).
    int m = doc.mentionOf(head);
    if (m >= 0 && Grammar.isEntityType(doc.mentions().get(m).type())) {
      return entity(m, null, doc.mentions().get(m).type().equals("PERSON") ? PERSON : ORGANISATION);
    }
    // A description: "the ministry" may name an organisation of the document ("Defence Ministry").
    String noun = doc.lower(head);
    boolean organisation = QuoteWords.ORGANISATION_NOUNS.contains(noun);
    if (organisation && s.end() - s.start() <= MAX_ORGANISATION_DESCRIPTION_TOKENS) {
      int org = lastMentionEndingWith(noun, "ORGANIZATION", doc.token(head).begin());
      if (org < 0 && isDefinite(s.start()) && QuoteWords.INSTITUTION_NOUNS.contains(noun)) {
        // "the company said": the organisation "it" would be, unless its name says it is another kind of
        // organisation ("the company" is not "the Water Authority").
        org = antecedent(Math.min(doc.token(s.start()).begin(), quoteStart), "it");
        if (org >= 0 && endsInOtherOrganisationNoun(doc.mentions().get(org).text(), noun)) {
          org = -1;
        }
      }
      if (org >= 0) {
        return entity(org, null, DESCRIPTION);
      }
    }
    boolean personNoun = QuoteWords.PERSON_NOUNS.contains(noun);
    if (personNoun && isDefinite(s.start()) && s.end() - s.start() <= MAX_ORGANISATION_DESCRIPTION_TOKENS) {
      // "the mayor said" after "Mayor Daniel Okafor": the person last given that title.
      int titled = lastTitled(s, noun, Math.min(doc.token(s.start()).begin(), quoteStart));
      if (titled >= 0) {
        return entity(titled, "PERSON", DESCRIPTION);
      }
    }
    String type = organisation ? "ORGANIZATION"
        : personNoun || QuoteWords.PERSON_NOUNS.contains(Grammar.stripPlural(noun)) ? "PERSON" : null;
    return new Resolved(null, type, QuoteSpan.NO_MENTION, null, DESCRIPTION);
  }

  /**
   * "Clinton says voters are angry and want what she calls “real solutions”": a "he" or "she" whose sentence
   * names one person before it, outside quotes, as its subject, and that person fits, is that person; the
   * speaker as written becomes the name (the sentence's own attribution). With no or several persons named
   * there, or one that does not fit or is no subject, the pronoun stays.
   */
  Speaker bindInSentence(Speaker s) {
    int pron = s.head();
    if (s.end() - s.start() != 1 || !doc.grammar().isPronoun(pron)) {
      return s;
    }
    String p = doc.lower(pron);
    if (!p.equals("he") && !p.equals("she")) {
      return s;
    }
    int s0 = doc.token(doc.sentenceStart(doc.sentenceOf(pron))).begin();
    int before = doc.token(pron).begin();
    int person = -1;
    for (int i = 0; i < doc.mentions().size(); i++) {
      MentionSpan m = doc.mentions().get(i);
      if (m.start() < s0 || m.end() > before || !m.type().equals("PERSON") || doc.insideQuote(m.start())) {
        continue;
      }
      if (person >= 0) {
        return s; // two persons: which one is meant needs more than word classes
      }
      person = i;
    }
    if (person < 0 || !fits(person, p)) {
      return s;
    }
    // The name must be the sentence's subject ("Clinton says …", "Trump, on a swing through Ohio, hammered …"),
    // not an object or an aside ("the deal negotiated by Obama, who he noted was …").
    int t0 = doc.sentenceStart(doc.sentenceOf(pron));
    NounPhrase subject = doc.phrases().sentenceSubject(t0, pron);
    if ((subject == null || doc.mentionOf(subject.head()) != person) && !opensClause(t0, person, pron)) {
      return s;
    }
    MentionSpan m = doc.mentions().get(person);
    int first = doc.lastTokenBefore(m.start()) + 1;
    int last = doc.lastTokenBefore(m.end());
    return last < first ? s : new Speaker(first, last + 1, last, s.sieve());
  }

  /** "When Trump used the words, …, he was echoing Ryan": the person is the subject of an opening when-clause. */
  private boolean opensClause(int t0, int person, int limit) {
    Grammar g = doc.grammar();
    if (t0 + 1 >= limit || !g.isSubordinator(t0)) {
      return false;
    }
    NounPhrase np = doc.phrases().right(t0 + 1, limit, false);
    return np != null && doc.mentionOf(np.head()) == person && np.end() < limit
        && doc.token(g.skipAux(np.end(), limit)).pos().startsWith("VB");
  }

  private static boolean endsInOtherOrganisationNoun(String name, String noun) {
    String[] words = name.toLowerCase(Locale.ROOT).split("\\s+");
    String last = words[words.length - 1];
    return !last.equals(noun) && QuoteWords.ORGANISATION_NOUNS.contains(last);
  }

  /**
   * The last person mention before this offset written with {@code title} right before it or inside it
   * ("Mayor Daniel Okafor" for "the mayor"); -1 when none. Only the title itself counts: "the mayor" is never
   * a person merely mentioned nearby. The description's other words must be in the title too ("the Republican
   * nominee" is not "Democratic vice presidential nominee Tim Kaine"). No look-back limit: an article names
   * its mayor once and then says "the mayor" throughout.
   */
  private int lastTitled(Speaker description, String title, int before) {
    int best = -1;
    for (int i = 0; i < doc.mentions().size(); i++) {
      MentionSpan m = doc.mentions().get(i);
      if (m.end() > before || !m.type().equals("PERSON")) {
        continue;
      }
      int prev = doc.lastTokenBefore(m.start());
      boolean titledBefore = prev >= 0 && doc.lower(prev).equals(title);
      boolean titledInside = m.text().toLowerCase(Locale.ROOT).startsWith(title + " ");
      if ((titledBefore || titledInside) && hasAllWords(description, prev, m)) {
        best = i;
      }
    }
    return best;
  }

  /** Every word of the description after its determiner is in the mention or the few words right before it. */
  private boolean hasAllWords(Speaker description, int prev, MentionSpan m) {
    StringBuilder title = new StringBuilder(m.text().toLowerCase(Locale.ROOT));
    for (int k = prev; k >= 0 && k > prev - MAX_TITLE_TOKENS; k--) {
      title.append(' ').append(doc.lower(k));
    }
    List<String> words = List.of(title.toString().split("\\s+"));
    for (int k = description.start() + 1; k <= description.head(); k++) {
      if (!words.contains(doc.lower(k))) {
        return false;
      }
    }
    return true;
  }

  /** "the company", "this agency": a definite description refers back; "a spokesman" introduces someone new. */
  private boolean isDefinite(int first) {
    String w = doc.lower(first);
    return w.equals("the") || w.equals("this") || w.equals("that");
  }

  /** The entity of mention m; {@code type}, when given, overrides the entity's type. */
  private Resolved entity(int m, @Nullable String type, String form) {
    SpeakerResolver.Entity e = resolver.resolve(m);
    return new Resolved(e.canonicalName(), type != null ? type : e.type(), m, e.entityId(), form);
  }

  private int lastMentionEndingWith(String noun, String type, int before) {
    int best = -1;
    for (int i = 0; i < doc.mentions().size(); i++) {
      MentionSpan m = doc.mentions().get(i);
      if (m.type().equals(type) && m.end() <= before && m.text().toLowerCase(Locale.ROOT).endsWith(noun)) {
        best = i;
      }
    }
    return best;
  }

  /**
   * "he" → the nearest earlier quote speaker that fits, else the nearest earlier person mentioned outside a
   * quote that fits, looking back a few paragraphs. "it" and "they" → organisations likewise.
   */
  private Resolved resolvePronoun(int pron, int quoteStart) {
    String p = doc.lower(pron);
    boolean person = p.equals("he") || p.equals("she");
    boolean org = p.equals("it") || p.equals("they");
    if (!person && !org) {
      return new Resolved(null, p.equals("i") || p.equals("we") ? "PERSON" : null, QuoteSpan.NO_MENTION, null,
          PRONOUN);
    }
    int chosen = antecedent(Math.min(doc.token(pron).begin(), quoteStart), p);
    if (chosen < 0) {
      return new Resolved(null, person ? "PERSON" : null, QuoteSpan.NO_MENTION, null, PRONOUN);
    }
    return entity(chosen, person ? "PERSON" : null, PRONOUN);
  }

  /**
   * The named mention a pronoun ("he", "it") before this offset refers to: the last quote speaker that fits,
   * unless a fitting subject was named in a later paragraph; -1 when nothing fits within the look-back.
   */
  private int antecedent(int before, String p) {
    int limit = lookbackLimit(before);
    int bestSpeaker = lastSpeaker(before, p);
    // Nearest fitting mention outside quotes, in the pronoun's own sentence (before it) or earlier.
    int bestMention = -1;
    for (int i = 0; i < doc.mentions().size(); i++) {
      MentionSpan m = doc.mentions().get(i);
      if (m.end() > before || m.start() < limit || !fits(i, p) || doc.insideQuote(m.start())) {
        continue;
      }
      bestMention = i;
    }
    int chosen = bestSpeaker;
    if (chosen < 0 || (bestMention >= 0 && doc.paragraphOf(doc.mentions().get(bestMention).start())
        > doc.paragraphOf(doc.mentions().get(chosen).start()) && isSubjectLike(bestMention))) {
      chosen = bestMention >= 0 ? bestMention : chosen;
    }
    return chosen;
  }

  /** Where a pronoun or description at this offset stops looking back: a few paragraphs before its own. */
  private int lookbackLimit(int before) {
    int fromPar = Math.max(0, doc.paragraphOf(before) - PRONOUN_LOOKBACK_PARAGRAPHS);
    return doc.paragraphs().get(fromPar).start();
  }

  /**
   * The named mention of the last quote speaker before this offset, within the look-back, that fits the
   * pronoun ("it" for an organisation), or -1.
   */
  private int lastSpeaker(int before, String pronoun) {
    int limit = lookbackLimit(before);
    int bestSpeaker = -1;
    int bestSpeakerAt = -1;
    for (int q = 0; q < doc.quotes().size(); q++) {
      Speaker s = found.of(q);
      int at = doc.quotes().get(q).start();
      if (s == null || at >= before || at < limit) {
        continue;
      }
      int m = doc.mentionOf(s.head());
      if (m >= 0 && fits(m, pronoun) && at > bestSpeakerAt) {
        bestSpeaker = m;
        bestSpeakerAt = at;
      }
    }
    return bestSpeaker;
  }

  /** A mention at the start of its sentence or right before a verb: likely a subject. */
  private boolean isSubjectLike(int mention) {
    int t = doc.lastTokenBefore(doc.mentions().get(mention).end());
    if (t < 0) {
      return false;
    }
    int first = t;
    while (first > 0 && doc.mentionOf(first - 1) == mention) {
      first--;
    }
    boolean sentenceStart = first == doc.sentenceStart(doc.sentenceOf(first));
    boolean beforeVerb = t + 1 < doc.size()
        && doc.token(doc.grammar().skipAux(t + 1, doc.size() - 1)).pos().startsWith("VB");
    return sentenceStart || beforeVerb;
  }

  private boolean fits(int mention, String pronoun) {
    MentionSpan m = doc.mentions().get(mention);
    if (pronoun.equals("it") || pronoun.equals("they")) {
      return m.type().equals("ORGANIZATION");
    }
    List<String> w = MentionSpeakerResolver.nameWords(m.text());
    if (w.isEmpty()) {
      return false;
    }
    if (!m.type().equals("PERSON")) {
      // A person the NER typed otherwise ("Maria Santos" as an organisation): a known first name that fits.
      NameGender.Gender g = firstNameGender(w);
      return g == NameGender.Gender.MALE && pronoun.equals("he") || g == NameGender.Gender.FEMALE && pronoun.equals("she");
    }
    NameGender.Gender g = genderOf(m, w);
    return switch (g) {
      case MALE -> pronoun.equals("he");
      case FEMALE -> pronoun.equals("she");
      default -> true;
    };
  }

  /** A person's gender from "Mr."/"Ms.", else the first name, else (a surname alone) a fuller earlier mention. */
  private NameGender.Gender genderOf(MentionSpan m, List<String> w) {
    String lowerText = m.text().toLowerCase(Locale.ROOT);
    if (lowerText.startsWith("mr.") || lowerText.startsWith("mr ")) {
      return NameGender.Gender.MALE;
    }
    if (lowerText.startsWith("mrs") || lowerText.startsWith("ms.") || lowerText.startsWith("ms ")) {
      return NameGender.Gender.FEMALE;
    }
    NameGender.Gender g = firstNameGender(w);
    if (g == NameGender.Gender.UNKNOWN && w.size() == 1) {
      for (MentionSpan o : doc.mentions()) {
        List<String> ow = MentionSpeakerResolver.nameWords(o.text());
        if (o.start() < m.start() && o.type().equals("PERSON") && ow.size() > 1 && ow.contains(w.get(0))) {
          g = firstNameGender(ow);
        }
      }
    }
    return g;
  }

  /** The gender of a name's first word when there is more than one ("Maria Santos"; "Santos" alone has none). */
  private static NameGender.Gender firstNameGender(List<String> nameWords) {
    return nameWords.size() > 1 ? NameGender.of(nameWords.get(0)) : NameGender.Gender.UNKNOWN;
  }
}
