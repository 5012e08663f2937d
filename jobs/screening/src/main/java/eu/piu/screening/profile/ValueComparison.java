package eu.piu.screening.profile;

import java.util.function.IntPredicate;

/** {@code field = value}, {@code !=}, {@code <}, {@code <=}, {@code >}, {@code >=}. */
final class ValueComparison extends Comparison {

  enum Relation {
    EQ("=", c -> c == 0),
    NE("!=", c -> c != 0),
    LT("<", c -> c < 0),
    LE("<=", c -> c <= 0),
    GT(">", c -> c > 0),
    GE(">=", c -> c >= 0);

    private final String symbol;
    private final IntPredicate acceptsComparison;

    Relation(String symbol, IntPredicate acceptsComparison) {
      this.symbol = symbol;
      this.acceptsComparison = acceptsComparison;
    }

    static Relation of(String symbol) {
      for (Relation relation : values()) {
        if (relation.symbol.equals(symbol)) {
          return relation;
        }
      }
      throw new IllegalArgumentException("not a relation: " + symbol);
    }

    /** Only numbers are ordered: "less than" on airports or names has no meaning for a profile. */
    boolean isOrdering() {
      return this != EQ && this != NE;
    }
  }

  private final Relation relation;
  private final Literal value;

  private ValueComparison(ProfileField field, Relation relation, Literal value) {
    super(field);
    this.relation = relation;
    this.value = value;
  }

  static ValueComparison of(ProfileField field, RuleToken operator, Literal value) {
    Relation relation = Relation.of(operator.text());
    if (field.type() == FieldType.STRING_LIST) {
      throw typeError(
          operator.position(),
          "operator \""
              + relation.symbol
              + "\" does not apply to list field "
              + field.fieldName()
              + "; use contains, in or not in");
    }
    if (relation.isOrdering() && field.type() != FieldType.NUMBER) {
      throw typeError(
          operator.position(),
          "operator \""
              + relation.symbol
              + "\" needs a NUMBER field but "
              + field.fieldName()
              + " is a "
              + field.type());
    }
    requireValue(field, field.type(), value);
    return new ValueComparison(field, relation, value);
  }

  @Override
  boolean holds(Object actual) {
    int comparison =
        switch (field.type()) {
          case NUMBER -> Double.compare((Double) actual, value.number());
          case STRING -> upper(actual).equals(value.key()) ? 0 : 1;
          default -> actual.equals(value.key()) ? 0 : 1;
        };
    return relation.acceptsComparison.test(comparison);
  }

  @Override
  String reference() {
    return relation.symbol + " " + value.render();
  }

  @Override
  boolean explainsActual() {
    return relation != Relation.EQ;
  }
}
