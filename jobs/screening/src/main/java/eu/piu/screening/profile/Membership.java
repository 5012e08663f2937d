package eu.piu.screening.profile;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

/**
 * {@code field in (v1, v2, ...)} and {@code field not in (...)}.
 *
 * <p>On a list field it asks whether any element is in the set: {@code itinerary.airports in
 * ("DXB","DOH")} is "the itinerary touches DXB or DOH", and {@code not in} is "touches none".
 */
final class Membership extends Comparison {

  private final boolean negated;
  private final List<Literal> values;
  private final Set<Object> keys;

  private Membership(ProfileField field, boolean negated, List<Literal> values) {
    super(field);
    this.negated = negated;
    this.values = List.copyOf(values);
    Set<Object> collected = new HashSet<>();
    values.forEach(value -> collected.add(value.key()));
    this.keys = Set.copyOf(collected);
  }

  static Membership of(
      ProfileField field, boolean negated, RuleToken operator, List<Literal> values) {
    if (field.type() == FieldType.BOOLEAN) {
      throw typeError(
          operator.position(),
          "\"in\" does not apply to BOOLEAN field "
              + field.fieldName()
              + "; use = true or = false");
    }
    FieldType elementType = field.type() == FieldType.STRING_LIST ? FieldType.STRING : field.type();
    values.forEach(value -> requireValue(field, elementType, value));
    return new Membership(field, negated, values);
  }

  @Override
  boolean holds(Object actual) {
    return anyIn(actual) != negated;
  }

  private boolean anyIn(Object actual) {
    if (actual instanceof List<?> elements) {
      for (int i = 0; i < elements.size(); i++) {
        if (keys.contains(upper(elements.get(i)))) {
          return true;
        }
      }
      return false;
    }
    return keys.contains(field.type() == FieldType.STRING ? upper(actual) : actual);
  }

  @Override
  String reference() {
    StringJoiner joined = new StringJoiner(",", negated ? "not in (" : "in (", ")");
    values.forEach(value -> joined.add(value.render()));
    return joined.toString();
  }
}
