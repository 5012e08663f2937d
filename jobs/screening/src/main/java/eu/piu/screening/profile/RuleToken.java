package eu.piu.screening.profile;

import java.util.Locale;

/**
 * One lexical unit of a rule.
 *
 * @param text the characters as written (for a string, its unescaped content)
 * @param position 0-based index of the first character, for error messages
 */
record RuleToken(Kind kind, String text, int position) {

  enum Kind {
    /** A field name or a keyword; keywords are recognised by the parser, ignoring case. */
    WORD,
    STRING,
    NUMBER,
    OPERATOR,
    OPEN,
    CLOSE,
    COMMA,
    END
  }

  boolean isKeyword(String keyword) {
    return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
  }

  /** How the token is named in an error message. */
  String describe() {
    return switch (kind) {
      case END -> "end of rule";
      case STRING -> "string \"" + text + "\"";
      case WORD -> Keywords.isKeyword(text) ? "\"" + text.toLowerCase(Locale.ROOT) + "\"" : text;
      default -> "\"" + text + "\"";
    };
  }
}
