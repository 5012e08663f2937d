package eu.piu.screening;

import static eu.piu.screening.ScreeningFixtures.byDocument;
import static eu.piu.screening.ScreeningFixtures.deletion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import eu.piu.schema.AuditEvent;
import eu.piu.schema.PersonName;
import eu.piu.schema.WatchlistEntry;
import eu.piu.schema.internal.EntryAtKey;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

class EntryIndexingFunctionTest {

  private static KeyedOneInputStreamOperatorTestHarness<String, WatchlistEntry, EntryAtKey>
      harness() throws Exception {
    return ProcessFunctionTestHarnesses.forKeyedProcessFunction(
        new EntryIndexingFunction(), EntryIndexingFunction::keyOf, Types.STRING);
  }

  @Test
  void placesAnEntryUnderItsDocumentKeysAndMovesItWhenTheyChange() throws Exception {
    try (var harness = harness()) {
      WatchlistEntry v1 = byDocument("POLICE", "wanted", "e1", "X123");
      WatchlistEntry v2 =
          WatchlistEntry.newBuilder(byDocument("POLICE", "wanted", "e1", "X999"))
              .setVersion(2)
              .setNames(List.of(new PersonName("Jan Peeters", null, null)))
              .setDatesOfBirth(List.of("1970"))
              .build();
      harness.processElement(v1, 1);
      harness.processElement(v2, 2);

      assertThat(harness.extractOutputValues())
          .extracting(
              EntryAtKey::getLookupKey, e -> e.getEntry() == null ? 0L : e.getEntry().getVersion())
          .containsExactly(tuple("doc:X123", 1L), tuple("doc:X123", 0L), tuple("doc:X999", 2L));
    }
  }

  @Test
  void aDeletionRemovesTheEntryEverywhereAndAStaleUpsertCannotRevive() throws Exception {
    try (var harness = harness()) {
      WatchlistEntry entry = byDocument("POLICE", "wanted", "e1", "X123");
      harness.processElement(entry, 1);
      harness.processElement(deletion(entry, 2), 2);
      harness.processElement(entry, 3);

      assertThat(harness.extractOutputValues())
          .extracting(EntryAtKey::getLookupKey, e -> e.getEntry() != null)
          .containsExactly(tuple("doc:X123", true), tuple("doc:X123", false));
      assertThat(harness.getSideOutput(ScreeningDescriptors.AUDIT))
          .extracting(r -> ((AuditEvent) r.getValue()).getDetails().get("outcome"))
          .containsExactly("APPLIED", "APPLIED", "IGNORED_STALE_VERSION");
    }
  }
}
