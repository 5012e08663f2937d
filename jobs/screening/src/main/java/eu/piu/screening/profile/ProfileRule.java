package eu.piu.screening.profile;

import eu.piu.schema.Passenger;
import eu.piu.schema.Pnr;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A profile's rule (a pre-determined criterion, law art. 25), parsed once and evaluated against
 * every passenger leg.
 *
 * <p>The rule is explicit and fixed by its text (R15: no self-learning); evaluation only reads
 * catalogue fields, keeps no state and is safe to share between threads. Comparisons of an absent
 * field are false, so {@code not} of such a comparison is true: write {@code not
 * passenger.nationality = "XX"} only if a passenger without nationality should match too.
 *
 * <p>Serializable as its text, so that a stream function holding rules can be shipped to workers;
 * the text is parsed again on arrival.
 */
public final class ProfileRule implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String text;
  private final transient RuleNode root;
  private final transient Set<ProfileField> fields;

  private ProfileRule(String text, RuleNode root) {
    this.text = text;
    this.root = root;
    Set<ProfileField> used = EnumSet.noneOf(ProfileField.class);
    root.collectFields(used);
    this.fields = Set.copyOf(used);
  }

  /**
   * Parses a rule.
   *
   * @throws ProfileRuleException if the text is not a valid rule: with its {@link
   *     ProfileRuleException#reason() reason} and the position of the offending character
   */
  public static ProfileRule parse(String text) {
    Objects.requireNonNull(text, "rule text");
    return new ProfileRule(text, RuleParser.parse(text));
  }

  /**
   * Screens one passenger on one leg of the PNR.
   *
   * @param legIndex position in {@code pnr.getLegs()} of the leg being screened
   * @return the evidence when the rule holds, empty otherwise
   * @throws IndexOutOfBoundsException if {@code legIndex} is not a leg of the PNR
   */
  public Optional<ProfileMatch> evaluate(Pnr pnr, Passenger passenger, int legIndex) {
    Objects.checkIndex(legIndex, pnr.getLegs().size());
    if (!root.test(pnr, passenger, legIndex)) {
      return Optional.empty();
    }
    return Optional.of(Evidence.of(RuleNode.witnesses(root, pnr, passenger, legIndex)));
  }

  /** The rule as written. */
  public String text() {
    return text;
  }

  /** The rule with every {@code and}/{@code or} group in parentheses, as it is evaluated. */
  public String canonicalText() {
    return root.canonical();
  }

  /** The catalogue fields the rule reads, e.g. for a review of what a criterion uses. */
  public Set<ProfileField> fields() {
    return fields;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ProfileRule rule && rule.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }

  private Object writeReplace() {
    return new SerializedRule(text);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("a ProfileRule is serialized as its text");
  }

  /** The serialized form: only the text, so a stream never carries a tree that skipped parsing. */
  private record SerializedRule(String text) implements Serializable {
    private Object readResolve() {
      return ProfileRule.parse(text);
    }
  }
}
