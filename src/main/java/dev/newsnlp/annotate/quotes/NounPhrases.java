package dev.newsnlp.annotate.quotes;

import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Noun phrases and subjects found from POS tags alone (no parse): a phrase left or right of a token, the
 * subject of a speech verb, the subject of a sentence. Phrases never reach into a quote.
 */
public final class NounPhrases {
  /** An appositive or relative clause set off by commas ("Smith, the mayor of Riverton, said") is at most this
   * many tokens; past it the comma belongs to the sentence, not to a phrase about the subject. */
  private static final int MAX_APPOSITIVE_TOKENS = 30;
  /** A parenthesis after a name is a party and state tag ("Sen. Ted Cruz (R-Tex.)"), a few tokens long. */
  private static final int MAX_NAME_TAG_TOKENS = 8;
  /** Words between a subject and "to" in "went on to say", "was quick to add". */
  private static final int MAX_CATENATIVE_TOKENS = 4;
  /** Opening phrases ("On Thursday, after a long silence, …") skipped before a sentence's subject. */
  private static final int MAX_OPENING_PHRASES = 3;
  /** Tokens of one such opening phrase. */
  private static final int MAX_OPENING_PHRASE_TOKENS = 15;
  /** Tokens of an opening adverbial ("On Monday,", "In a statement on Friday,") in the quick first look. */
  private static final int MAX_ADVERBIAL_TOKENS = 12;
  /** Tokens of a dateline ("HEMPSTEAD, N.Y., Sept. 26 (UPI) —"). */
  private static final int MAX_DATELINE_TOKENS = 14;

  private final QuoteDocument doc;
  private final Grammar g;

  NounPhrases(QuoteDocument doc) {
    this.doc = doc;
    this.g = doc.grammar();
  }

  /**
   * Subject of the verb at v in the window [w0, w1): the noun phrase left of it; for ", saying …" the subject
   * of the sentence; for "…, said Smith" the noun phrase right after it.
   */
  public @Nullable NounPhrase subjectOf(int w0, int v, int w1) {
    if (v > w0 && g.isParticiple(v) && !QuoteWords.AUXILIARIES.contains(doc.lower(v - 1)) && !g.isNoun(v - 1)
        || v > w0 && doc.isWord(v - 1, ",") && g.isParticiple(v)) {
      int s0 = doc.sentenceStart(doc.sentenceOf(v));
      NounPhrase np = doc.isWord(v - 1, ",") ? reportingSubject(s0, v) : null;
      if (np == null) {
        np = sentenceSubject(s0, v);
      }
      return np != null && g.isNameOrPronoun(np) ? np : null;
    }
    NounPhrase np = leftOfVerb(w0, v);
    if (np != null && g.isParticiple(v) && isObject(w0, np)
        && !QuoteWords.TEXT_NOUNS.contains(Grammar.stripPlural(doc.lower(np.head())))) {
      // "Sanders opened the debate saying …", "workers carrying signs saying …": the participle is the
      // sentence's subject's, not the object's.
      NounPhrase subject = sentenceSubject(doc.sentenceStart(doc.sentenceOf(v)), np.start());
      return subject != null && g.isNameOrPronoun(subject) ? subject : np;
    }
    int j = v - 1;
    while (j >= w0 && g.isAux(j)) {
      j--;
    }
    if (np == null && j >= w0 && (doc.isWord(j, "but") || doc.isWord(j, "and"))) {
      // "Massie used to support Paul, but now said …": the subject of the first verb.
      np = sentenceSubject(Math.max(w0, doc.sentenceStart(doc.sentenceOf(v))), j);
      return np != null && g.isNameOrPronoun(np) ? np : null;
    }
    if (np == null && v > w0 && doc.isWord(v - 1, ",")) {
      np = right(g.skipAux(v + 1, w1), w1, false);
      if (np != null && !g.isNameOrPronoun(np) && !g.isRoleNoun(np.end() - 1)) {
        np = null;
      }
      if (np != null) {
        np = describedFully(np, w1); // "…, said the bureau's director, James Comey"
      }
    }
    return np;
  }

  /** Whether the phrase follows a verb or preposition of its clause: an object, not a subject. */
  private boolean isObject(int w0, NounPhrase np) {
    int k = np.start() - 1;
    // "the campaign of the senator from Ohio saying": go back over the attachments to the whole phrase.
    for (int hops = 0; k > w0 && isAttachment(k) && hops < 3; hops++) {
      String before = doc.token(k - 1).pos();
      if (doc.isWord(k, "of") && (before.equals("CD") || before.equals("DT") || before.equals("JJ"))) {
        k -= 2; // "one of her ads", "some of the protesters"
        continue;
      }
      NounPhrase outer = g.isNoun(k - 1) ? left(w0, k - 1) : null;
      if (outer == null) {
        break;
      }
      k = outer.start() - 1;
    }
    if (k < w0) {
      return false;
    }
    if (doc.isWord(k, "with") || doc.isWord(k, "without")) {
      return false; // "…, with spokesman Glen Caplin saying": the absolute construction's own subject
    }
    String pos = doc.token(k).pos();
    return pos.startsWith("VB") || pos.equals("IN") || pos.equals("RP") || pos.equals("TO");
  }

  /**
   * "…, Nefzi said, adding, “…”", "…, Hollande said in Paris, noting …": a participle after a reporting clause
   * belongs to that clause's subject, not to the sentence's first subject. The nearest reporting verb proper
   * (say, tell, …) before the participle at v in the sentence from s0, when its subject is a name or pronoun.
   */
  private @Nullable NounPhrase reportingSubject(int s0, int v) {
    for (int u = v - 2; u >= s0; u--) {
      if (!doc.inQuote(u) && !g.isParticiple(u) && g.isSpeechVerb(u, false) && g.hasCoreSpeechLemma(u)) {
        NounPhrase np = u > s0 && doc.isWord(u - 1, ",") ? right(g.skipAux(u + 1, v), v, false) : leftOfVerb(s0, u);
        return np != null && g.isNameOrPronoun(np) ? np : null;
      }
    }
    return null;
  }

  /**
   * The subject of a sentence: its first noun phrase followed by a verb, after up to three opening phrases set
   * off by commas ("On Thursday, after a long silence, Warren endorsed …").
   */
  public @Nullable NounPhrase sentenceSubject(int s0, int limit) {
    s0 = afterDateline(s0, limit);
    NounPhrase simple = openingSubject(s0, limit);
    if (simple != null) {
      return simple;
    }
    int i = s0;
    for (int skipped = 0; skipped <= MAX_OPENING_PHRASES && i < limit; skipped++) {
      while (i < limit && doc.isPunct(i)) {
        i++;
      }
      if (i < limit && doc.token(i).pos().equals("CC")) {
        i++;
      }
      NounPhrase np = right(i, limit, false);
      if (np != null) {
        int v = g.skipAux(skipNameTag(np.end(), limit), limit);
        if (v < limit && doc.token(v).pos().startsWith("VB")) {
          return np;
        }
        if (v < limit && doc.isWord(v, ",")) {
          // "Smith, the mayor, said …": the appositive is not the predicate.
          int k = nextComma(v + 1, limit, v);
          if (k < limit && g.skipAux(k + 1, limit) < limit
              && doc.token(g.skipAux(k + 1, limit)).pos().startsWith("VB")) {
            return np;
          }
        }
      }
      int c = i;
      while (c < limit && !doc.isWord(c, ",") && c - i <= MAX_OPENING_PHRASE_TOKENS) {
        c++;
      }
      if (c >= limit || !doc.isWord(c, ",")) {
        return null;
      }
      i = c + 1;
    }
    return null;
  }

  /**
   * "JACKSON, Miss. (AP) — Judge …": a dateline (a place in capitals, up to a dash) is no subject. The first
   * token after it, or s0 when the sentence has none.
   */
  private int afterDateline(int s0, int limit) {
    int i = s0;
    while (i < limit && isAllCaps(doc.token(i).word())) {
      i++;
    }
    if (i == s0 || i >= limit || !(doc.isWord(i, ",") || doc.isWord(i, "(") || isDash(i))) {
      return s0; // "GOP front-runner Donald Trump - who …" is no dateline
    }
    for (int k = i; k < limit && k - s0 <= MAX_DATELINE_TOKENS; k++) {
      if (isDash(k)) {
        return k + 1;
      }
    }
    return s0;
  }

  /** A dash set off by spaces ("WASHINGTON — "), not a hyphen inside a word ("EB-5", "GOP front-runner"). */
  private boolean isDash(int k) {
    String w = doc.token(k).word();
    if (!(w.equals("—") || w.equals("–") || w.equals("-") || w.equals("--"))) {
      return false;
    }
    int b = doc.token(k).begin();
    int e = doc.token(k).end();
    String text = doc.text();
    return b > 0 && Character.isWhitespace(text.charAt(b - 1)) && e < text.length()
        && Character.isWhitespace(text.charAt(e));
  }

  private static boolean isAllCaps(String w) {
    boolean letters = false;
    for (int c = 0; c < w.length(); c++) {
      char ch = w.charAt(c);
      if (Character.isLowerCase(ch)) {
        return false;
      }
      letters |= Character.isLetter(ch);
    }
    return letters && w.length() > 1;
  }

  /** After "Sen. Claire Lee (D-Mo.)": the token after the party and state tag at k, or k when there is none. */
  private int skipNameTag(int k, int limit) {
    if (k < limit && doc.isWord(k, "(")) {
      for (int j = k + 1; j < limit && j - k <= MAX_NAME_TAG_TOKENS; j++) {
        if (doc.isWord(j, ")")) {
          return j + 1;
        }
      }
    }
    return k;
  }

  /**
   * The comma closing an appositive that opened with the comma at {@code open}: the first comma from k on
   * within {@link #MAX_APPOSITIVE_TOKENS}; its index, or a token that is not a comma when there is none.
   */
  public int nextComma(int k, int limit, int open) {
    while (k < limit && k - open <= MAX_APPOSITIVE_TOKENS && !doc.isWord(k, ",")) {
      k++;
    }
    return k;
  }

  /** The first noun phrase of a sentence, after an opening phrase set off by a comma ("On Monday, Trump …"). */
  private @Nullable NounPhrase openingSubject(int s0, int limit) {
    int i = s0;
    while (i < limit && doc.isPunct(i)) {
      i++;
    }
    String pos = i < limit ? doc.token(i).pos() : "";
    if (i < limit && (pos.equals("IN") || pos.startsWith("RB") || pos.equals("CC"))) {
      int c = i;
      while (c < limit && !doc.isWord(c, ",") && c - i <= MAX_ADVERBIAL_TOKENS) {
        c++;
      }
      if (c < limit && doc.isWord(c, ",")) {
        i = c + 1;
      } else if (pos.equals("CC")) {
        i++;
      }
    }
    return right(i, limit, false);
  }

  /** Subject of the verb at v: the noun phrase left of it (over adverbs, auxiliaries and an appositive). */
  private @Nullable NounPhrase leftOfVerb(int w0, int v) {
    int j = v - 1;
    while (j >= w0 && g.isAux(j)) {
      j--;
    }
    if (j >= w0 && doc.isWord(j, "to")) {
      // "Pence went on to say", "Trump was quick to add"
      int k = j - 1;
      while (k >= w0 && j - k <= MAX_CATENATIVE_TOKENS && (doc.token(k).pos().startsWith("VB")
          || doc.token(k).pos().equals("RP") || doc.token(k).pos().startsWith("JJ") || g.isAux(k))) {
        k--;
      }
      if (k < j - 1) {
        j = k;
      }
    }
    if (j < w0) {
      return null;
    }
    if (doc.isWord(j, ")")) {
      while (j >= w0 && !doc.isWord(j, "(")) {
        j--;
      }
      j--;
    }
    if (j >= w0 && doc.isWord(j, ",")) {
      // "Swanson, who is a pastor at the church of Elizabeth, Colorado, slammed …": a relative clause may hold
      // commas; the subject is before ", who".
      for (int r = j - 1; r > w0 && j - r <= MAX_APPOSITIVE_TOKENS; r--) {
        if ((doc.isWord(r, "who") || doc.isWord(r, "which")) && doc.isWord(r - 1, ",")) {
          NounPhrase np = left(w0, r - 2);
          if (np != null) {
            return np;
          }
          break;
        }
      }
      // NP1 , APPOSITIVE , verb
      int k = j - 1;
      while (k >= w0 && j - k <= MAX_APPOSITIVE_TOKENS && !doc.isWord(k, ",")) {
        k--;
      }
      NounPhrase appos = k >= w0 ? right(k + 1, j, true) : null;
      NounPhrase np1 = k >= w0 && doc.isWord(k, ",") ? left(w0, k - 1) : null;
      return chooseAppositive(np1, appos);
    }
    if (j >= w0 && doc.isWord(j, "who") && j - 1 >= w0) {
      int k = j - 1;
      if (doc.isWord(k, ",")) {
        k--;
      }
      return k >= w0 ? left(w0, k) : null;
    }
    return left(w0, j);
  }

  /**
   * "Smith, the mayor, said" → Smith; "The mayor's lawyer, Ann Lee, said" → the whole span, with Ann Lee as
   * its head (the last token); else the phrase with a name, else the first.
   */
  public @Nullable NounPhrase chooseAppositive(@Nullable NounPhrase np1, @Nullable NounPhrase appos) {
    if (np1 == null) {
      return appos != null && g.namedHead(appos) ? appos : null;
    }
    if (g.namedHead(np1) || g.isPronoun(np1.start())) {
      return np1;
    }
    if (appos != null && g.namedHead(appos)) {
      return new NounPhrase(np1.start(), appos.end(), appos.head());
    }
    if (g.hasName(np1) || appos == null || !g.hasName(appos)) {
      return np1;
    }
    return appos;
  }

  /** A noun phrase ending at token j, found leftwards; null when token j cannot end one. */
  public @Nullable NounPhrase left(int w0, int j) {
    if (j >= w0 && doc.isWord(j, ")")) {
      // "Sen. Ted Cruz (R-Tex.)"
      int k = j;
      while (k >= w0 && j - k <= MAX_NAME_TAG_TOKENS && !doc.isWord(k, "(")) {
        k--;
      }
      if (k >= w0 && doc.isWord(k, "(")) {
        j = k - 1;
      }
    }
    if (j < w0 || doc.inQuote(j)) {
      return null;
    }
    if (g.isPronoun(j)) {
      return NounPhrase.single(j);
    }
    if (!g.isNoun(j) || g.isTemporal(j)) {
      return null;
    }
    int k = j;
    while (k - 1 >= w0 && !doc.inQuote(k - 1) && isPart(k - 1, k)) {
      k--;
    }
    int head = j;
    // "Proponents of the new bill": the head is the noun before "of".
    if (k - 2 >= w0 && doc.isWord(k - 1, "of") && g.isNoun(k - 2) && !g.isTemporal(k - 2) && !doc.inQuote(k - 2)) {
      head = k - 2;
      k = k - 2;
      while (k - 1 >= w0 && !doc.inQuote(k - 1) && isPart(k - 1, k)) {
        k--;
      }
    }
    return new NounPhrase(k, j + 1, head);
  }

  /**
   * A noun phrase starting at token i and ending before w1, found rightwards; with {@code attachments} it goes
   * on over "of", "from", "by", … ("a narrator in the Clinton ad").
   */
  public @Nullable NounPhrase right(int i, int w1, boolean attachments) {
    if (i >= w1 || doc.inQuote(i)) {
      return null;
    }
    if (g.isPronoun(i)) {
      return NounPhrase.single(i);
    }
    int k = i;
    int lastNoun = -1;
    int head = -1;
    boolean attached = false;
    while (k < w1 && !doc.inQuote(k)) {
      if (lastNoun >= 0 && g.isTemporal(k) && !g.isNer(k) && !g.isTemporal(lastNoun) && g.namedHead(new NounPhrase(i, lastNoun + 1,
          lastNoun))) {
        break; // "Judge Carlton Reeves late Thursday night issued …": the time is no part of the name
      }
      if (g.isNoun(k) && !(g.isTemporal(k) && lastNoun < 0 && !g.isNer(k))) {
        lastNoun = k;
        if (!attached) {
          head = k;
        }
        k++;
      } else if (g.isModifier(k) || doc.isWord(k, "of") && lastNoun >= 0 && k + 1 < w1 && g.isCapitalNoun(k + 1)) {
        k++;
      } else if (attachments && lastNoun >= 0 && isAttachment(k) && k + 1 < w1) {
        attached = true;
        k++;
      } else if (attachments && lastNoun >= 0 && doc.token(k).pos().equals("VBN") && k + 2 < w1
          && isAttachment(k + 1)) {
        // "a court document filed by the state attorney", "a source involved in the talks": part of the source
        attached = true;
        k += 2;
      } else {
        break;
      }
    }
    if (lastNoun < 0) {
      return null;
    }
    return new NounPhrase(i, lastNoun + 1, head < 0 ? lastNoun : head);
  }

  private boolean isAttachment(int k) {
    return doc.isWord(k, "of") || doc.isWord(k, "from") || doc.isWord(k, "by") || doc.isWord(k, "for")
        || doc.isWord(k, "in") || doc.isWord(k, "at") || doc.isWord(k, "with");
  }

  /** Whether token k continues leftwards the phrase that goes on at {@code right}. */
  private boolean isPart(int k, int right) {
    if (g.isNoun(k) || g.isModifier(k)) {
      return !(g.isTemporal(k) && !g.isNer(k));
    }
    // "Secretary of State John Kerry", "Bank of America"
    return doc.isWord(k, "of") && g.isCapitalNoun(right) && k - 1 >= 0 && g.isCapitalNoun(k - 1);
  }

  /**
   * "said a spokeswoman for the hotel group, Ann Lee": a description after the verb goes on over its
   * attachments and takes the name set off after it (head: the name), so the speaker can be counted by name.
   */
  public NounPhrase describedFully(NounPhrase np, int a1) {
    if (g.namedHead(np) || g.isPronoun(np.start())) {
      return np;
    }
    NounPhrase longer = right(np.start(), a1, true);
    NounPhrase described = longer != null && longer.end() > np.end() && longer.head() == np.head() ? longer : np;
    int j = described.end();
    if (j + 1 < a1 && doc.isWord(j, ",")) {
      NounPhrase name = right(j + 1, a1, false);
      boolean ends = name != null && (name.end() >= a1 || doc.isPunct(name.end()));
      if (ends && g.namedHead(name)) {
        return new NounPhrase(described.start(), name.end(), name.head());
      }
    }
    return described;
  }
}
