package eu.piu.screening.profile;

import eu.piu.schema.Passenger;
import eu.piu.schema.Pnr;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

/**
 * A node of a parsed rule. Nodes are immutable, so one parsed rule serves every thread.
 *
 * <p>Evaluation has two steps so that the common case, no hit, allocates nothing: {@link #test}
 * decides; only when the rule holds does {@link #justify} walk the tree again to collect the
 * comparisons that made it hold.
 */
sealed interface RuleNode permits RuleNode.AllOf, RuleNode.AnyOf, RuleNode.Negation, Comparison {

  boolean test(Pnr pnr, Passenger passenger, int legIndex);

  /**
   * Adds to {@code out} the comparisons that make this node evaluate to {@code outcome}, which the
   * caller has just obtained from {@link #test}. Only as many as needed: the first true part of an
   * {@code or}, the first false part of a failed {@code and}.
   */
  void justify(Pnr pnr, Passenger passenger, int legIndex, boolean outcome, List<Witness> out);

  /** The rule text with every {@code and}/{@code or} in parentheses: shows how it was grouped. */
  String canonical();

  void collectFields(Set<ProfileField> out);

  /** {@code a and b and ...} */
  record AllOf(List<RuleNode> parts) implements RuleNode {
    public AllOf {
      parts = List.copyOf(parts);
    }

    @Override
    public boolean test(Pnr pnr, Passenger passenger, int legIndex) {
      for (int i = 0; i < parts.size(); i++) {
        if (!parts.get(i).test(pnr, passenger, legIndex)) {
          return false;
        }
      }
      return true;
    }

    @Override
    public void justify(
        Pnr pnr, Passenger passenger, int legIndex, boolean outcome, List<Witness> out) {
      for (RuleNode part : parts) {
        boolean partOutcome = part.test(pnr, passenger, legIndex);
        if (outcome || !partOutcome) {
          part.justify(pnr, passenger, legIndex, partOutcome, out);
        }
        if (!outcome && !partOutcome) {
          return;
        }
      }
    }

    @Override
    public String canonical() {
      return join(parts, " and ");
    }

    @Override
    public void collectFields(Set<ProfileField> out) {
      parts.forEach(part -> part.collectFields(out));
    }
  }

  /** {@code a or b or ...} */
  record AnyOf(List<RuleNode> parts) implements RuleNode {
    public AnyOf {
      parts = List.copyOf(parts);
    }

    @Override
    public boolean test(Pnr pnr, Passenger passenger, int legIndex) {
      for (int i = 0; i < parts.size(); i++) {
        if (parts.get(i).test(pnr, passenger, legIndex)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public void justify(
        Pnr pnr, Passenger passenger, int legIndex, boolean outcome, List<Witness> out) {
      for (RuleNode part : parts) {
        boolean partOutcome = part.test(pnr, passenger, legIndex);
        if (!outcome || partOutcome) {
          part.justify(pnr, passenger, legIndex, partOutcome, out);
        }
        if (outcome && partOutcome) {
          return;
        }
      }
    }

    @Override
    public String canonical() {
      return join(parts, " or ");
    }

    @Override
    public void collectFields(Set<ProfileField> out) {
      parts.forEach(part -> part.collectFields(out));
    }
  }

  /** {@code not a}: true when {@code a} is false, including when {@code a}'s field is absent. */
  record Negation(RuleNode negated) implements RuleNode {
    @Override
    public boolean test(Pnr pnr, Passenger passenger, int legIndex) {
      return !negated.test(pnr, passenger, legIndex);
    }

    @Override
    public void justify(
        Pnr pnr, Passenger passenger, int legIndex, boolean outcome, List<Witness> out) {
      negated.justify(pnr, passenger, legIndex, !outcome, out);
    }

    @Override
    public String canonical() {
      return "not " + negated.canonical();
    }

    @Override
    public void collectFields(Set<ProfileField> out) {
      negated.collectFields(out);
    }
  }

  private static String join(List<RuleNode> parts, String connective) {
    StringJoiner joined = new StringJoiner(connective, "(", ")");
    for (RuleNode part : parts) {
      joined.add(part.canonical());
    }
    return joined.toString();
  }

  /** Collects witnesses for a rule that holds; a fresh list per hit, never shared. */
  static List<Witness> witnesses(RuleNode root, Pnr pnr, Passenger passenger, int legIndex) {
    List<Witness> out = new ArrayList<>();
    root.justify(pnr, passenger, legIndex, true, out);
    return out;
  }
}
