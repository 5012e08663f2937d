package eu.piu.screening.profile;

import eu.piu.screening.profile.ProfileRuleException.Reason;
import eu.piu.screening.profile.RuleToken.Kind;
import java.util.ArrayList;
import java.util.List;

/** Cuts a rule's text into tokens, by hand so that every error carries its exact position. */
final class RuleLexer {

  private final String text;
  private final List<RuleToken> tokens = new ArrayList<>();
  private int at;

  private RuleLexer(String text) {
    this.text = text;
  }

  static List<RuleToken> tokens(String text) {
    RuleLexer lexer = new RuleLexer(text);
    lexer.run();
    return lexer.tokens;
  }

  private void run() {
    while (true) {
      skipWhitespace();
      if (at >= text.length()) {
        tokens.add(new RuleToken(Kind.END, "", text.length()));
        return;
      }
      char c = text.charAt(at);
      if (c == '"') {
        string();
      } else if (isDigit(c)
          || (c == '-' && at + 1 < text.length() && isDigit(text.charAt(at + 1)))) {
        number();
      } else if (Character.isLetter(c)) {
        word();
      } else if (c == '(') {
        single(Kind.OPEN);
      } else if (c == ')') {
        single(Kind.CLOSE);
      } else if (c == ',') {
        single(Kind.COMMA);
      } else if (c == '=' || c == '<' || c == '>' || c == '!') {
        operator();
      } else {
        throw syntax(at, "unexpected character '" + c + "'");
      }
    }
  }

  private void skipWhitespace() {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
  }

  private void single(Kind kind) {
    tokens.add(new RuleToken(kind, String.valueOf(text.charAt(at)), at));
    at++;
  }

  private void operator() {
    int start = at;
    char c = text.charAt(at++);
    boolean followedByEquals = at < text.length() && text.charAt(at) == '=';
    if (c == '=' && followedByEquals) {
      throw syntax(start, "'==' is not an operator; use '='");
    }
    if (c == '!' && !followedByEquals) {
      throw syntax(start, "'!' is not an operator; use '!=' or 'not'");
    }
    if (c != '=' && followedByEquals) {
      at++;
    }
    tokens.add(new RuleToken(Kind.OPERATOR, text.substring(start, at), start));
  }

  private void word() {
    int start = at;
    while (at < text.length() && isWordPart(text.charAt(at))) {
      at++;
    }
    tokens.add(new RuleToken(Kind.WORD, text.substring(start, at), start));
  }

  /** Integers and decimals with an optional minus; no exponent, no leading or trailing dot. */
  private void number() {
    int start = at;
    if (text.charAt(at) == '-') {
      at++;
    }
    digits();
    if (at < text.length() && text.charAt(at) == '.') {
      at++;
      if (at >= text.length() || !isDigit(text.charAt(at))) {
        throw syntax(start, "malformed number '" + text.substring(start, at) + "'");
      }
      digits();
    }
    if (at < text.length() && isWordPart(text.charAt(at))) {
      throw syntax(start, "malformed number '" + text.substring(start, at + 1) + "'");
    }
    tokens.add(new RuleToken(Kind.NUMBER, text.substring(start, at), start));
  }

  private void digits() {
    while (at < text.length() && isDigit(text.charAt(at))) {
      at++;
    }
  }

  /** Double-quoted; {@code \"} and {@code \\} are the only escapes, so nothing is ambiguous. */
  private void string() {
    int start = at++;
    StringBuilder value = new StringBuilder();
    while (at < text.length()) {
      char c = text.charAt(at++);
      if (c == '"') {
        tokens.add(new RuleToken(Kind.STRING, value.toString(), start));
        return;
      }
      if (c == '\\') {
        if (at >= text.length()) {
          break;
        }
        char escaped = text.charAt(at);
        if (escaped != '"' && escaped != '\\') {
          throw syntax(at - 1, "unknown escape '\\" + escaped + "' (only \\\" and \\\\)");
        }
        value.append(escaped);
        at++;
      } else {
        value.append(c);
      }
    }
    throw syntax(start, "unterminated string");
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isWordPart(char c) {
    return Character.isLetterOrDigit(c) || c == '.' || c == '_';
  }

  private static ProfileRuleException syntax(int position, String detail) {
    return new ProfileRuleException(Reason.SYNTAX, position, detail);
  }
}
