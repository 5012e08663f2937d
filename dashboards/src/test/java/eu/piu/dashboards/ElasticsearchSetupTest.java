package eu.piu.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The installer's decisions against a scripted Elasticsearch: the real node used by the ITCase has
 * no x-pack, so the path where lifecycle management exists is checked here.
 */
class ElasticsearchSetupTest {

  /** A request the fake cluster received. */
  record Call(String method, String path, String body) {}

  HttpServer server;
  final List<Call> calls = new CopyOnWriteArrayList<>();
  final Map<String, Integer> statusByRequest = new ConcurrentHashMap<>();

  @BeforeEach
  void startFakeCluster() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String request = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          calls.add(
              new Call(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), body));
          int status = statusByRequest.getOrDefault(request, 200);
          byte[] answer = "{}".getBytes(StandardCharsets.UTF_8);
          if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(status, -1);
          } else {
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
          }
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stopFakeCluster() {
    server.stop(0);
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @Test
  void withLifecycleManagementInstallsPoliciesAndBootstrapsRolloverAliases() throws Exception {
    statusByRequest.put("HEAD /piu-hits", 404);
    statusByRequest.put("HEAD /piu-audit", 404);
    statusByRequest.put("HEAD /piu-push-compliance", 404);

    List<ElasticsearchSetup.Step> steps =
        new ElasticsearchSetup(url(), DashboardOptions.defaults()).install();

    assertThat(steps)
        .extracting(ElasticsearchSetup.Step::outcome)
        .containsExactly(
            ElasticsearchSetup.Outcome.INSTALLED,
            ElasticsearchSetup.Outcome.INSTALLED,
            ElasticsearchSetup.Outcome.INSTALLED,
            ElasticsearchSetup.Outcome.INSTALLED,
            ElasticsearchSetup.Outcome.CREATED,
            ElasticsearchSetup.Outcome.CREATED,
            ElasticsearchSetup.Outcome.INSTALLED,
            ElasticsearchSetup.Outcome.INSTALLED,
            ElasticsearchSetup.Outcome.CREATED);
    assertThat(
            body("PUT", "/_index_template/piu-push-compliance")
                .at("/template/settings/index/lifecycle/rollover_alias")
                .asText())
        .isEqualTo("piu-push-compliance");
    assertThat(body("PUT", "/_ilm/policy/piu-audit").at("/policy/phases/delete/min_age").asText())
        .isEqualTo("1826d");
    JsonNode hitsTemplate = body("PUT", "/_index_template/piu-hits");
    assertThat(hitsTemplate.path("index_patterns")).hasToString("[\"piu-hits*\"]");
    JsonNode settings = hitsTemplate.at("/template/settings/index");
    assertThat(settings.path("number_of_replicas").asInt()).isEqualTo(1);
    assertThat(settings.at("/lifecycle/name").asText()).isEqualTo("piu-hits");
    assertThat(settings.at("/lifecycle/rollover_alias").asText()).isEqualTo("piu-hits");
    assertThat(body("PUT", "/piu-audit-000001").at("/aliases/piu-audit/is_write_index").asBoolean())
        .isTrue();
  }

  @Test
  void withoutLifecycleManagementSkipsPoliciesAndLeavesLifecycleOutOfTemplates() throws Exception {
    statusByRequest.put("GET /_ilm/policy", 400);

    List<ElasticsearchSetup.Step> steps =
        new ElasticsearchSetup(url(), DashboardOptions.defaults().withReplicas(0)).install();

    assertThat(steps.subList(0, 2))
        .allSatisfy(
            step -> {
              assertThat(step.outcome()).isEqualTo(ElasticsearchSetup.Outcome.SKIPPED);
              assertThat(step.toString()).contains("no index lifecycle management");
            });
    assertThat(calls).noneMatch(c -> c.method().equals("PUT") && c.path().startsWith("/_ilm"));
    JsonNode settings = body("PUT", "/_index_template/piu-audit").at("/template/settings/index");
    assertThat(settings.path("number_of_replicas").asInt()).isZero();
    assertThat(settings.has("lifecycle")).isFalse();
    // Both indices answered HEAD 200: already there, not touched.
    assertThat(steps.subList(4, 6))
        .extracting(ElasticsearchSetup.Step::outcome)
        .containsOnly(ElasticsearchSetup.Outcome.ALREADY_PRESENT);
    assertThat(calls).noneMatch(c -> c.method().equals("PUT") && c.path().endsWith("-000001"));
  }

  @Test
  void saysWhenAJobCreatedAConcreteIndexThatCanNeverRollOver() throws Exception {
    statusByRequest.put("HEAD /_alias/piu-hits", 404);

    List<ElasticsearchSetup.Step> steps =
        new ElasticsearchSetup(url(), DashboardOptions.defaults()).install();

    assertThat(steps.get(4).toString()).contains("concrete index", "cannot roll over");
    assertThat(steps.get(5).toString()).endsWith("left unchanged");
  }

  @Test
  void anUnexpectedAnswerToTheLifecycleProbeIsAnErrorNotAMissingFeature() {
    statusByRequest.put("GET /_ilm/policy", 401);

    assertThatThrownBy(() -> new ElasticsearchSetup(url(), DashboardOptions.defaults()).install())
        .hasMessageContaining("HTTP 401");
    assertThat(calls).hasSize(1);
  }

  @Test
  void prefixedDeploymentsKeepTemplatePatternsPoliciesAndAliasesTogether() throws Exception {
    statusByRequest.put("HEAD /acme-piu-hits", 404);
    DashboardOptions options = DashboardOptions.defaults().withIndexPrefix("acme-");

    new ElasticsearchSetup(url(), options).install();

    assertThat(body("PUT", "/_index_template/acme-piu-hits").path("index_patterns"))
        .hasToString("[\"acme-piu-hits*\"]");
    assertThat(
            body("PUT", "/_index_template/acme-piu-hits")
                .at("/template/settings/index/lifecycle/name")
                .asText())
        .isEqualTo("acme-piu-hits");
    assertThat(calls).anyMatch(c -> c.path().equals("/_ilm/policy/acme-piu-audit"));
    assertThat(body("PUT", "/acme-piu-hits-000001").at("/aliases/acme-piu-hits/is_write_index"))
        .isNotNull();
  }

  @Test
  void listsWhatItInstalls() {
    assertThat(new ElasticsearchSetup(url(), DashboardOptions.defaults()).resources())
        .extracting(Object::toString)
        .containsExactly(
            "lifecycle policy piu-hits (ilm/piu-hits.json)",
            "lifecycle policy piu-audit (ilm/piu-audit.json)",
            "index template piu-hits (index-templates/piu-hits.json)",
            "index template piu-audit (index-templates/piu-audit.json)",
            "index piu-hits",
            "index piu-audit",
            "lifecycle policy piu-push-compliance (ilm/piu-push-compliance.json)",
            "index template piu-push-compliance (index-templates/piu-push-compliance.json)",
            "index piu-push-compliance");
  }

  @Test
  void shippedTemplatesLeaveReplicasAndLifecycleToTheInstaller() {
    for (String path :
        List.of(
            DashboardResources.HITS_TEMPLATE,
            DashboardResources.AUDIT_TEMPLATE,
            DashboardResources.PUSH_COMPLIANCE_TEMPLATE)) {
      JsonNode settings = DashboardResources.json(path).at("/template/settings/index");
      assertThat(settings.path("number_of_shards").asInt()).isEqualTo(1);
      assertThat(settings.has("number_of_replicas")).isFalse();
      assertThat(settings.has("lifecycle")).isFalse();
    }
  }

  @Test
  void retentionIsFiveYearsWithMonthlyRollover() {
    for (String path :
        List.of(
            DashboardResources.HITS_POLICY,
            DashboardResources.AUDIT_POLICY,
            DashboardResources.PUSH_COMPLIANCE_POLICY)) {
      JsonNode phases = DashboardResources.json(path).at("/policy/phases");
      assertThat(phases.at("/hot/actions/rollover/max_age").asText()).isEqualTo("30d");
      assertThat(phases.at("/hot/actions/rollover/max_primary_shard_size").asText())
          .isEqualTo("50gb");
      assertThat(phases.at("/delete/actions").has("delete")).isTrue();
    }
    // The journal must be kept 5 years: deleted only once its newest entry is that old.
    assertThat(deleteAfter(DashboardResources.AUDIT_POLICY)).isEqualTo("1826d");
    // Hits may not outlive 5 years: deleted once the oldest hit (30 days before rollover) is.
    assertThat(deleteAfter(DashboardResources.HITS_POLICY)).isEqualTo("1796d");
    // Carriers' compliance (no passenger data) is kept as long as the journal.
    assertThat(deleteAfter(DashboardResources.PUSH_COMPLIANCE_POLICY)).isEqualTo("1826d");
  }

  private static String deleteAfter(String policy) {
    return DashboardResources.json(policy).at("/policy/phases/delete/min_age").asText();
  }

  @Test
  void mainListsAndRejectsUnknownArguments() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    assertThat(
            ElasticsearchSetup.run(
                new String[] {"--index-prefix", "acme-", "--list"},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)))
        .isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("index template acme-piu-audit");
    assertThat(ElasticsearchSetup.run(new String[] {"--replicas"}, discard(), discard()))
        .isEqualTo(2);
    assertThat(ElasticsearchSetup.run(new String[] {"--bogus"}, discard(), discard())).isEqualTo(2);
  }

  @Test
  void optionsRejectNamesElasticsearchWouldRefuse() {
    assertThatThrownBy(() -> DashboardOptions.defaults().withIndexPrefix("ACME "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DashboardOptions.defaults().withReplicas(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DashboardOptions("piu-hits", "piu-audit", "piu-hits", 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static PrintStream discard() {
    return new PrintStream(PrintStream.nullOutputStream());
  }

  private JsonNode body(String method, String path) throws IOException {
    for (Call call : calls) {
      if (call.method().equals(method) && call.path().equals(path)) {
        return DashboardResources.JSON.readTree(call.body());
      }
    }
    throw new AssertionError("no " + method + " " + path + " in " + calls);
  }
}
