package eu.piu.screening.profile;

/** What a {@link ProfileField} yields; it decides which operators and values a rule may use. */
public enum FieldType {
  /** Compared case-insensitively with {@code =}, {@code !=}, {@code in}, {@code not in}. */
  STRING,
  /** Compared with every relational operator, {@code in}, {@code not in} and {@code between}. */
  NUMBER,
  /** Compared with {@code =} or {@code !=} and {@code true}/{@code false}. */
  BOOLEAN,
  /** Tested with {@code contains} (one element) or {@code in}/{@code not in} (any element). */
  STRING_LIST
}
