package eu.piu.screening.names;

import java.util.Locale;

/** A passenger's name token paired with an entry's name token, and how alike they are. */
public record AlignedTokens(String passengerToken, String listToken, double similarity) {

  @Override
  public String toString() {
    return passengerToken + "~" + listToken + " " + String.format(Locale.ROOT, "%.2f", similarity);
  }
}
