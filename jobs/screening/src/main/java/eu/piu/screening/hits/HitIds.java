package eu.piu.screening.hits;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Deterministic identifiers: the same facts always give the same id, so that a re-screen, a replay
 * or a restart writes the same records again and idempotent sinks keep one copy.
 */
public final class HitIds {

  private HitIds() {}

  /** One hit per passenger leg and watchlist entry or profile, whatever their versions. */
  public static String hit(String passengerLegId, String source) {
    return "h-" + digest(passengerLegId, source);
  }

  public static String watchlistSource(String listId, String entryId) {
    return "watchlist:" + listId + "/" + entryId;
  }

  public static String profileSource(String profileId) {
    return "profile:" + profileId;
  }

  public static String digest(String... parts) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String part : parts) {
        sha.update(part.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0x1f);
      }
      return HexFormat.of().formatHex(sha.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }
}
