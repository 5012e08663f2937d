package eu.piu.screening.profile;

import java.util.List;
import java.util.StringJoiner;

/** How values appear in explanations and in {@code MatchedField}s, one format everywhere. */
final class Rendering {

  private Rendering() {}

  /** In rule syntax, so that an explanation reads like the rule: {@code "IST"}, {@code 20}. */
  static String inRule(Object value) {
    if (value == null) {
      return "missing";
    }
    if (value instanceof String s) {
      return quoted(s);
    }
    if (value instanceof List<?> list) {
      StringJoiner joined = new StringJoiner(",", "(", ")");
      for (Object element : list) {
        joined.add(inRule(element));
      }
      return joined.toString();
    }
    return plain(value);
  }

  /** Unquoted, for {@code MatchedField.passengerValue}; lists comma-separated; null stays null. */
  static String plain(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Double d) {
      return number(d);
    }
    if (value instanceof List<?> list) {
      StringJoiner joined = new StringJoiner(",");
      for (Object element : list) {
        joined.add(plain(element));
      }
      return joined.toString();
    }
    return value.toString();
  }

  /** Whole numbers without a trailing ".0": hours, ages and counts are read by people. */
  static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }

  static String quoted(String value) {
    return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
