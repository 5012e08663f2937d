package eu.piu.dashboards;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Installs what the PIU needs in Elasticsearch before the jobs write to it: the lifecycle policies
 * (retention, where the cluster has index lifecycle management), the index templates, and the hits,
 * audit and push-compliance indices. Every step is idempotent, so running it again is safe and
 * picks up changed policies and templates.
 *
 * <p>Each index is created as {@code <name>-000001} behind a write alias {@code <name>}: the jobs
 * and Kibana use the alias, and a lifecycle policy can roll it over, which is what makes its delete
 * phase delete old data rather than the whole index at once.
 */
public final class ElasticsearchSetup {

  /** What the installer puts in place; {@code source} is the shipped definition, if any. */
  public record Resource(Kind kind, String name, String source) {
    @Override
    public String toString() {
      return kind.label + " " + name + (source == null ? "" : " (" + source + ")");
    }
  }

  public enum Kind {
    LIFECYCLE_POLICY("lifecycle policy"),
    INDEX_TEMPLATE("index template"),
    INDEX("index");

    private final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  public enum Outcome {
    INSTALLED,
    CREATED,
    ALREADY_PRESENT,
    SKIPPED
  }

  /** One thing {@link #install()} did. */
  public record Step(Resource resource, Outcome outcome, String detail) {
    @Override
    public String toString() {
      return resource.kind().label
          + " "
          + resource.name()
          + ": "
          + outcome.name().toLowerCase().replace('_', ' ')
          + (detail.isEmpty() ? "" : " — " + detail);
    }
  }

  private final ElasticsearchRest rest;
  private final DashboardOptions options;

  public ElasticsearchSetup(URI baseUrl, DashboardOptions options) {
    this.rest = new ElasticsearchRest(baseUrl);
    this.options = options;
  }

  /** The resources {@link #install()} puts in place, in the order it does so. */
  public List<Resource> resources() {
    return List.of(
        new Resource(Kind.LIFECYCLE_POLICY, options.hitsIndex(), DashboardResources.HITS_POLICY),
        new Resource(Kind.LIFECYCLE_POLICY, options.auditIndex(), DashboardResources.AUDIT_POLICY),
        new Resource(Kind.INDEX_TEMPLATE, options.hitsIndex(), DashboardResources.HITS_TEMPLATE),
        new Resource(Kind.INDEX_TEMPLATE, options.auditIndex(), DashboardResources.AUDIT_TEMPLATE),
        new Resource(Kind.INDEX, options.hitsIndex(), null),
        new Resource(Kind.INDEX, options.auditIndex(), null),
        // Added with the ingestion job; after the first six so that their order stays as it was.
        new Resource(
            Kind.LIFECYCLE_POLICY,
            options.pushComplianceIndex(),
            DashboardResources.PUSH_COMPLIANCE_POLICY),
        new Resource(
            Kind.INDEX_TEMPLATE,
            options.pushComplianceIndex(),
            DashboardResources.PUSH_COMPLIANCE_TEMPLATE),
        new Resource(Kind.INDEX, options.pushComplianceIndex(), null));
  }

  /** Puts every resource in place; returns what was done, one step per resource. */
  public List<Step> install() throws IOException {
    boolean lifecycle = lifecycleManagementAvailable();
    List<Step> steps = new ArrayList<>();
    for (Resource resource : resources()) {
      steps.add(
          switch (resource.kind()) {
            case LIFECYCLE_POLICY -> installPolicy(resource, lifecycle);
            case INDEX_TEMPLATE -> installTemplate(resource, lifecycle);
            case INDEX -> createIndexIfAbsent(resource);
          });
    }
    return steps;
  }

  /**
   * Index lifecycle management is an x-pack feature: the default distribution has it, an OSS node
   * (like the test node) answers that it has no such endpoint.
   */
  boolean lifecycleManagementAvailable() throws IOException {
    ElasticsearchRest.Response policies = rest.get("/_ilm/policy");
    if (policies.ok()) {
      return true;
    }
    if (policies.status() == 400 || policies.status() == 404 || policies.status() == 405) {
      return false;
    }
    // Anything else (no credentials, cluster unavailable) must not pass for "no retention needed".
    throw new IOException(
        "cannot tell whether index lifecycle management is available: "
            + policies.request()
            + " gave HTTP "
            + policies.status()
            + ": "
            + policies.body());
  }

  private Step installPolicy(Resource policy, boolean lifecycle) throws IOException {
    if (!lifecycle) {
      return new Step(
          policy,
          Outcome.SKIPPED,
          "this cluster has no index lifecycle management (no x-pack): retention is not enforced,"
              + " indices are never rolled over or deleted");
    }
    rest.put("/_ilm/policy/" + policy.name(), DashboardResources.json(policy.source())).orThrow();
    return new Step(policy, Outcome.INSTALLED, "");
  }

  private Step installTemplate(Resource template, boolean lifecycle) throws IOException {
    ObjectNode body = (ObjectNode) DashboardResources.json(template.source());
    body.putArray("index_patterns").add(template.name() + "*");
    ObjectNode index = body.withObject("/template/settings/index");
    // Replicas depend on the cluster (none on a single node), so they are not in the shipped file.
    index.put("number_of_replicas", options.replicas());
    String detail = "replicas " + options.replicas();
    // Lifecycle settings are x-pack settings: a cluster without it rejects the whole template.
    if (lifecycle) {
      index
          .putObject("lifecycle")
          .put("name", template.name())
          .put("rollover_alias", template.name());
      detail += ", lifecycle policy " + template.name();
    } else {
      detail += ", no lifecycle policy";
    }
    rest.put("/_index_template/" + template.name(), body).orThrow();
    return new Step(template, Outcome.INSTALLED, detail);
  }

  private Step createIndexIfAbsent(Resource alias) throws IOException {
    if (exists("/" + alias.name())) {
      return new Step(alias, Outcome.ALREADY_PRESENT, presentDetail(alias.name()));
    }
    String firstIndex = alias.name() + "-000001";
    ObjectNode body = DashboardResources.JSON.createObjectNode();
    body.putObject("aliases").putObject(alias.name()).put("is_write_index", true);
    ElasticsearchRest.Response created = rest.put("/" + firstIndex, body);
    if (!created.ok() && exists("/" + alias.name())) {
      // Another installer created it between our check and our request.
      return new Step(alias, Outcome.ALREADY_PRESENT, "created concurrently, left unchanged");
    }
    created.orThrow();
    return new Step(alias, Outcome.CREATED, firstIndex + " behind write alias " + alias.name());
  }

  /**
   * A concrete index under the alias's name (a job wrote before the installer ran) works for
   * writing, but can never be rolled over, so its lifecycle cannot delete old data.
   */
  private String presentDetail(String name) throws IOException {
    if (exists("/_alias/" + name)) {
      return "left unchanged";
    }
    return "left unchanged, but it is a concrete index, not a write alias: it cannot roll over;"
        + " reindex it into "
        + name
        + "-000001 behind the alias "
        + name;
  }

  /** HEAD of an index, alias or {@code /_alias/<name>}: 200 when there, 404 when not. */
  private boolean exists(String path) throws IOException {
    ElasticsearchRest.Response head = rest.head(path);
    if (head.status() == 404) {
      return false;
    }
    head.orThrow();
    return true;
  }

  private static final String USAGE =
      "usage: ElasticsearchSetup [--url http://127.0.0.1:9200] [--replicas 1]"
          + " [--index-prefix PREFIX] [--list]\n"
          + "  --replicas  replicas per shard: 1 in production (default), 0 on a single node\n"
          + "  --list      print what would be installed, change nothing";

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    URI url = URI.create("http://127.0.0.1:9200");
    DashboardOptions options = DashboardOptions.defaults();
    boolean listOnly = false;
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--url" -> url = URI.create(value(args, ++i));
          case "--replicas" -> options = options.withReplicas(Integer.parseInt(value(args, ++i)));
          case "--index-prefix" -> options = options.withIndexPrefix(value(args, ++i));
          case "--list" -> listOnly = true;
          case "--help", "-h" -> {
            out.println(USAGE);
            return 0;
          }
          default -> throw new IllegalArgumentException("unknown argument " + args[i]);
        }
      }
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.println(USAGE);
      return 2;
    }
    ElasticsearchSetup setup = new ElasticsearchSetup(url, options);
    if (listOnly) {
      setup.resources().forEach(out::println);
      return 0;
    }
    out.println("Installing PIU indices into " + url);
    try {
      for (Step step : setup.install()) {
        out.println("  " + step);
      }
      return 0;
    } catch (IOException e) {
      err.println("Elasticsearch setup failed: " + e.getMessage());
      return 1;
    }
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException(args[i - 1] + " needs a value");
    }
    return args[i];
  }
}
