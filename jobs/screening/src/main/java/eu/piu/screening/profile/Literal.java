package eu.piu.screening.profile;

import java.util.Locale;

/**
 * A value written in a rule.
 *
 * <p>It keeps the value as written, for explanations that quote the profile's author, and a
 * comparison key computed once at parse time: strings upper-cased in {@link Locale#ROOT} (so that
 * "ist" matches "IST" even on a Turkish-locale JVM), numbers as {@code Double}.
 */
final class Literal {

  private final FieldType type;
  private final Object value;
  private final Object key;
  private final int position;

  private Literal(FieldType type, Object value, Object key, int position) {
    this.type = type;
    this.value = value;
    this.key = key;
    this.position = position;
  }

  static Literal string(String value, int position) {
    return new Literal(FieldType.STRING, value, value.toUpperCase(Locale.ROOT), position);
  }

  static Literal number(double value, int position) {
    // + 0.0 turns -0.0 into 0.0, which Double.equals would otherwise tell apart.
    Double normalised = value + 0.0;
    return new Literal(FieldType.NUMBER, normalised, normalised, position);
  }

  static Literal bool(boolean value, int position) {
    return new Literal(FieldType.BOOLEAN, value, value, position);
  }

  FieldType type() {
    return type;
  }

  /** What a passenger value is compared with: upper-cased String, Double or Boolean. */
  Object key() {
    return key;
  }

  double number() {
    return (Double) key;
  }

  int position() {
    return position;
  }

  /** As it would be written in a rule: {@code "IST"}, {@code 72}, {@code true}. */
  String render() {
    return Rendering.inRule(value);
  }
}
