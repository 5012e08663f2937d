package eu.piu.screening.profile;

/** {@code field between low and high}, both bounds included. */
final class Range extends Comparison {

  private final Literal low;
  private final Literal high;

  private Range(ProfileField field, Literal low, Literal high) {
    super(field);
    this.low = low;
    this.high = high;
  }

  static Range of(ProfileField field, RuleToken operator, Literal low, Literal high) {
    if (field.type() != FieldType.NUMBER) {
      throw typeError(
          operator.position(),
          "\"between\" needs a NUMBER field but " + field.fieldName() + " is a " + field.type());
    }
    requireValue(field, FieldType.NUMBER, low);
    requireValue(field, FieldType.NUMBER, high);
    // Reversed bounds never match anything: certainly a mistake in a criterion.
    if (low.number() > high.number()) {
      throw typeError(
          low.position(),
          "between needs low <= high, got " + low.render() + " and " + high.render());
    }
    return new Range(field, low, high);
  }

  @Override
  boolean holds(Object actual) {
    double value = (Double) actual;
    return value >= low.number() && value <= high.number();
  }

  @Override
  String reference() {
    return "between " + low.render() + " and " + high.render();
  }
}
