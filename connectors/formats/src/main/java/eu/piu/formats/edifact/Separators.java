package eu.piu.formats.edifact;

/**
 * The service characters of an interchange. A release character of {@code -1} means none: some
 * carriers declare a space there, which ISO 9735 reads as "no release character".
 */
public record Separators(byte component, byte element, byte decimal, int release, byte terminator) {

  /** ISO 9735 defaults, used when there is no {@code UNA}: {@code :+.? '}. */
  public static final Separators DEFAULT =
      new Separators((byte) ':', (byte) '+', (byte) '.', '?', (byte) '\'');

  /**
   * True when the structural separators are distinct, printable and not letters or digits, and the
   * decimal mark is one ISO 9735 allows. A line break is refused as terminator: carriers fold
   * lines, so a UNA that seems to declare one is a short UNA.
   */
  public boolean usable() {
    return structural(component)
        && structural(element)
        && structural(terminator)
        && (decimal == '.' || decimal == ',')
        && component != element
        && component != terminator
        && element != terminator
        && (release < 0
            || (structural((byte) release)
                && release != component
                && release != element
                && release != terminator));
  }

  static boolean structural(byte b) {
    return b > ' ' && b < 127 && !Character.isLetterOrDigit(b);
  }
}
