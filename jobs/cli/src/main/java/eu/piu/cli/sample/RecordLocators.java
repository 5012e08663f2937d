package eu.piu.cli.sample;

/**
 * Record locators (Annex I 1) for generated PNRs: six characters of the 32 that reservation systems
 * use, distinct for every index below 2^30, so generated PNR ids never collide.
 */
final class RecordLocators {

  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final long MASK = (1L << 30) - 1;
  // Odd, so that multiplying by it permutes the integers modulo 2^30.
  private static final long SCATTER = 0x2545F491L;

  private RecordLocators() {}

  static String of(long seed, int index) {
    long value = (index * SCATTER + seed * 0x9E3779B1L) & MASK;
    char[] locator = new char[6];
    for (int i = 5; i >= 0; i--) {
      locator[i] = ALPHABET.charAt((int) (value & 31));
      value >>>= 5;
    }
    return new String(locator);
  }
}
