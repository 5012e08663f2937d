package eu.piu.screening.profile;

import java.util.Locale;
import java.util.Set;

/** The reserved words of the rule language; they cannot be field names. */
final class Keywords {

  static final String AND = "and";
  static final String OR = "or";
  static final String NOT = "not";
  static final String IN = "in";
  static final String CONTAINS = "contains";
  static final String BETWEEN = "between";
  static final String TRUE = "true";
  static final String FALSE = "false";

  private static final Set<String> ALL = Set.of(AND, OR, NOT, IN, CONTAINS, BETWEEN, TRUE, FALSE);

  private Keywords() {}

  static boolean isKeyword(String word) {
    return ALL.contains(word.toLowerCase(Locale.ROOT));
  }
}
