package eu.piu.screening;

import static eu.piu.screening.ScreeningFixtures.byName;
import static eu.piu.screening.ScreeningFixtures.passenger;
import static eu.piu.screening.ScreeningFixtures.pnr;
import static org.assertj.core.api.Assertions.assertThat;

import eu.piu.schema.Passenger;
import eu.piu.schema.Pnr;
import eu.piu.schema.internal.PassengerProbe;
import eu.piu.screening.names.NameMatchingSettings;
import org.junit.jupiter.api.Test;

/** A changed entry finds its candidate passengers by name, not by a pass over all of them. */
class WaitingPassengersTest {

  private final WaitingPassengers waiting = new WaitingPassengers(NameMatchingSettings.defaults());

  private static PassengerProbe probe(String locator, Passenger passenger) {
    Pnr pnr = pnr(locator, 1, passenger);
    return PassengerProbe.newBuilder()
        .setLookupKey("names")
        .setPnrId(pnr.getPnrId())
        .setPnrVersion(1)
        .setPushedAt(pnr.getPushedAt())
        .setCarrier(pnr.getCarrier())
        .setRecordLocator(pnr.getRecordLocator())
        .setPassengerRef(PassengerLegs.passengerRef(pnr.getPnrId(), passenger))
        .setPassenger(passenger)
        .setFlights(pnr.getLegs())
        .setExpiresAt(Long.MAX_VALUE)
        .build();
  }

  @Test
  void aChangedEntryFindsOnlyThePassengersItsNamesComeNear() throws Exception {
    PassengerProbe peeters = probe("AAA111", passenger("p1", "PEETERS", "JAN", "1970-03-04", null));
    waiting.put(peeters);
    waiting.put(probe("BBB222", passenger("p2", "OKONKWO", "CHIDI", "1975-05-05", null)));
    waiting.put(probe("CCC333", passenger("p3", "LINDQVIST", "SOLVEIG", "1990-01-01", null)));

    assertThat(waiting.candidatesFor(byName("VSSE", "vsse", "e1", "Jan PEETERS", "1970")))
        .containsExactly(peeters);
    assertThat(waiting.size()).isEqualTo(3);
  }

  @Test
  void passengersLeaveWhenTheWatermarkPassesTheirFlightsUnlessMovedToLaterOnes() throws Exception {
    PassengerProbe peeters = probe("AAA111", passenger("p1", "PEETERS", "JAN", "1970-03-04", null));
    PassengerProbe okonkwo =
        probe("BBB222", passenger("p2", "OKONKWO", "CHIDI", "1975-05-05", null));
    waiting.put(expiringAt(peeters, 1_000));
    waiting.put(expiringAt(okonkwo, 5_000));

    waiting.expire(999);
    assertThat(waiting.size()).isEqualTo(2);
    waiting.expire(1_000);
    assertThat(waiting.size()).isEqualTo(1);
    assertThat(waiting.candidatesFor(byName("VSSE", "vsse", "e1", "Jan PEETERS", "1970")))
        .isEmpty();

    waiting.put(expiringAt(okonkwo, 8_000));
    waiting.expire(5_000);
    assertThat(waiting.size()).as("a later version moved the flight").isEqualTo(1);
    waiting.expire(8_000);
    assertThat(waiting.size()).isZero();
  }

  private static PassengerProbe expiringAt(PassengerProbe probe, long expiresAt) {
    return PassengerProbe.newBuilder(probe).setExpiresAt(expiresAt).build();
  }

  @Test
  void aPassengerWhoLeftIsNoLongerACandidate() throws Exception {
    PassengerProbe peeters = probe("AAA111", passenger("p1", "PEETERS", "JAN", "1970-03-04", null));
    waiting.put(peeters);
    waiting.remove(peeters.getPassengerRef());

    assertThat(waiting.candidatesFor(byName("VSSE", "vsse", "e1", "Jan PEETERS", "1970")))
        .isEmpty();
    assertThat(waiting.size()).isZero();
  }
}
