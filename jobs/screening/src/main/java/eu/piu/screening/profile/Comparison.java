package eu.piu.screening.profile;

import eu.piu.schema.Passenger;
import eu.piu.schema.Pnr;
import eu.piu.screening.profile.ProfileRuleException.Reason;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A leaf of a rule: one field compared with values written in the rule.
 *
 * <p>An absent field makes every comparison false, {@code !=} and {@code not in} included: a
 * profile must not hit a passenger for what the carrier did not send. Only an explicit {@code not}
 * around a comparison turns an absent field into true.
 */
abstract sealed class Comparison implements RuleNode
    permits ValueComparison, Membership, ListContains, Range {

  final ProfileField field;

  Comparison(ProfileField field) {
    this.field = field;
  }

  @Override
  public final boolean test(Pnr pnr, Passenger passenger, int legIndex) {
    Object actual = field.extract(pnr, passenger, legIndex);
    return actual != null && holds(actual);
  }

  /** Compares a present value, typed as the field's {@link FieldType} says. */
  abstract boolean holds(Object actual);

  /** The rule's side, for evidence: {@code < 72}, {@code in ("IST","DXB")}. */
  abstract String reference();

  /**
   * Whether a true comparison's explanation repeats the passenger's value. Not for {@code =}: the
   * rule already says what it was.
   */
  boolean explainsActual() {
    return true;
  }

  @Override
  public final void justify(
      Pnr pnr, Passenger passenger, int legIndex, boolean outcome, List<Witness> out) {
    out.add(new Witness(this, field.extract(pnr, passenger, legIndex), outcome));
  }

  @Override
  public final String canonical() {
    return field.fieldName() + " " + reference();
  }

  @Override
  public final void collectFields(Set<ProfileField> out) {
    out.add(field);
  }

  static String upper(Object value) {
    return ((String) value).toUpperCase(Locale.ROOT);
  }

  /** Refuses a value whose type is not the one the operator compares with. */
  static void requireValue(ProfileField field, FieldType expected, Literal value) {
    if (value.type() != expected) {
      throw typeError(
          value.position(),
          "value "
              + value.render()
              + " is a "
              + value.type()
              + " but "
              + field.fieldName()
              + " needs a "
              + expected);
    }
  }

  static ProfileRuleException typeError(int position, String detail) {
    return new ProfileRuleException(Reason.TYPE, position, detail);
  }
}
