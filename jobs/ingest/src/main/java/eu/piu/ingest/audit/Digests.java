package eu.piu.ingest.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Deterministic identifiers and content hashes: the same facts always give the same value, so that
 * a replay after a restart writes the same records again and idempotent sinks keep one copy.
 */
public final class Digests {

  private Digests() {}

  /** 32 hex characters of SHA-256 over the parts, each followed by a unit separator. */
  public static String of(String... parts) {
    MessageDigest sha = sha256();
    for (String part : parts) {
      sha.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0x1f);
    }
    return HexFormat.of().formatHex(sha.digest(), 0, 16);
  }

  /** 32 hex characters of SHA-256 over bytes. */
  public static String of(byte[] bytes) {
    return HexFormat.of().formatHex(sha256().digest(bytes), 0, 16);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }
}
