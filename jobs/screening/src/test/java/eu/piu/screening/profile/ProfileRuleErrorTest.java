package eu.piu.screening.profile;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.piu.screening.profile.ProfileRuleException.Reason;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

class ProfileRuleErrorTest {

  private static AbstractThrowableAssert<?, ? extends Throwable> refused(
      String rule, Reason reason, int position) {
    return assertThatThrownBy(() -> ProfileRule.parse(rule))
        .isInstanceOf(ProfileRuleException.class)
        .hasFieldOrPropertyWithValue("reason", reason)
        .hasFieldOrPropertyWithValue("position", position)
        .hasMessageStartingWith("at position " + position + ": ");
  }

  @Test
  void syntaxErrorsSayWhatAndWhere() {
    refused("", Reason.SYNTAX, 0).hasMessageContaining("empty rule");
    refused("leg.origin = \"IST", Reason.SYNTAX, 13).hasMessageContaining("unterminated string");
    refused("leg.origin \"IST\"", Reason.SYNTAX, 11).hasMessageContaining("expected an operator");
    refused("leg.origin = ", Reason.SYNTAX, 13).hasMessageContaining("found end of rule");
    refused("leg.origin == \"IST\"", Reason.SYNTAX, 11).hasMessageContaining("use '='");
    refused("(leg.origin = \"IST\"", Reason.SYNTAX, 19)
        .hasMessageContaining("expected \")\" closing \"(\" at position 0");
    refused("leg.origin = \"IST\")", Reason.SYNTAX, 18).hasMessageContaining("unmatched \")\"");
    refused("leg.origin = \"IST\" leg.destination = \"BRU\"", Reason.SYNTAX, 19)
        .hasMessageContaining("expected \"and\", \"or\" or end of rule, found leg.destination");
    refused("leg.origin = \"IST\" and or", Reason.SYNTAX, 23)
        .hasMessageContaining("expected a field name");
    refused("leg.origin in ()", Reason.SYNTAX, 15).hasMessageContaining("expected a value");
    refused("leg.origin not (\"IST\")", Reason.SYNTAX, 15).hasMessageContaining("expected \"in\"");
    refused("passenger.ageYears between 18 or 30", Reason.SYNTAX, 30)
        .hasMessageContaining("expected \"and\" between the bounds");
    refused("booking.agency = \"a\\nb\"", Reason.SYNTAX, 19).hasMessageContaining("escape");
    refused("passenger.ageYears > 18x", Reason.SYNTAX, 21).hasMessageContaining("malformed number");
    refused("leg.origin = 'IST'", Reason.SYNTAX, 13).hasMessageContaining("unexpected character");
  }

  @Test
  void deepNestingIsRefusedBeforeItExhaustsTheStack() {
    String deep = "(".repeat(1000) + "leg.origin = \"IST\"" + ")".repeat(1000);
    refused(deep, Reason.SYNTAX, RuleParser.MAX_DEPTH).hasMessageContaining("nested deeper");
    refused("x".repeat(RuleParser.MAX_LENGTH + 1), Reason.SYNTAX, RuleParser.MAX_LENGTH);
  }

  @Test
  void unknownFieldsListCloseNames() {
    refused("leg.destination = \"BRU\" and leg.orign = \"IST\"", Reason.UNKNOWN_FIELD, 28)
        .hasMessageContaining("unknown field \"leg.orign\"")
        .hasMessageContaining("close names: leg.origin");
    refused("origin = \"IST\"", Reason.UNKNOWN_FIELD, 0)
        .hasMessageContaining("itinerary.origin")
        .hasMessageContaining("leg.origin");
    refused("passenger.surname = \"DEMIR\"", Reason.UNKNOWN_FIELD, 0)
        .hasMessageContaining("unknown field \"passenger.surname\"");
    refused("zzz = 1", Reason.UNKNOWN_FIELD, 0).hasMessageContaining("fields start with leg.");
  }

  @Test
  void typeErrorsPointAtTheOperatorOrTheValue() {
    refused("leg.origin < \"IST\"", Reason.TYPE, 11)
        .hasMessageContaining("needs a NUMBER field but leg.origin is a STRING");
    refused("leg.origin contains \"IST\"", Reason.TYPE, 11)
        .hasMessageContaining("\"contains\" needs a list field");
    refused("leg.origin = 3", Reason.TYPE, 13)
        .hasMessageContaining("value 3 is a NUMBER but leg.origin needs a STRING");
    refused("passenger.ageYears = \"30\"", Reason.TYPE, 21);
    refused("leg.isCodeshare = \"yes\"", Reason.TYPE, 18);
    refused("payment.types = \"CA\"", Reason.TYPE, 14).hasMessageContaining("use contains");
    refused("payment.types contains 1", Reason.TYPE, 23);
    refused("leg.isCodeshare in (true)", Reason.TYPE, 16).hasMessageContaining("= true");
    refused("leg.origin in (\"IST\", 2)", Reason.TYPE, 22);
    refused("leg.route between 1 and 2", Reason.TYPE, 10);
    refused("passenger.ageYears between 40 and 18", Reason.TYPE, 27)
        .hasMessageContaining("low <= high");
  }
}
