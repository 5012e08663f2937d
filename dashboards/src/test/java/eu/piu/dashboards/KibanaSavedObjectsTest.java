package eu.piu.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks the Kibana saved objects the way Kibana 7.17's import would, without a Kibana. */
class KibanaSavedObjectsTest {

  static SavedObjects saved;

  @BeforeAll
  static void load() throws Exception {
    saved = SavedObjects.load();
  }

  @Test
  void everyLineIsOneJsonObjectWithAUniqueStableId() {
    assertThat(saved.lines).hasSize(saved.byKey.size() + saved.duplicateKeys.size());
    assertThat(saved.duplicateKeys).isEmpty();
    for (JsonNode object : saved.byKey.values()) {
      assertThat(object.path("id").asText()).startsWith("piu-");
      assertThat(object.path("type").asText())
          .isIn("index-pattern", "visualization", "search", "dashboard");
      assertThat(object.path("attributes").path("title").asText()).isNotBlank();
    }
  }

  @Test
  void shipsTheAnalystDpoAndPushComplianceViews() {
    assertThat(saved.ofType("dashboard").map(d -> d.path("attributes").path("title").asText()))
        .containsExactlyInAnyOrder(
            "PIU – Analyst hits", "PIU – DPO audit journal", "PIU – Carrier push compliance");
    assertThat(saved.ofType("index-pattern").map(p -> p.path("attributes").path("title").asText()))
        .containsExactlyInAnyOrder("piu-hits*", "piu-audit*", "piu-push-compliance*");
    assertThat(
            saved
                .get("index-pattern", "piu-push-compliance-index-pattern")
                .at("/attributes/timeFieldName"))
        .hasToString("\"scheduledDeparture\"");
    assertThat(saved.get("index-pattern", "piu-hits-index-pattern").at("/attributes/timeFieldName"))
        .hasToString("\"detectedAt\"");
    assertThat(
            saved.get("index-pattern", "piu-audit-index-pattern").at("/attributes/timeFieldName"))
        .hasToString("\"occurredAt\"");
  }

  @Test
  void thePushComplianceDashboardShowsCarriersPushingLateOrNotAtClosure() {
    JsonNode issues = saved.get("visualization", "piu-push-compliance-issues-by-carrier");
    assertThat(SavedObjects.searchSource(issues).at("/query/query").asText())
        .isEqualTo("kind : \"FLIGHT\" and issues : *");
    assertThat(SavedObjects.embeddedJson(issues, "/visState").path("aggs"))
        .extracting(agg -> agg.at("/params/field").asText())
        .containsExactly("", "carrier", "issues");
    assertThat(saved.get("dashboard", "piu-push-compliance-dashboard").path("references"))
        .extracting(reference -> reference.path("id").asText())
        .containsExactly(
            "piu-push-compliance-issues-by-carrier",
            "piu-push-timing-by-carrier",
            "piu-push-compliance-search");
  }

  @Test
  void theAnalystDashboardShowsPendingHitsAgainstTheDeadlineMultipleAndCommonHitsAndOutcomes() {
    assertThat(saved.get("dashboard", "piu-analyst-hits-dashboard").path("references"))
        .extracting(reference -> reference.path("id").asText())
        .contains(
            "piu-pending-hits-by-service",
            "piu-pending-hits-by-deadline",
            "piu-multiple-and-common-hits",
            "piu-hit-outcomes-by-service",
            "piu-pending-hits-search");
    JsonNode pending = saved.get("visualization", "piu-pending-hits-by-service");
    assertThat(SavedObjects.searchSource(pending).at("/query/query").asText())
        .isEqualTo("status:PENDING_VALIDATION");
    assertThat(SavedObjects.embeddedJson(pending, "/visState").path("aggs"))
        .extracting(agg -> agg.at("/params/field").asText())
        .containsExactly("", "services", "overdue");
    JsonNode deadline = saved.get("visualization", "piu-pending-hits-by-deadline");
    assertThat(
            SavedObjects.embeddedJson(deadline, "/visState")
                .at("/params/addTimeMarker")
                .asBoolean())
        .as("the now line shows which deadlines passed")
        .isTrue();
    assertThat(saved.get("search", "piu-pending-hits-search").at("/attributes/sort/0/0").asText())
        .isEqualTo("deadlineAt");
  }

  @Test
  void jsonInStringAttributesParse() {
    for (JsonNode object : saved.byKey.values()) {
      List<String> embedded =
          switch (object.path("type").asText()) {
            case "index-pattern" -> List.of("/fields");
            case "visualization" ->
                List.of("/visState", "/uiStateJSON", "/kibanaSavedObjectMeta/searchSourceJSON");
            case "search" -> List.of("/kibanaSavedObjectMeta/searchSourceJSON");
            case "dashboard" ->
                List.of("/panelsJSON", "/optionsJSON", "/kibanaSavedObjectMeta/searchSourceJSON");
            default -> List.of();
          };
      embedded.forEach(path -> assertThat(SavedObjects.embeddedJson(object, path)).isNotNull());
    }
    saved.ofType("search").forEach(s -> assertThat(SavedObjects.columns(s)).isNotEmpty());
  }

  @Test
  void everyReferenceResolvesInsideTheFileAndEveryRefNameHasItsReference() {
    for (JsonNode object : saved.byKey.values()) {
      Set<String> usedNames = new HashSet<>();
      JsonNode searchSource = object.at("/attributes/kibanaSavedObjectMeta/searchSourceJSON");
      if (searchSource.isTextual()) {
        JsonNode source = SavedObjects.searchSource(object);
        if (source.has("indexRefName")) {
          usedNames.add(source.path("indexRefName").asText());
        }
      }
      if (object.path("type").asText().equals("dashboard")) {
        for (JsonNode panel : SavedObjects.embeddedJson(object, "/panelsJSON")) {
          assertThat(panel.path("panelRefName").asText()).isNotBlank();
          assertThat(usedNames.add(panel.path("panelRefName").asText()))
              .as("panelRefName is unique in %s", SavedObjects.key(object))
              .isTrue();
        }
      }
      Set<String> referenceNames = new HashSet<>();
      for (JsonNode reference : object.path("references")) {
        String target = reference.path("type").asText() + ":" + reference.path("id").asText();
        assertThat(saved.byKey)
            .as("%s refers to %s", SavedObjects.key(object), target)
            .containsKey(target);
        referenceNames.add(reference.path("name").asText());
      }
      assertThat(referenceNames)
          .as("references of %s", SavedObjects.key(object))
          .isEqualTo(usedNames);
    }
    assertThat(saved.ofType("visualization").map(v -> saved.indexPatternOf(v)))
        .doesNotContainNull();
  }

  @Test
  void indexPatternFieldsMatchTheIndexTemplateMappings() {
    saved
        .ofType("index-pattern")
        .forEach(
            pattern -> {
              Map<String, String> mapping = templateMappingFor(pattern);
              Map<String, JsonNode> fields = SavedObjects.indexPatternFields(pattern);
              String timeField = pattern.at("/attributes/timeFieldName").asText();
              assertThat(mapping).containsEntry(timeField, "date");
              assertThat(fields.get(timeField).path("type").asText()).isEqualTo("date");
              fields.forEach(
                  (name, field) -> {
                    if (name.startsWith("_")) {
                      return; // metadata fields, in every index
                    }
                    String esType = mapping.get(name);
                    assertThat(esType).as("%s in the template mapping", name).isNotNull();
                    assertThat(field.path("type").asText())
                        .as("Kibana type of %s", name)
                        .isEqualTo(FieldTypes.kibanaType(esType));
                    assertThat(field.path("aggregatable").asBoolean())
                        .as("aggregatable %s", name)
                        .isEqualTo(!esType.equals("text"));
                  });
            });
  }

  @Test
  void everyFieldAPanelUsesIsInTheIndexPatternAndTheMappingWithAFittingType() {
    List<SavedObjects.FieldUse> uses = saved.fieldUses();
    assertThat(uses).extracting(SavedObjects.FieldUse::field).contains("services", "occurredAt");
    List<String> misfits = new ArrayList<>();
    for (SavedObjects.FieldUse use : uses) {
      JsonNode object = saved.byKey.get(use.objectKey());
      JsonNode pattern = saved.indexPatternOf(object);
      JsonNode field = SavedObjects.indexPatternFields(pattern).get(use.field());
      String esType = templateMappingFor(pattern).get(use.field());
      boolean aggregation = !use.use().equals("column");
      if (field == null
          || esType == null
          || !FieldTypes.fits(use.use(), esType)
          || (aggregation && !field.path("aggregatable").asBoolean())) {
        misfits.add(use + " (mapping type " + esType + ", index pattern " + field + ")");
      }
    }
    assertThat(misfits).isEmpty();
  }

  /** The flattened mapping of the shipped template whose pattern is the index pattern's title. */
  static Map<String, String> templateMappingFor(JsonNode indexPattern) {
    String title = indexPattern.at("/attributes/title").asText();
    for (String path :
        List.of(
            DashboardResources.HITS_TEMPLATE,
            DashboardResources.AUDIT_TEMPLATE,
            DashboardResources.PUSH_COMPLIANCE_TEMPLATE)) {
      JsonNode template = DashboardResources.json(path);
      for (JsonNode pattern : template.path("index_patterns")) {
        if (pattern.asText().equals(title)) {
          return FieldTypes.flatten(template.at("/template/mappings/properties"));
        }
      }
    }
    throw new AssertionError("no index template for index pattern " + title);
  }
}
