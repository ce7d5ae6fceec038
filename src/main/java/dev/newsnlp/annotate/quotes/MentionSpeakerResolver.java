package dev.newsnlp.annotate.quotes;

import dev.newsnlp.annotate.MentionSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Document-local canonical speakers, until document-level entities exist: the canonical name of a mention is
 * the fullest mention of the same kind in the document whose name words include all of this mention's
 * ("Cruz" → "Ted Cruz", "Sen. Cruz" → "Ted Cruz"); on a tie, the nearest one before it, then the first.
 * Entity ids are null.
 */
public final class MentionSpeakerResolver implements SpeakerResolver {
  private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "sen", "rep", "gov", "gen",
      "lt", "col", "sgt", "capt", "prof", "rev", "president", "senator", "governor", "secretary", "jr", "sr");

  private final List<MentionSpan> mentions;
  private final List<List<String>> words = new ArrayList<>();

  public MentionSpeakerResolver(List<MentionSpan> mentions) {
    this.mentions = mentions;
    for (MentionSpan m : mentions) {
      words.add(nameWords(m.text()));
    }
  }

  @Override
  public Entity resolve(int index) {
    MentionSpan m = mentions.get(index);
    List<String> own = words.get(index);
    int best = index;
    for (int i = 0; i < mentions.size(); i++) {
      MentionSpan c = mentions.get(i);
      if (!sameKind(m.type(), c.type()) || own.isEmpty() || !words.get(i).containsAll(own)) {
        continue;
      }
      int cn = words.get(i).size();
      int bn = words.get(best).size();
      if (cn > bn || (cn == bn && better(i, best, index))) {
        best = i;
      }
    }
    MentionSpan b = mentions.get(best);
    return new Entity(b.text(), m.type(), null);
  }

  /** Among equally full candidates: the nearest one before the mention, else the first. */
  private static boolean better(int candidate, int best, int index) {
    if (candidate == best) {
      return false;
    }
    boolean cBefore = candidate <= index;
    boolean bBefore = best <= index;
    if (cBefore != bBefore) {
      return cBefore;
    }
    return cBefore ? candidate > best : candidate < best;
  }

  private static boolean sameKind(String a, String b) {
    return a.equals(b) || (isPlace(a) && isPlace(b));
  }

  private static boolean isPlace(String t) {
    return t.equals("LOCATION") || t.equals("CITY") || t.equals("COUNTRY") || t.equals("STATE_OR_PROVINCE");
  }

  /** Lower-cased name words without titles and punctuation ("Sen. Ted Cruz" → [ted, cruz]). */
  static List<String> nameWords(String s) {
    List<String> out = new ArrayList<>();
    for (String w : s.split("[^\\p{L}\\p{N}]+")) {
      String lw = w.toLowerCase(Locale.ROOT);
      if (!lw.isEmpty() && !TITLES.contains(lw) && !lw.equals("s")) {
        out.add(lw);
      }
    }
    return out;
  }
}
