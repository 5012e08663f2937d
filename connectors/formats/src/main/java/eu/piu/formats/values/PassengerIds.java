package eu.piu.formats.values;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Passenger identifiers that stay the same across the pushes of a PNR and say nothing about the
 * person: a hash of the normalised surname and given names (title and spacing ignored). Carriers'
 * traveller reference numbers are not used: several systems renumber travellers when one leaves the
 * booking, while the name of the others stays. Two travellers with the same name in one PNR get
 * {@code -2}, {@code -3} in order of appearance.
 */
public final class PassengerIds {

  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private static final ThreadLocal<MessageDigest> SHA256 =
      ThreadLocal.withInitial(PassengerIds::sha256);

  private PassengerIds() {}

  public static String of(String normalisedSurname, String normalisedGiven) {
    return "P" + hash(normalisedSurname + "/" + normalisedGiven);
  }

  /** Same idea for API travellers, whose date of birth tells namesakes apart. */
  public static String ofTraveller(String normalisedSurname, String normalisedGiven, String dob) {
    return "A" + hash(normalisedSurname + "/" + normalisedGiven + "/" + (dob == null ? "" : dob));
  }

  private static String hash(String key) {
    byte[] digest = SHA256.get().digest(key.getBytes(StandardCharsets.UTF_8));
    char[] out = new char[16];
    for (int i = 0; i < 8; i++) {
      out[2 * i] = HEX[digest[i] >>> 4 & 0xf];
      out[2 * i + 1] = HEX[digest[i] & 0xf];
    }
    return new String(out);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
