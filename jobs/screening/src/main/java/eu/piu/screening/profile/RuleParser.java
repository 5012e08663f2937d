package eu.piu.screening.profile;

import static eu.piu.screening.profile.Keywords.AND;
import static eu.piu.screening.profile.Keywords.BETWEEN;
import static eu.piu.screening.profile.Keywords.CONTAINS;
import static eu.piu.screening.profile.Keywords.FALSE;
import static eu.piu.screening.profile.Keywords.IN;
import static eu.piu.screening.profile.Keywords.NOT;
import static eu.piu.screening.profile.Keywords.OR;
import static eu.piu.screening.profile.Keywords.TRUE;

import eu.piu.screening.profile.ProfileRuleException.Reason;
import eu.piu.screening.profile.RuleToken.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser of the rule grammar, one method per rule of the grammar:
 *
 * <pre>
 * expr       := or
 * or         := and ("or" and)*
 * and        := unary ("and" unary)*
 * unary      := "not" unary | "(" expr ")" | comparison
 * comparison := FIELD op value | FIELD ("in" | "not in") "(" value ("," value)* ")"
 *             | FIELD "contains" value | FIELD "between" value "and" value
 * </pre>
 */
final class RuleParser {

  /** Rules come from other services' systems: bound them so none can exhaust the stack. */
  static final int MAX_LENGTH = 10_000;

  static final int MAX_DEPTH = 50;

  private final List<RuleToken> tokens;
  private int next;
  private int depth;

  private RuleParser(List<RuleToken> tokens) {
    this.tokens = tokens;
  }

  static RuleNode parse(String text) {
    if (text.length() > MAX_LENGTH) {
      throw syntax(MAX_LENGTH, "rule longer than " + MAX_LENGTH + " characters");
    }
    if (text.isBlank()) {
      throw syntax(0, "empty rule");
    }
    RuleParser parser = new RuleParser(RuleLexer.tokens(text));
    RuleNode root = parser.or();
    RuleToken rest = parser.peek();
    if (rest.kind() == Kind.CLOSE) {
      throw syntax(rest.position(), "unmatched \")\"");
    }
    if (rest.kind() != Kind.END) {
      throw syntax(
          rest.position(), "expected \"and\", \"or\" or end of rule, found " + rest.describe());
    }
    return root;
  }

  private RuleNode or() {
    RuleNode first = and();
    if (!peek().isKeyword(OR)) {
      return first;
    }
    List<RuleNode> parts = new ArrayList<>(List.of(first));
    while (peek().isKeyword(OR)) {
      advance();
      parts.add(and());
    }
    return new RuleNode.AnyOf(parts);
  }

  private RuleNode and() {
    RuleNode first = unary();
    if (!peek().isKeyword(AND)) {
      return first;
    }
    List<RuleNode> parts = new ArrayList<>(List.of(first));
    while (peek().isKeyword(AND)) {
      advance();
      parts.add(unary());
    }
    return new RuleNode.AllOf(parts);
  }

  private RuleNode unary() {
    RuleToken token = peek();
    if (token.isKeyword(NOT)) {
      advance();
      enter(token);
      RuleNode negated = unary();
      depth--;
      return new RuleNode.Negation(negated);
    }
    if (token.kind() == Kind.OPEN) {
      advance();
      enter(token);
      RuleNode inner = or();
      RuleToken close = advance();
      if (close.kind() != Kind.CLOSE) {
        throw syntax(
            close.position(),
            "expected \")\" closing \"(\" at position "
                + token.position()
                + ", found "
                + close.describe());
      }
      depth--;
      return inner;
    }
    return comparison();
  }

  private RuleNode comparison() {
    RuleToken name = advance();
    if (name.kind() != Kind.WORD || Keywords.isKeyword(name.text())) {
      throw syntax(
          name.position(), "expected a field name, \"not\" or \"(\", found " + name.describe());
    }
    ProfileField field = resolve(name);
    RuleToken operator = advance();
    if (operator.kind() == Kind.OPERATOR) {
      return ValueComparison.of(field, operator, value());
    }
    if (operator.isKeyword(IN)) {
      return Membership.of(field, false, operator, valueList(operator));
    }
    if (operator.isKeyword(NOT)) {
      RuleToken in = advance();
      if (!in.isKeyword(IN)) {
        throw syntax(in.position(), "expected \"in\" after \"not\", found " + in.describe());
      }
      return Membership.of(field, true, operator, valueList(in));
    }
    if (operator.isKeyword(CONTAINS)) {
      return ListContains.of(field, operator, value());
    }
    if (operator.isKeyword(BETWEEN)) {
      Literal low = value();
      RuleToken and = advance();
      if (!and.isKeyword(AND)) {
        throw syntax(
            and.position(), "expected \"and\" between the bounds, found " + and.describe());
      }
      return Range.of(field, operator, low, value());
    }
    throw syntax(
        operator.position(),
        "expected an operator (= != < <= > >= in, not in, contains, between) after "
            + field.fieldName()
            + ", found "
            + operator.describe());
  }

  /** R10 first: a sensitive name is refused as such even if it also is unknown. */
  private static ProfileField resolve(RuleToken name) {
    if (SensitiveData.termIn(name.text()).isPresent()) {
      throw new ProfileRuleException(
          Reason.FORBIDDEN_FIELD,
          name.position(),
          "field \""
              + name.text()
              + "\" is forbidden: sensitive data (Directive 2016/681 art. 6(4))");
    }
    return ProfileField.byName(name.text())
        .orElseThrow(
            () ->
                new ProfileRuleException(
                    Reason.UNKNOWN_FIELD,
                    name.position(),
                    FieldSuggestions.unknownFieldMessage(name.text())));
  }

  private List<Literal> valueList(RuleToken in) {
    RuleToken open = advance();
    if (open.kind() != Kind.OPEN) {
      throw syntax(
          open.position(), "expected \"(\" after \"" + in.text() + "\", found " + open.describe());
    }
    List<Literal> values = new ArrayList<>();
    values.add(value());
    while (peek().kind() == Kind.COMMA) {
      advance();
      values.add(value());
    }
    RuleToken close = advance();
    if (close.kind() != Kind.CLOSE) {
      throw syntax(
          close.position(), "expected \",\" or \")\" in the value list, found " + close.describe());
    }
    return values;
  }

  private Literal value() {
    RuleToken token = advance();
    switch (token.kind()) {
      case STRING:
        return Literal.string(token.text(), token.position());
      case NUMBER:
        double number = Double.parseDouble(token.text());
        if (Double.isInfinite(number)) {
          throw syntax(token.position(), "number out of range: " + token.text());
        }
        return Literal.number(number, token.position());
      case WORD:
        if (token.isKeyword(TRUE) || token.isKeyword(FALSE)) {
          return Literal.bool(token.isKeyword(TRUE), token.position());
        }
        break;
      default:
        break;
    }
    throw syntax(
        token.position(),
        "expected a value (\"text\", number, true or false), found " + token.describe());
  }

  private void enter(RuleToken token) {
    if (++depth > MAX_DEPTH) {
      throw syntax(token.position(), "rule nested deeper than " + MAX_DEPTH + " levels");
    }
  }

  private RuleToken peek() {
    return tokens.get(next);
  }

  /** Never moves past END, so every error can name what was found. */
  private RuleToken advance() {
    RuleToken token = tokens.get(next);
    if (token.kind() != Kind.END) {
      next++;
    }
    return token;
  }

  private static ProfileRuleException syntax(int position, String detail) {
    return new ProfileRuleException(Reason.SYNTAX, position, detail);
  }
}
