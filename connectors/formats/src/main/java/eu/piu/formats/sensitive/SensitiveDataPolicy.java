package eu.piu.formats.sensitive;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What may not be kept (R10: Directive arts. 6(4) and 13(4)): SSR codes whose mere presence reveals
 * religion or health, and everything that is free text. An SSR is kept only when its code is on the
 * allow list, and then only in structured fields; anything else is dropped and counted.
 *
 * <p>The lists are configuration ({@link #fromProperties}): a PIU adds codes as carriers send new
 * ones. A code both allowed and sensitive is sensitive.
 */
public final class SensitiveDataPolicy {

  /** Meal requests revealing religion (MOML, KSML, HNML, VJML...) or health (DBML, GFML...). */
  public static final Set<String> DEFAULT_MEAL_CODES =
      codes(
          "MOML KSML HNML VJML VGML VLML VOML AVML JPML JNML DBML GFML LSML LFML NLML BLML LCML PRML"
              + " SFML RVML FPML CHML BBML NFML LPML HFML ORML SPML KSMLD ALML PFML DBCML");

  /** Medical and assistance requests: health, disability. */
  public static final Set<String> DEFAULT_MEDICAL_CODES =
      codes(
          "WCHR WCHS WCHC WCBD WCBW WCMP WCOB WCLB MEDA MEQT BLND DEAF DPNA STCR OXYG MAAS PETC SVAN"
              + " ESAN EXST LEGL LEGR LEGB PPOX POCS CPAP DIAB PREG STRC AUTO");

  /** SSRs kept (in structured fields only): documents, contacts, loyalty, tickets, seats, bags. */
  public static final Set<String> DEFAULT_ALLOWED_SSR_CODES =
      codes(
          "DOCS DOCO DOCA FQTV FQTR FQTS FQTU CTCE CTCM CTCH CTCB CTCP CTCT CTCR TKNE TKNA TKNM TKNC"
              + " INFT CHLD UMNR SEAT NSST NSSA NSSB NSSW SMST SMSA SMSB SMSW RQST XBAG BULK FRAG"
              + " CBBG BIKE GRPS FOID");

  private final Set<String> mealCodes;
  private final Set<String> medicalCodes;
  private final Set<String> allowedSsrCodes;

  private SensitiveDataPolicy(Set<String> meal, Set<String> medical, Set<String> allowed) {
    this.mealCodes = Set.copyOf(meal);
    this.medicalCodes = Set.copyOf(medical);
    this.allowedSsrCodes = Set.copyOf(allowed);
  }

  public static SensitiveDataPolicy defaults() {
    return new SensitiveDataPolicy(
        DEFAULT_MEAL_CODES, DEFAULT_MEDICAL_CODES, DEFAULT_ALLOWED_SSR_CODES);
  }

  public static SensitiveDataPolicy of(Set<String> meal, Set<String> medical, Set<String> allowed) {
    return new SensitiveDataPolicy(normalise(meal), normalise(medical), normalise(allowed));
  }

  /**
   * Lists from configuration, each a list of codes separated by spaces, commas or semicolons; a
   * missing key keeps the default list: {@code piu.sensitive.meal-codes}, {@code
   * piu.sensitive.medical-codes}, {@code piu.sensitive.allowed-ssr-codes}; {@code
   * piu.sensitive.extra-meal-codes} and {@code piu.sensitive.extra-medical-codes} add to the
   * defaults.
   */
  public static SensitiveDataPolicy fromProperties(Map<String, String> properties) {
    Set<String> meal = listed(properties, "piu.sensitive.meal-codes", DEFAULT_MEAL_CODES);
    Set<String> medical = listed(properties, "piu.sensitive.medical-codes", DEFAULT_MEDICAL_CODES);
    Set<String> allowed =
        listed(properties, "piu.sensitive.allowed-ssr-codes", DEFAULT_ALLOWED_SSR_CODES);
    meal = union(meal, listed(properties, "piu.sensitive.extra-meal-codes", Set.of()));
    medical = union(medical, listed(properties, "piu.sensitive.extra-medical-codes", Set.of()));
    return new SensitiveDataPolicy(meal, medical, allowed);
  }

  /** How an SSR code is treated. */
  public enum SsrTreatment {
    KEEP,
    ERASE_MEAL,
    ERASE_MEDICAL,
    ERASE_OTHER
  }

  public SsrTreatment treat(String ssrCode) {
    if (ssrCode == null) {
      return SsrTreatment.ERASE_OTHER;
    }
    if (mealCodes.contains(ssrCode)) {
      return SsrTreatment.ERASE_MEAL;
    }
    if (medicalCodes.contains(ssrCode)) {
      return SsrTreatment.ERASE_MEDICAL;
    }
    return allowedSsrCodes.contains(ssrCode) ? SsrTreatment.KEEP : SsrTreatment.ERASE_OTHER;
  }

  /** The erasure type of an SSR that is not kept, or null when it is kept. */
  public String erasureOf(String ssrCode) {
    return switch (treat(ssrCode)) {
      case KEEP -> null;
      case ERASE_MEAL -> ErasedElement.SSR_MEAL;
      case ERASE_MEDICAL -> ErasedElement.SSR_MEDICAL;
      case ERASE_OTHER -> ErasedElement.SSR_OTHER;
    };
  }

  public Set<String> mealCodes() {
    return mealCodes;
  }

  public Set<String> medicalCodes() {
    return medicalCodes;
  }

  public Set<String> allowedSsrCodes() {
    return allowedSsrCodes;
  }

  private static Set<String> listed(Map<String, String> p, String key, Set<String> fallback) {
    String v = p.get(key);
    return v == null ? fallback : codes(v.replace(',', ' ').replace(';', ' '));
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> u = new TreeSet<>(a);
    u.addAll(b);
    return u;
  }

  private static Set<String> normalise(Set<String> in) {
    Set<String> out = new TreeSet<>();
    for (String s : in) {
      if (s != null && !s.isBlank()) {
        out.add(s.trim().toUpperCase(Locale.ROOT));
      }
    }
    return out;
  }

  private static Set<String> codes(String spaced) {
    Set<String> out = new TreeSet<>();
    Arrays.stream(spaced.trim().split("\\s+"))
        .filter(s -> !s.isBlank())
        .forEach(s -> out.add(s.toUpperCase(Locale.ROOT)));
    return Set.copyOf(out);
  }
}
