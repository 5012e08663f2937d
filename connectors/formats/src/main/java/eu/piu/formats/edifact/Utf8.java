package eu.piu.formats.edifact;

/** Strict UTF-8 well-formedness, to choose between UNOY/UTF-8 and Latin-1 payloads. */
final class Utf8 {

  private Utf8() {}

  static boolean isValid(byte[] in, int from, int to) {
    int i = from;
    while (i < to) {
      int b = in[i] & 0xff;
      if (b < 0x80) {
        i++;
        continue;
      }
      int extra;
      if (b >= 0xC2 && b <= 0xDF) {
        extra = 1;
      } else if (b >= 0xE0 && b <= 0xEF) {
        extra = 2;
      } else if (b >= 0xF0 && b <= 0xF4) {
        extra = 3;
      } else {
        return false;
      }
      for (int k = 1; k <= extra; k++) {
        if (i + k >= to || (in[i + k] & 0xC0) != 0x80) {
          return false;
        }
      }
      i += extra + 1;
    }
    return true;
  }
}
