package dev.newsnlp.annotate.ner;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;

/** The runs of tokens that share one NER tag other than O: the spans the CRF's labels make names of. */
final class TagRuns {
  private TagRuns() {}

  /** Receives tokens {@code [from, to)} of a sentence, all tagged {@code tag}. */
  interface Run {
    void accept(int from, int to, String tag);
  }

  /** Each maximal run of one tag (not O, not missing) in the sentence, left to right. */
  static void each(List<CoreLabel> sentence, Run run) {
    int i = 0;
    while (i < sentence.size()) {
      String tag = sentence.get(i).ner();
      if (tag == null || tag.equals("O")) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < sentence.size() && tag.equals(sentence.get(j).ner())) {
        j++;
      }
      run.accept(i, j, tag);
      i = j;
    }
  }
}
