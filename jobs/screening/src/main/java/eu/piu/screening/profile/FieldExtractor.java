package eu.piu.screening.profile;

import eu.piu.schema.Passenger;
import eu.piu.schema.Pnr;

/**
 * Reads one catalogue field from the passenger leg being screened.
 *
 * <p>The value is typed by the field's {@link FieldType}: {@code String}, {@code Double}, {@code
 * Boolean} or a non-empty {@code List<String>}. It is {@code null} when the PNR does not carry the
 * data, so that a rule never matches on an absent value.
 */
@FunctionalInterface
interface FieldExtractor {
  Object extract(Pnr pnr, Passenger passenger, int legIndex);
}
