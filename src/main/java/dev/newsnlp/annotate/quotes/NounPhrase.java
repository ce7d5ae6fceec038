package dev.newsnlp.annotate.quotes;

/** A noun phrase of tokens [start, end) with its head token (the name or noun the speaker is resolved by). */
public record NounPhrase(int start, int end, int head) {

  /** A one-token phrase ("he"). */
  static NounPhrase single(int i) {
    return new NounPhrase(i, i + 1, i);
  }
}
