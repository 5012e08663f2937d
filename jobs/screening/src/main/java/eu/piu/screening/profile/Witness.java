package eu.piu.screening.profile;

/**
 * One comparison that decided a rule's outcome, with the passenger's value.
 *
 * @param actual the field's value, {@code null} when absent
 * @param holds whether the comparison was true; a false one explains a {@code not}
 */
record Witness(Comparison comparison, Object actual, boolean holds) {}
