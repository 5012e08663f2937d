package eu.piu.screening.names;

import java.time.LocalDate;

/** A {@link NameQuery} normalised once for all the candidates it is scored against. */
record PreparedQuery(
    String[] tokens,
    LocalDate dateOfBirth,
    String nationality,
    byte gender,
    String nationalityAsWritten,
    String genderAsWritten) {}
