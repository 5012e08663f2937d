package eu.piu.hits.index;

import static eu.piu.hits.HitsFixtures.DEADLINE_AFTER;
import static eu.piu.hits.HitsFixtures.FTF;
import static eu.piu.hits.HitsFixtures.RETENTION;
import static eu.piu.hits.HitsFixtures.alone;
import static eu.piu.hits.HitsFixtures.hit;
import static eu.piu.hits.HitsFixtures.hoursAfterDetection;
import static eu.piu.hits.HitsFixtures.validate;
import static org.assertj.core.api.Assertions.assertThat;

import eu.piu.hits.lifecycle.HitLifecycle;
import eu.piu.schema.internal.HitState;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HitDocumentsTest {

  @Test
  void aDocumentShowsTheStatusDecidersTimesDeadlineAndRelations() {
    HitLifecycle lifecycle = new HitLifecycle(DEADLINE_AFTER, RETENTION);
    HitState open = lifecycle.open(alone(hit("h1", FTF, true, "POLICE", "VSSE")));
    HitState validated =
        lifecycle.decide(open, validate("d1", "h1", "VSSE", hoursAfterDetection(2))).state();

    Map<String, Object> document = HitDocuments.of(validated);

    assertThat(HitDocuments.idOf(validated)).isEqualTo("h1");
    assertThat(document)
        .containsEntry("hitId", "h1")
        .containsEntry("status", "VALIDATED")
        .containsEntry("sequence", 2L)
        .containsEntry("decidedBy", "C-VSSE")
        .containsEntry("decidedByService", "VSSE")
        .containsEntry("decidedAt", "2026-11-22T10:00:00Z")
        .containsEntry("deadlineAt", "2026-11-23T08:00:00Z")
        .containsEntry("overdue", false)
        .containsEntry("multiple", true)
        .containsEntry("groupServices", List.of("POLICE", "VSSE"))
        .containsEntry("deciders", List.of("C-VSSE"));
    assertThat((List<?>) document.get("decisions"))
        .singleElement()
        .satisfies(d -> assertThat(((Map<?, ?>) d).get("effect")).isEqualTo("APPLIED"));
  }
}
