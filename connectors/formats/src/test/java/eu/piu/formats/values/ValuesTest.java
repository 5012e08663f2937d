package eu.piu.formats.values;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValuesTest {

  @Test
  void titlesComeOffGivenNames() {
    assertThat(Names.splitTitle("JOHNMR")).isEqualTo(new Names.GivenAndTitle("JOHN", "MR"));
    assertThat(Names.splitTitle("NINA MS")).isEqualTo(new Names.GivenAndTitle("NINA", "MS"));
    assertThat(Names.splitTitle("LIESBETH MRS"))
        .isEqualTo(new Names.GivenAndTitle("LIESBETH", "MRS"));
    assertThat(Names.splitTitle("ROBINMSTR")).isEqualTo(new Names.GivenAndTitle("ROBIN", "MSTR"));
    assertThat(Names.splitTitle("OMAR")).isEqualTo(new Names.GivenAndTitle("OMAR", null));
    assertThat(Names.splitTitle("MR")).isEqualTo(new Names.GivenAndTitle(null, "MR"));
    assertThat(Names.splitTitle(null)).isEqualTo(new Names.GivenAndTitle(null, null));
  }

  @Test
  void namesCompareWithoutSpacesOrPunctuation() {
    assertThat(Names.normalise("De Waele-Maes")).isEqualTo("DEWAELEMAES");
    assertThat(Names.normalise("TESTSUR NAMETWO")).isEqualTo("TESTSURNAMETWO");
    assertThat(Names.givenAgreement("KEVIN", "KEVINMICHAEL")).isEqualTo(2);
    assertThat(Names.givenAgreement("KEVIN", "KAYLA")).isZero();
  }

  @Test
  void iataEmailsAreDecoded() {
    assertThat(Contacts.email("JOHN.DOE//EXAMPLE.COM")).isEqualTo("john.doe@example.com");
    assertThat(Contacts.email("STACY..SMITH//MAIL.EXAMPLE.COM"))
        .isEqualTo("stacy_smith@mail.example.com");
    assertThat(Contacts.email("ANNE./MARIE//EXAMPLE.BE")).isEqualTo("anne-marie@example.be");
    assertThat(Contacts.email("ANNE//EXAMPLE.BE-1")).isEqualTo("anne@example.be");
    assertThat(Contacts.email("no address here")).isNull();
  }

  @Test
  void phonesAreFoundInFreeWords() {
    assertThat(Contacts.phones("H5555555555 W 1 555 555 5555 "))
        .containsExactly("5555555555", "15555555555");
    assertThat(Contacts.phones("EK CTC M 5432109876")).containsExactly("5432109876");
    assertThat(Contacts.phones("+32 2 555 01 01")).containsExactly("+3225550101");
    assertThat(Contacts.phones("ROW 12")).isEmpty();
  }

  @Test
  void cardNumbersKeepOnlyTheirLastFourDigits() {
    assertThat(CardNumbers.mask("4111111111111111")).isEqualTo("XXXXXXXXXXXX1111");
    assertThat(CardNumbers.mask("5500 0055 5555 5559")).isEqualTo("XXXXXXXXXXXX5559");
    assertThat(CardNumbers.mask("370266XXXXX6916")).isEqualTo("XXXXXXXXXXX6916");
    assertThat(CardNumbers.mask("XXXXXXXX1186")).isEqualTo("XXXXXXXX1186");
    assertThat(CardNumbers.mask("12345X")).isEqualTo("XXXXXX");
    assertThat(CardNumbers.mask(null)).isNull();
  }

  @Test
  void flightNumbersArePadded() {
    assertThat(FlightNumbers.normalise("324")).isEqualTo("0324");
    assertThat(FlightNumbers.normalise("0006")).isEqualTo("0006");
    assertThat(FlightNumbers.normalise("12A")).isEqualTo("0012A");
    assertThat(FlightNumbers.split("UA0989", "UA"))
        .isEqualTo(new FlightNumbers.CarrierAndNumber("UA", "0989"));
    assertThat(FlightNumbers.split("LA532", null))
        .isEqualTo(new FlightNumbers.CarrierAndNumber("LA", "0532"));
    assertThat(FlightNumbers.split("DLH400", null))
        .isEqualTo(new FlightNumbers.CarrierAndNumber("DLH", "0400"));
  }

  @Test
  void passengerIdsDependOnNormalisedNamesOnly() {
    assertThat(PassengerIds.of("DEJONG", "BRAM"))
        .isEqualTo(PassengerIds.of("DEJONG", "BRAM"))
        .startsWith("P")
        .hasSize(17);
    assertThat(PassengerIds.of("DEJONG", "BRAM")).isNotEqualTo(PassengerIds.of("DEJONG", "BRAMS"));
  }
}
