package eu.piu.screening.match;

import static eu.piu.screening.ScreeningFixtures.byDocument;
import static eu.piu.screening.ScreeningFixtures.passenger;
import static eu.piu.screening.ScreeningFixtures.pnr;
import static org.assertj.core.api.Assertions.assertThat;

import eu.piu.schema.MatchedField;
import eu.piu.schema.Passenger;
import eu.piu.screening.PassengerLeg;
import eu.piu.screening.PassengerLegs;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExactWatchlistIndexTest {

  private final ExactWatchlistIndex index = new ExactWatchlistIndex();

  private List<WatchlistMatch> screen(Passenger passenger) {
    PassengerLeg leg = PassengerLegs.of(pnr("ABC123", 1, passenger)).get(0);
    return index.match(leg);
  }

  @Test
  void matchesADocumentNumberWhateverItsSeparatorsAndCase() {
    index.upsert(byDocument("POLICE", "police-wanted", "e-1", "ab-12 34567"));

    List<WatchlistMatch> matches =
        screen(passenger("p1", "PEETERS", "AN", "1980-05-06", "AB1234567"));

    assertThat(matches).hasSize(1);
    assertThat(matches.get(0).entry().getEntryId()).isEqualTo("e-1");
    assertThat(matches.get(0).evidence())
        .extracting(MatchedField::getField, MatchedField::getReferenceValue)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("document.number", "ab-12 34567"));
    assertThat(matches.get(0).reason()).contains("document.number", "police-wanted", "e-1", "v1");
  }

  @Test
  void documentAndNameOnTheSameEntryGiveOneMatchWithBothPiecesOfEvidence() {
    index.upsert(
        eu.piu.screening.ScreeningFixtures.entry("POLICE", "l", "e-4")
            .setNames(List.of(new eu.piu.schema.PersonName("Jan Peeters", null, null)))
            .setDatesOfBirth(List.of("1970-01-01"))
            .setDocuments(List.of(new eu.piu.schema.TravelDocument(null, "X1", null, null)))
            .build());

    List<WatchlistMatch> matches = screen(passenger("p1", "PEETERS", "JAN", "1970-01-01", "X1"));

    assertThat(matches).hasSize(1);
    assertThat(matches.get(0).evidence())
        .extracting(MatchedField::getField)
        .containsExactly("document.number", "name", "dateOfBirth");
  }

  @Test
  void replacingAndRemovingAnEntryUpdatesEveryIndex() {
    index.upsert(byDocument("POLICE", "l", "e-5", "OLD1"));
    index.upsert(byDocument("POLICE", "l", "e-5", "NEW1"));

    assertThat(screen(passenger("p1", "A", "B", null, "OLD1"))).isEmpty();
    assertThat(screen(passenger("p1", "A", "B", null, "NEW1"))).hasSize(1);
    assertThat(index.size()).isEqualTo(1);

    index.remove("l", "e-5");

    assertThat(screen(passenger("p1", "A", "B", null, "NEW1"))).isEmpty();
    assertThat(index.size()).isZero();
  }
}
