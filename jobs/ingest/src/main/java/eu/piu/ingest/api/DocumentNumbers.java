package eu.piu.ingest.api;

/** Document numbers as compared: letters and digits only, upper case. */
final class DocumentNumbers {

  private DocumentNumbers() {}

  static String normalise(String number) {
    if (number == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(number.length());
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.append(Character.toUpperCase(c));
      }
    }
    return sb.toString();
  }
}
