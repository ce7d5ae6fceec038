package dev.newsnlp.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsnlp.clean.LanguageIdentifier;
import dev.newsnlp.clean.LanguageIdentifier.StopWordVote;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Checks the stop-word vote of {@link LanguageIdentifier} against lingua on JSON Lines files with a
 * {@code text} field (a documents table, or an evaluation set). Per file: texts read, texts the vote decides,
 * how many of those lingua calls the same language, and every disagreement. With {@code --tsv} it prints one
 * row per text instead (lingua's answer and the vote's evidence), to set the vote's thresholds.
 *
 * <pre>
 * java -cp 'target/classes:target/test-classes:target/lib/*' dev.newsnlp.tools.LanguageAgreement [--tsv] FILE...
 * </pre>
 */
public final class LanguageAgreement {
  private LanguageAgreement() {}

  public static void main(String[] args) throws IOException {
    ObjectMapper json = new ObjectMapper();
    boolean tsv = false;
    long allTexts = 0;
    long allDecided = 0;
    long allAgree = 0;
    for (String arg : args) {
      if (arg.equals("--tsv")) {
        tsv = true;
        continue;
      }
      long texts = 0;
      long decided = 0;
      long agree = 0;
      try (BufferedReader r = Files.newBufferedReader(Path.of(arg), StandardCharsets.UTF_8)) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          JsonNode row = json.readTree(line);
          JsonNode t = row.get("text");
          if (t == null || t.isNull() || t.asText().isBlank()) {
            continue;
          }
          String text = t.asText();
          texts++;
          String lingua = LanguageIdentifier.detectWithLingua(text);
          StopWordVote v = LanguageIdentifier.vote(text);
          if (tsv) {
            System.out.printf(Locale.ROOT, "%s\t%s\t%d\t%.4f\t%.4f\t%.4f%n", arg, lingua, v.words, v.english, v.other,
                v.nonLatin);
          }
          if (v.clearlyEnglish()) {
            decided++;
            if (lingua.equals("en")) {
              agree++;
            } else if (!tsv) {
              String id = row.has("id") ? row.get("id").asText()
                  : row.path("doc_id").asText(row.path("source").asText());
              System.out.println("DISAGREE " + arg + " " + id + " lingua=" + lingua);
            }
          }
        }
      }
      if (!tsv) {
        System.out.printf(Locale.ROOT, "%-70s texts %6d  decided by the vote %6d  agree %6d%n", arg, texts, decided,
            agree);
      }
      allTexts += texts;
      allDecided += decided;
      allAgree += agree;
    }
    if (!tsv) {
      System.out.printf(Locale.ROOT, "ALL texts %d  decided by the vote %d (%.1f%%)  agree with lingua %d%n", allTexts,
          allDecided, 100.0 * allDecided / Math.max(1, allTexts), allAgree);
    }
  }
}
