package eu.piu.screening.names;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/**
 * Nationalities in one form, ISO 3166 alpha-3, whether written as alpha-2 ("af"), alpha-3 ("AFG")
 * or an English country name ("Afghanistan"), so that passengers and entries compare. A value that
 * is none of these is kept as written, upper case.
 */
public final class Nationalities {

  private static final Map<String, String> ALPHA3 = new HashMap<>();

  static {
    for (String alpha2 : Locale.getISOCountries()) {
      Locale country = new Locale("", alpha2);
      try {
        String alpha3 = country.getISO3Country();
        ALPHA3.put(alpha2, alpha3);
        ALPHA3.put(alpha3, alpha3);
        ALPHA3.put(country.getDisplayCountry(Locale.ENGLISH).toUpperCase(Locale.ROOT), alpha3);
      } catch (MissingResourceException e) {
        // A code without an alpha-3 form: left as written.
      }
    }
    // Passports of Germany carry D, and the MRZ uses these codes for some territories.
    ALPHA3.put("D", "DEU");
    ALPHA3.put("UK", "GBR");
    ALPHA3.put("UNITED STATES OF AMERICA", "USA");
    ALPHA3.put("RUSSIA", "RUS");
  }

  private Nationalities() {}

  /** The alpha-3 code, or null for a blank value. Interned: entries share the strings. */
  public static String canonical(String nationality) {
    if (nationality == null || nationality.isBlank()) {
      return null;
    }
    String key = nationality.strip().toUpperCase(Locale.ROOT);
    return ALPHA3.getOrDefault(key, key).intern();
  }
}
