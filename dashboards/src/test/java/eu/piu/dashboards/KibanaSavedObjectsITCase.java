package eu.piu.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.piu.localstack.LocalElasticsearch;
import eu.piu.localstack.LocalStackExtension;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The saved objects against a real Elasticsearch 7.17 set up by {@link ElasticsearchSetup} and fed
 * with hits and journal entries shaped like the jobs': every panel's field has a fitting type in
 * the real mapping and every panel's query finds data.
 */
@ExtendWith(LocalStackExtension.class)
class KibanaSavedObjectsITCase {

  static final DashboardOptions OPTIONS = DashboardOptions.defaults().withReplicas(0);

  static ElasticsearchRest rest;
  static ElasticsearchSetup setup;
  static List<ElasticsearchSetup.Step> firstInstall;
  static SavedObjects saved;

  @BeforeAll
  static void installAndIndex(LocalElasticsearch elasticsearch) throws Exception {
    rest = new ElasticsearchRest(URI.create(elasticsearch.httpUrl()));
    setup = new ElasticsearchSetup(URI.create(elasticsearch.httpUrl()), OPTIONS);
    firstInstall = setup.install();
    saved = SavedObjects.load();

    // Through the write aliases, as the jobs write; visible to search once the call returns.
    JsonNode bulk = rest.postNdjson("/_bulk?refresh=wait_for", bulkLines()).orThrow().json();
    assertThat(bulk.path("errors").asBoolean()).as("bulk errors: %s", bulk).isFalse();
  }

  @Test
  void firstInstallCreatesIndicesAndSkipsLifecycleOnANodeWithoutIt() {
    assertThat(firstInstall)
        .extracting(step -> step.resource().kind() + " " + step.outcome())
        .containsExactly(
            "LIFECYCLE_POLICY SKIPPED",
            "LIFECYCLE_POLICY SKIPPED",
            "INDEX_TEMPLATE INSTALLED",
            "INDEX_TEMPLATE INSTALLED",
            "INDEX CREATED",
            "INDEX CREATED",
            "LIFECYCLE_POLICY SKIPPED",
            "INDEX_TEMPLATE INSTALLED",
            "INDEX CREATED");
  }

  @Test
  void installingAgainIsSafeAndKeepsTheData() throws Exception {
    long hitsBefore = count("piu-hits");

    List<ElasticsearchSetup.Step> again = setup.install();

    assertThat(again.subList(4, 6))
        .extracting(ElasticsearchSetup.Step::outcome)
        .containsOnly(ElasticsearchSetup.Outcome.ALREADY_PRESENT);
    assertThat(count("piu-hits")).isEqualTo(hitsBefore).isPositive();
  }

  @Test
  void indicesTakeShardsAndReplicasFromTheInstalledTemplates() throws Exception {
    JsonNode settings = rest.get("/piu-hits/_settings").orThrow().json();
    JsonNode index = settings.path("piu-hits-000001").at("/settings/index");
    assertThat(index.path("number_of_shards").asText()).isEqualTo("1");
    assertThat(index.path("number_of_replicas").asText()).isEqualTo("0");
    JsonNode aliases = rest.get("/_alias/piu-audit").orThrow().json();
    assertThat(aliases.at("/piu-audit-000001/aliases/piu-audit/is_write_index").asBoolean())
        .isTrue();
  }

  @Test
  void everyPanelFieldHasAFittingTypeInTheRealMapping() throws Exception {
    List<String> misfits = new ArrayList<>();
    for (SavedObjects.FieldUse use : saved.fieldUses()) {
      JsonNode pattern = saved.indexPatternOf(saved.byKey.get(use.objectKey()));
      String esType = realMapping(pattern).get(use.field());
      if (esType == null || !FieldTypes.fits(use.use(), esType)) {
        misfits.add(use + " (real mapping type " + esType + ")");
      }
    }
    assertThat(misfits).isEmpty();
  }

  @Test
  void fieldsTheJobsAddLaterAreMappedForKibana() throws Exception {
    Map<String, String> hits = FieldTypes.flatten(mappingProperties("piu-hits"));
    assertThat(hits).containsEntry("validatedBy", "keyword").containsEntry("validatedAt", "date");
    Map<String, String> audit = FieldTypes.flatten(mappingProperties("piu-audit"));
    assertThat(audit)
        .containsEntry("details.pnrVersion", "keyword")
        .containsEntry("details.previousStatus", "keyword")
        .containsEntry("details.decidedAt", "keyword");
  }

  @Test
  void everyVisualizationQueryFindsData() throws Exception {
    List<JsonNode> visualizations = saved.ofType("visualization").toList();
    assertThat(visualizations).hasSize(15);
    for (JsonNode vis : visualizations) {
      String index = saved.indexPatternOf(vis).at("/attributes/title").asText();
      ObjectNode query = aggregationQuery(SavedObjects.embeddedJson(vis, "/visState"));
      JsonNode answer = rest.post("/" + index + "/_search", query).orThrow().json();

      assertThat(answer.at("/hits/total/value").asLong()).as(SavedObjects.key(vis)).isPositive();
      JsonNode buckets = answer.path("aggregations").path("bucket").path("buckets");
      assertThat(buckets).as("%s buckets: %s", SavedObjects.key(vis), answer).isNotEmpty();
      assertThat(buckets.get(0).path("doc_count").asLong()).isPositive();
      // A split series (e.g. events over time by type) must find data inside the buckets too.
      if (buckets.get(0).has("bucket")) {
        assertThat(buckets.get(0).at("/bucket/buckets/0/doc_count").asLong())
            .as("%s inner buckets: %s", SavedObjects.key(vis), answer)
            .isPositive();
      }
    }
  }

  @Test
  void savedSearchesShowFieldsOfTheRealMappingAndFindData() throws Exception {
    for (JsonNode search : saved.ofType("search").toList()) {
      JsonNode pattern = saved.indexPatternOf(search);
      assertThat(realMapping(pattern).keySet())
          .as(SavedObjects.key(search))
          .containsAll(SavedObjects.columns(search));
      String index = pattern.at("/attributes/title").asText();
      assertThat(count(index)).as(SavedObjects.key(search)).isPositive();
    }
  }

  @Test
  void thePanelsQueriesFindTheHitsTheyAreAbout() throws Exception {
    // The lifecycle panels filter with Lucene queries, which Elasticsearch runs as query_string.
    Map<String, Long> expected =
        Map.of(
            "piu-pending-hits-by-service", 1L,
            "piu-pending-hits-by-deadline", 1L,
            "piu-hit-outcomes-by-service", 2L,
            "piu-multiple-and-common-hits", 3L,
            "piu-pending-hits-search", 1L);
    for (Map.Entry<String, Long> panel : expected.entrySet()) {
      JsonNode object =
          saved.byKey.containsKey("visualization:" + panel.getKey())
              ? saved.get("visualization", panel.getKey())
              : saved.get("search", panel.getKey());
      JsonNode query = SavedObjects.searchSource(object).path("query");
      assertThat(query.path("language").asText()).isEqualTo("lucene");
      ObjectNode body = DashboardResources.JSON.createObjectNode();
      body.putObject("query").putObject("query_string").put("query", query.path("query").asText());
      JsonNode answer = rest.post("/piu-hits/_count", body).orThrow().json();
      assertThat(answer.path("count").asLong()).as(panel.getKey()).isEqualTo(panel.getValue());
    }
  }

  @Test
  void theLifecycleFieldsAreMappedAsTheDashboardsNeedThem() throws Exception {
    Map<String, String> hits = FieldTypes.flatten(mappingProperties("piu-hits"));
    assertThat(hits)
        .containsEntry("deadlineAt", "date")
        .containsEntry("overdue", "boolean")
        .containsEntry("multiple", "boolean")
        .containsEntry("decidedByService", "keyword")
        .containsEntry("decisions.code", "keyword")
        .containsEntry("decisions.reason", "text")
        .containsEntry("sequence", "long");
  }

  /**
   * A visualization's aggregations as Kibana sends them: bucket aggregations nested in their order,
   * each named {@code bucket}; count is every bucket's doc_count.
   */
  static ObjectNode aggregationQuery(JsonNode visState) {
    ObjectNode query = DashboardResources.JSON.createObjectNode().put("size", 0);
    query.put("track_total_hits", true);
    ObjectNode level = query;
    for (JsonNode agg : visState.path("aggs")) {
      JsonNode params = agg.path("params");
      String field = params.path("field").asText();
      switch (agg.path("type").asText()) {
        case "count" -> {}
        case "terms" -> {
          ObjectNode terms = level.putObject("aggs").putObject("bucket").putObject("terms");
          terms.put("field", field).put("size", params.path("size").asInt(10));
          terms.putObject("order").put("_count", params.path("order").asText("desc"));
          level = (ObjectNode) level.at("/aggs/bucket");
        }
        case "date_histogram" -> {
          ObjectNode histogram =
              level.putObject("aggs").putObject("bucket").putObject("date_histogram");
          String interval = params.path("interval").asText("auto");
          // Kibana turns "auto" into an interval fitting the time range; a day fits this data.
          histogram
              .put("field", field)
              .put("calendar_interval", interval.equals("auto") ? "1d" : interval)
              .put("min_doc_count", params.path("min_doc_count").asInt(1));
          level = (ObjectNode) level.at("/aggs/bucket");
        }
        default ->
            throw new AssertionError(
                "no translation for aggregation " + agg.path("type") + " in " + visState);
      }
    }
    return query;
  }

  private static Map<String, String> realMapping(JsonNode indexPattern) throws Exception {
    return FieldTypes.flatten(mappingProperties(indexPattern.at("/attributes/title").asText()));
  }

  /** The properties of the real mapping; the index behind a name, as there is one here. */
  private static JsonNode mappingProperties(String indexOrPattern) throws Exception {
    JsonNode mappings = rest.get("/" + indexOrPattern + "/_mapping").orThrow().json();
    assertThat(mappings.size()).as("indices behind %s", indexOrPattern).isEqualTo(1);
    return mappings.elements().next().at("/mappings/properties");
  }

  private static long count(String index) throws Exception {
    return rest.get("/" + index + "/_count").orThrow().json().path("count").asLong();
  }

  private static String bulkLines() throws Exception {
    StringBuilder lines = new StringBuilder();
    for (JsonNode hit : hits()) {
      lines.append(indexAction("piu-hits", hit.path("hitId").asText())).append('\n');
      lines.append(DashboardResources.JSON.writeValueAsString(hit)).append('\n');
    }
    for (JsonNode event : auditEvents()) {
      lines.append(indexAction("piu-audit", event.path("eventId").asText())).append('\n');
      lines.append(DashboardResources.JSON.writeValueAsString(event)).append('\n');
    }
    for (JsonNode document : pushCompliance()) {
      lines.append(indexAction("piu-push-compliance", document.path("documentId").asText()));
      lines.append('\n').append(DashboardResources.JSON.writeValueAsString(document)).append('\n');
    }
    return lines.toString();
  }

  private static String indexAction(String index, String id) {
    return "{\"index\":{\"_index\":\"" + index + "\",\"_id\":\"" + id + "\"}}";
  }

  /**
   * Three hits as the hits job indexes them: a pending, overdue watchlist hit of a multiple hit, a
   * rejected profile hit, a common hit validated by one service and later rejected by another.
   */
  private static List<JsonNode> hits() throws Exception {
    return List.of(
        json(
            """
            {"hitId":"h-7f3a","kind":"WATCHLIST","services":["POLICE"],"common":false,
             "status":"PENDING_VALIDATION","listId":"police-wanted","entryId":"e-17","profileId":null,
             "referenceVersion":3,"pnrId":"SN:ABC123:2026-11-01","pnrVersion":2,"carrier":"SN",
             "recordLocator":"ABC123","passengerLegId":"SN:ABC123:2026-11-01/1/SN0123",
             "passengerId":"SN:ABC123:2026-11-01/1","personKey":"DOE|JOHN|1980-01-31",
             "flightKey":"SN0123/2026-11-23/BRU",
             "flight":{"carrier":"SN","flightNumber":"0123","origin":"BRU","destination":"JFK",
               "scheduledDeparture":"2026-11-23T10:00:00Z","scheduledArrival":"2026-11-23T18:00:00Z",
               "operatingCarrier":null,"operatingFlightNumber":null},
             "surname":"DOE","givenNames":"JOHN","dateOfBirth":"1980-01-31",
             "matchedFields":[
               {"field":"document.number","passengerValue":"X123","referenceValue":"X123","score":1.0},
               {"field":"name","passengerValue":"DOE JOHN","referenceValue":"DOE JOHN","score":1.0}],
             "reason":"document number X123 and name equal to entry e-17 of police-wanted v3",
             "score":1.0,"detectedAt":"2026-11-22T10:00:00.123Z",
             "sequence":3,"notifiedAt":"2026-11-22T10:00:00.123Z","deadlineAt":"2026-11-23T10:00:00.123Z",
             "overdue":true,"decidedBy":null,"decidedByService":null,"decidedAt":null,
             "rejectedBy":[],"relatedHitIds":["h-5d10"],"groupServices":["POLICE","VSSE"],
             "multiple":true,"decisions":[],"deciders":[]}
            """),
        json(
            """
            {"hitId":"h-91c2","kind":"PROFILE","services":["VSSE"],"common":false,
             "status":"REJECTED","listId":null,"entryId":null,"profileId":"p-3",
             "referenceVersion":5,"pnrId":"SN:ABC123:2026-11-01","pnrVersion":2,"carrier":"SN",
             "recordLocator":"ABC123","passengerLegId":"SN:ABC123:2026-11-01/2/SN0123",
             "passengerId":"SN:ABC123:2026-11-01/2","personKey":"DOE|JANE|1982",
             "flightKey":"SN0123/2026-11-23/BRU",
             "flight":{"carrier":"SN","flightNumber":"0123","origin":"BRU","destination":"JFK",
               "scheduledDeparture":"2026-11-23T10:00:00Z","scheduledArrival":null,
               "operatingCarrier":null,"operatingFlightNumber":null},
             "surname":"DOE","givenNames":null,"dateOfBirth":"1982",
             "matchedFields":[
               {"field":"itinerary.route","passengerValue":"BRU-JFK","referenceValue":"BRU-*","score":0.8}],
             "reason":"profile p-3 v5: one-way ticket paid in cash, booked less than 48 h before departure",
             "score":0.8,"detectedAt":"2026-11-22T11:30:00Z",
             "sequence":2,"notifiedAt":"2026-11-22T11:30:00Z","deadlineAt":"2026-11-23T11:30:00Z",
             "overdue":false,"decidedBy":"VSSE-0007","decidedByService":"VSSE",
             "decidedAt":"2026-11-22T14:00:00Z","rejectedBy":[],"relatedHitIds":[],
             "groupServices":["VSSE"],"multiple":false,
             "decisions":[{"decisionId":"d-1","code":"VSSE-0007","service":"VSSE","kind":"REJECT",
               "effect":"APPLIED","late":false,"reason":"other person, same route",
               "decidedAt":"2026-11-22T14:00:00Z"}],
             "deciders":["VSSE-0007"]}
            """),
        json(
            """
            {"hitId":"h-c04e","kind":"WATCHLIST","services":["POLICE","VSSE"],"common":true,
             "status":"VALIDATED","listId":"ftf-common","entryId":"e-4","profileId":null,
             "referenceVersion":12,"pnrId":"FR:QX9Z2L:2026-10-30","pnrVersion":1,"carrier":"FR",
             "recordLocator":"QX9Z2L","passengerLegId":"FR:QX9Z2L:2026-10-30/1/FR2741",
             "passengerId":"FR:QX9Z2L:2026-10-30/1","personKey":"ROE|RICHARD|1975-06-02",
             "flightKey":"FR2741/2026-11-24/CRL",
             "flight":{"carrier":"FR","flightNumber":"2741","origin":"IST","destination":"CRL",
               "scheduledDeparture":"2026-11-24T06:10:00Z","scheduledArrival":"2026-11-24T08:55:00Z",
               "operatingCarrier":null,"operatingFlightNumber":null},
             "surname":"ROE","givenNames":"RICHARD","dateOfBirth":"1975-06-02",
             "matchedFields":[
               {"field":"name","passengerValue":"ROE RICHARD","referenceValue":"ROE RICHARD","score":0.97}],
             "reason":"name and date of birth match entry e-4 of the common FTF list v12",
             "score":0.97,"detectedAt":"2026-11-23T07:45:10Z",
             "validatedBy":"VSSE-0007","validatedAt":"2026-11-23T09:02:00Z",
             "sequence":3,"notifiedAt":"2026-11-23T07:45:10Z","deadlineAt":"2026-11-24T07:45:10Z",
             "overdue":false,"decidedBy":"VSSE-0007","decidedByService":"VSSE",
             "decidedAt":"2026-11-23T09:02:00Z","rejectedBy":[],"relatedHitIds":[],
             "groupServices":["POLICE","VSSE"],"multiple":false,
             "decisions":[
               {"decisionId":"d-2","code":"VSSE-0007","service":"VSSE","kind":"VALIDATE",
                "effect":"APPLIED","late":false,"reason":"photo matches","decidedAt":"2026-11-23T09:02:00Z"},
               {"decisionId":"d-3","code":"POLICE-0001","service":"POLICE","kind":"REJECT",
                "effect":"RECORDED","late":false,"reason":"not ours","decidedAt":"2026-11-23T09:30:00Z"}],
             "deciders":["VSSE-0007","POLICE-0001"]}
            """));
  }

  /** Journal entries as the jobs write them: identifiers and codes only. */
  private static List<JsonNode> auditEvents() throws Exception {
    List<JsonNode> events = new ArrayList<>();
    events.add(
        event("a-001", "COLLECTION", "2026-11-22T09:59:58Z", "ingestion", "system:ingestion", null)
            .put("subjectType", "PNR")
            .put("subjectId", "SN:ABC123:2026-11-01"));
    events.add(
        event("a-002", "HIT", "2026-11-22T10:00:00.123Z", "screening", "system:screening", "POLICE")
            .put("subjectType", "HIT")
            .put("subjectId", "h-7f3a"));
    events.add(
        event(
                "a-003",
                "NOTIFICATION",
                "2026-11-22T10:00:01Z",
                "screening",
                "system:screening",
                "POLICE")
            .put("subjectType", "NOTIFICATION")
            .put("subjectId", "n-7f3a-police"));
    events.add(
        event("a-004", "CONSULTATION", "2026-11-23T08:30:00Z", "hits-api", "VSSE-0007", "VSSE")
            .put("subjectType", "HIT")
            .put("subjectId", "h-c04e")
            .put("purpose", "validation of an automated hit"));
    events.add(
        event("a-005", "DISCLOSURE", "2026-11-23T09:02:00Z", "hits-api", "VSSE-0007", "VSSE")
            .put("subjectType", "HIT")
            .put("subjectId", "h-c04e")
            .put("purpose", "validated common FTF hit: notice to OCAM (RD art. 8 §2)"));
    ((ObjectNode) events.get(0).path("details")).put("pnrVersion", "2").put("legs", "1");
    ((ObjectNode) events.get(4).path("details"))
        .put("previousStatus", "PENDING_VALIDATION")
        .put("decidedAt", "2026-11-23T09:02:00Z");
    ((ArrayNode) events.get(4).path("recipients")).add("OCAM");
    return events;
  }

  /**
   * A push and the flight it was for, as the ingestion job writes them: pushed late, no closure.
   */
  private static List<JsonNode> pushCompliance() throws Exception {
    return List.of(
        json(
            """
            {"documentId":"SN0123/2026-11-23/BRU/2026-11-22T20:00:00Z","kind":"PUSH","carrier":"SN",
             "flight":"SN0123","flightNumber":"0123","flightDate":"2026-11-23","origin":"BRU",
             "destination":"JFK","scheduledDeparture":"2026-11-23T10:00:00Z",
             "pushedAt":"2026-11-22T20:00:00Z","firstPushAt":null,"closurePushAt":null,
             "hoursBeforeDeparture":14.0,"timing":"LATE","pushType":"FULL","messageId":"m-17",
             "pnrCount":3,"atClosure":false,"closure":null,"pushes":1,
             "pushTimes":["2026-11-22T20:00:00Z"],"issues":[],"updatedAt":"2026-11-22T20:00:00Z"}
            """),
        json(
            """
            {"documentId":"SN0123/2026-11-23/BRU","kind":"FLIGHT","carrier":"SN",
             "flight":"SN0123","flightNumber":"0123","flightDate":"2026-11-23","origin":"BRU",
             "destination":"JFK","scheduledDeparture":"2026-11-23T10:00:00Z",
             "pushedAt":"2026-11-22T20:00:00Z","firstPushAt":"2026-11-22T20:00:00Z",
             "closurePushAt":null,"hoursBeforeDeparture":14.0,"timing":null,"pushType":null,
             "messageId":null,"pnrCount":null,"atClosure":false,"closure":"MISSING","pushes":1,
             "pushTimes":["2026-11-22T20:00:00Z"],"issues":["LATE_FIRST_PUSH","NO_CLOSURE_PUSH"],
             "updatedAt":"2026-11-23T11:00:00Z"}
            """));
  }

  private static ObjectNode event(
      String id, String type, String at, String job, String actor, String service) {
    ObjectNode event = DashboardResources.JSON.createObjectNode();
    event.put("eventId", id).put("type", type).put("occurredAt", at).put("job", job);
    event.put("actor", actor).put("service", service);
    event.put("subjectType", (String) null).put("subjectId", (String) null);
    if (service != null) {
      event.putArray("recipients").add(service);
    } else {
      event.putArray("recipients");
    }
    event.put("purpose", (String) null).putObject("details");
    event.putNull("previousHash").putNull("hash");
    return event;
  }

  private static JsonNode json(String text) throws Exception {
    return DashboardResources.JSON.readTree(text);
  }
}
