package eu.piu.formats.pnrgov;

import eu.piu.formats.values.Contacts;
import eu.piu.schema.Contact;
import java.util.List;

/**
 * Contact elements in IATA form, as SSR or OSI text: {@code CTCE} e-mail, {@code CTCM} mobile,
 * {@code CTCH} home, {@code CTCB} business, {@code CTCP} phone, {@code CTCT} agency, {@code CTCR}
 * refused.
 */
final class ContactCodes {

  private ContactCodes() {}

  /**
   * Reads {@code text} ("CTCE JOHN//EXAMPLE.COM") into contacts; true when it was a contact element
   * (a refusal included), false when nothing structured was in it.
   */
  static boolean read(String text, List<Contact> into) {
    int space = text.indexOf(' ');
    String code = space < 0 ? text : text.substring(0, space);
    String rest = space < 0 ? "" : text.substring(space + 1);
    return read(code, rest, into);
  }

  /** Same, with the code and the value apart (SSR CTCE: code in the SSR, value in its text). */
  static boolean read(String code, String value, List<Contact> into) {
    if ("CTCR".equals(code)) {
      return true;
    }
    if ("CTCE".equals(code) || Contacts.looksLikeEmail(value)) {
      String email = Contacts.email(value);
      if (email != null) {
        into.add(new Contact("EMAIL", email, code));
        return true;
      }
      return false;
    }
    List<String> phones = Contacts.phones(value);
    for (String phone : phones) {
      into.add(new Contact("PHONE", phone, code));
    }
    return !phones.isEmpty();
  }
}
