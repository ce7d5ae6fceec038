package dev.newsnlp.read;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable document ids for pages whose input gives none. */
public final class DocIds {
  /**
   * The first 16 hex digits of SHA-256 over the source path and the record index: the same file at the same
   * path gives the same ids on every run and every runner.
   */
  public static String forRecord(String source, long recordIndex) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] digest = sha.digest((source + "\n" + recordIndex).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JRE", e);
    }
  }

  private DocIds() {}
}
