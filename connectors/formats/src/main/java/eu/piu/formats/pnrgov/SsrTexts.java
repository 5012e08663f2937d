package eu.piu.formats.pnrgov;

import eu.piu.formats.edifact.EdifactDates;
import eu.piu.formats.values.Names;
import eu.piu.schema.Address;
import eu.piu.schema.FrequentFlyer;
import eu.piu.schema.TravelDocument;
import java.time.LocalDate;

/**
 * The slash-separated texts of allow-listed SSRs, read into fields. The texts themselves are never
 * kept.
 */
final class SsrTexts {

  private SsrTexts() {}

  /** What SSR DOCS tells. */
  record Docs(
      String type,
      String issuer,
      String number,
      String nationality,
      LocalDate dateOfBirth,
      boolean dateOfBirthYearOnly,
      String gender,
      boolean infant,
      LocalDate expiry,
      String surname,
      String given) {}

  /**
   * {@code /P/GBR/123456789/GBR/12JUL64/M/23AUG19/SMITH/JOHN/ROBERT}: type, issuer, number,
   * nationality, birth date, gender (FI/MI for infants), expiry, surname, given, middle names.
   */
  static Docs docs(String text, int referenceYear) {
    if (text == null) {
      return null;
    }
    String[] f = fields(text, 12);
    String gender = blank(f[6]);
    boolean infant = gender != null && gender.length() == 2 && gender.charAt(1) == 'I';
    String g = gender == null ? null : gender.substring(0, 1);
    if (g != null && !"MFUX".contains(g)) {
      g = null;
    }
    BirthDate birth = birthDate(blank(f[5]), referenceYear);
    String given = join(blank(f[9]), blank(f[10]));
    return new Docs(
        blank(f[1]),
        blank(f[2]),
        blank(f[3]) == null ? null : f[3].replace(" ", ""),
        blank(f[4]),
        birth.date(),
        birth.yearOnly(),
        g,
        infant,
        EdifactDates.ddMMMyy(blank(f[7]), false, referenceYear),
        blank(f[8]) == null ? null : Names.collapseSpaces(f[8]),
        given);
  }

  /** A birth date and whether only its year can be trusted. */
  record BirthDate(LocalDate date, boolean yearOnly) {}

  /**
   * Carriers fill unknown birth days with 1 January or with zeros ({@code 00JAN80}, {@code
   * 00XXX80}): such a date is kept as 1 January of its year, marked year-only.
   */
  static BirthDate birthDate(String s, int referenceYear) {
    if (s == null) {
      return new BirthDate(null, false);
    }
    LocalDate d = EdifactDates.ddMMMyy(s, true, referenceYear);
    if (d != null) {
      return new BirthDate(d, d.getDayOfMonth() == 1 && d.getMonthValue() == 1);
    }
    String t = s.trim();
    if ((t.length() == 7 || t.length() == 9) && t.startsWith("00")) {
      LocalDate y = EdifactDates.ddMMMyy("01JAN" + t.substring(5), true, referenceYear);
      if (y != null) {
        return new BirthDate(y, true);
      }
    }
    return new BirthDate(null, false);
  }

  /**
   * {@code /place of birth/V/number/place of issue/issue date/country}: a visa, kept as a travel
   * document of its type, the country it is valid for as issuer.
   */
  static TravelDocument visa(String text) {
    if (text == null) {
      return null;
    }
    String[] f = fields(text, 8);
    String number = blank(f[3]);
    if (number == null) {
      return null;
    }
    String type = blank(f[2]);
    return new TravelDocument(
        type == null ? "V" : type, number.replace(" ", ""), blank(f[6]), null);
  }

  /** {@code /D/AUS/13 SHORE AVENUE/BROADBEACH/QLD/4215}: D destination, R residence. */
  static Address address(String text) {
    if (text == null) {
      return null;
    }
    String[] f = fields(text, 8);
    Address a =
        new Address(blank(f[1]), blank(f[3]), blank(f[4]), blank(f[5]), blank(f[6]), blank(f[2]));
    return a.getStreet() == null && a.getCity() == null && a.getCountry() == null ? null : a;
  }

  /** An infant's name and birth date from INFT. */
  record InfantName(String surname, String given, LocalDate dateOfBirth) {}

  static InfantName infant(String text, int referenceYear) {
    if (text == null) {
      return null;
    }
    String t = text.trim();
    int slash = t.indexOf('/');
    if (slash <= 0) {
      return null;
    }
    String surname = t.substring(0, slash).trim();
    StringBuilder given = new StringBuilder();
    LocalDate dob = null;
    for (String token : t.substring(slash + 1).replace('/', ' ').trim().split(" ")) {
      if (token.isEmpty()) {
        continue;
      }
      LocalDate d = dob == null ? EdifactDates.ddMMMyy(token, true, referenceYear) : null;
      if (d != null) {
        dob = d;
      } else {
        if (given.length() > 0) {
          given.append(' ');
        }
        given.append(token);
      }
    }
    return new InfantName(surname, given.length() == 0 ? null : given.toString(), dob);
  }

  /** {@code DL1234567}, {@code DL 1234567}, {@code DL/1234567}. */
  static FrequentFlyer frequentFlyer(String text) {
    if (text == null) {
      return null;
    }
    String t = text.replace(" ", "").replace("/", "").replace(":", "");
    if (t.length() < 4) {
      return null;
    }
    FrequentFlyer f = new FrequentFlyer();
    f.setAirline(t.substring(0, 2));
    f.setNumber(t.substring(2));
    return f;
  }

  /** The first run of 13 digits (a ticket number) in a TKNE text. */
  static String ticketNumber(String text) {
    if (text == null) {
      return null;
    }
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i)) && text.charAt(i) <= '9') {
        run++;
        if (run == 13 && (i + 1 == text.length() || !Character.isDigit(text.charAt(i + 1)))) {
          return text.substring(i - 12, i + 1);
        }
      } else {
        run = 0;
      }
    }
    return null;
  }

  /** UMNR: the age ({@code UM10}) and whether more text came with it. */
  record Minor(Integer age, boolean moreText) {}

  static Minor minor(String text) {
    if (text == null) {
      return new Minor(null, false);
    }
    String t = text.trim();
    Integer age = null;
    int consumed = 0;
    if (t.startsWith("UM")) {
      int i = 2;
      while (i < t.length() && i < 4 && Character.isDigit(t.charAt(i))) {
        i++;
      }
      if (i > 2) {
        age = Integer.parseInt(t.substring(2, i));
        consumed = i;
      }
    }
    return new Minor(age, t.substring(consumed).trim().length() > 0);
  }

  /** {@code /a/b/c} split into at least {@code n} fields; index 1 is the first value. */
  private static String[] fields(String text, int n) {
    String t = text.trim();
    if (!t.startsWith("/")) {
      t = "/" + t;
    }
    String[] parts = t.split("/", -1);
    if (parts.length >= n) {
      return parts;
    }
    String[] padded = new String[n];
    System.arraycopy(parts, 0, padded, 0, parts.length);
    return padded;
  }

  private static String blank(String s) {
    if (s == null) {
      return null;
    }
    String t = s.trim();
    return t.isEmpty() ? null : t;
  }

  private static String join(String a, String b) {
    if (a == null) {
      return b;
    }
    return b == null ? a : a + " " + b;
  }
}
