package eu.piu.screening.profile;

/**
 * A profile rule that cannot be accepted, with why and where.
 *
 * <p>Unchecked so that callers in stream functions need no wrapping, but thrown only by {@link
 * ProfileRule#parse}: once parsed, a rule never fails on a PNR. The message reads {@code at
 * position N: detail}, N being the 0-based index of the offending character in the rule text.
 */
public final class ProfileRuleException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** Why a rule was refused; lets a caller tell a forbidden criterion from a typo. */
  public enum Reason {
    /** Not a sentence of the rule language. */
    SYNTAX,
    /** A field name that is not in the {@link ProfileField} catalogue. */
    UNKNOWN_FIELD,
    /** A field that reveals sensitive data, which criteria may not use (R10). */
    FORBIDDEN_FIELD,
    /** An operator or value that does not fit the field's {@link FieldType}. */
    TYPE
  }

  private final Reason reason;
  private final int position;
  private final String detail;

  ProfileRuleException(Reason reason, int position, String detail) {
    super("at position " + position + ": " + detail);
    this.reason = reason;
    this.position = position;
    this.detail = detail;
  }

  public Reason reason() {
    return reason;
  }

  /** 0-based index in the rule text of the character where the problem starts. */
  public int position() {
    return position;
  }

  /** The message without its position. */
  public String detail() {
    return detail;
  }
}
