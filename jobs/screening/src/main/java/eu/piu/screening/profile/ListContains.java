package eu.piu.screening.profile;

import java.util.List;

/** {@code listField contains "value"}: one element equals the value, ignoring case. */
final class ListContains extends Comparison {

  private final Literal value;

  private ListContains(ProfileField field, Literal value) {
    super(field);
    this.value = value;
  }

  static ListContains of(ProfileField field, RuleToken operator, Literal value) {
    if (field.type() != FieldType.STRING_LIST) {
      throw typeError(
          operator.position(),
          "\"contains\" needs a list field but "
              + field.fieldName()
              + " is a "
              + field.type()
              + "; use = or in");
    }
    requireValue(field, FieldType.STRING, value);
    return new ListContains(field, value);
  }

  @Override
  boolean holds(Object actual) {
    List<?> elements = (List<?>) actual;
    for (int i = 0; i < elements.size(); i++) {
      if (upper(elements.get(i)).equals(value.key())) {
        return true;
      }
    }
    return false;
  }

  @Override
  String reference() {
    return "contains " + value.render();
  }
}
