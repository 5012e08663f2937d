package eu.piu.formats.values;

/**
 * Flight numbers in one form, so that a PNR leg and an API leg of the same flight agree: digits
 * padded to four ({@code 324} → {@code 0324}), an operational suffix letter kept.
 */
public final class FlightNumbers {

  private FlightNumbers() {}

  public static String normalise(String number) {
    if (number == null) {
      return null;
    }
    String n = number.trim();
    int digitsEnd = 0;
    while (digitsEnd < n.length() && Character.isDigit(n.charAt(digitsEnd))) {
      digitsEnd++;
    }
    if (digitsEnd == 0 || digitsEnd >= 4) {
      return n.isEmpty() ? null : n;
    }
    return "0".repeat(4 - digitsEnd) + n;
  }

  /** Carrier designator and number of a flight id such as {@code UA0989} or {@code LH400}. */
  public record CarrierAndNumber(String carrier, String number) {}

  public static CarrierAndNumber split(String flightId, String declaredCarrier) {
    if (flightId == null) {
      return new CarrierAndNumber(declaredCarrier, null);
    }
    String id = flightId.replace(" ", "");
    if (declaredCarrier != null
        && id.startsWith(declaredCarrier)
        && id.length() > declaredCarrier.length()) {
      return new CarrierAndNumber(
          declaredCarrier, normalise(id.substring(declaredCarrier.length())));
    }
    int designator = 2;
    if (id.length() >= 4
        && Character.isLetter(id.charAt(0))
        && Character.isLetter(id.charAt(1))
        && Character.isLetter(id.charAt(2))) {
      designator = 3;
    }
    if (id.length() <= designator) {
      return new CarrierAndNumber(declaredCarrier, normalise(id));
    }
    String carrier = declaredCarrier != null ? declaredCarrier : id.substring(0, designator);
    return new CarrierAndNumber(carrier, normalise(id.substring(designator)));
  }
}
