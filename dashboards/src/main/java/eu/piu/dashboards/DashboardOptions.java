package eu.piu.dashboards;

import java.util.regex.Pattern;

/**
 * Where the PIU's Elasticsearch resources go. Each index name is also the name of its write alias,
 * its index template and its lifecycle policy, so a deployment that prefixes the names keeps the
 * whole set together.
 *
 * @param hitsIndex name the screening job writes hits to
 * @param auditIndex name the jobs write the audit journal to
 * @param pushComplianceIndex name the ingestion job writes carriers' push compliance to
 * @param replicas replicas per shard: 1 in production, 0 on the single-node local stack
 */
public record DashboardOptions(
    String hitsIndex, String auditIndex, String pushComplianceIndex, int replicas) {

  public static final String HITS_INDEX = "piu-hits";
  public static final String AUDIT_INDEX = "piu-audit";
  public static final String PUSH_COMPLIANCE_INDEX = "piu-push-compliance";
  public static final int PRODUCTION_REPLICAS = 1;

  // Elasticsearch's own rules for index names, narrowed to what is also safe in a URL path.
  private static final Pattern INDEX_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,199}");

  public DashboardOptions {
    requireIndexName("hitsIndex", hitsIndex);
    requireIndexName("auditIndex", auditIndex);
    requireIndexName("pushComplianceIndex", pushComplianceIndex);
    if (hitsIndex.equals(auditIndex)
        || pushComplianceIndex.equals(hitsIndex)
        || pushComplianceIndex.equals(auditIndex)) {
      throw new IllegalArgumentException(
          "hits, audit and push compliance need their own index: "
              + hitsIndex
              + ", "
              + auditIndex
              + ", "
              + pushComplianceIndex);
    }
    if (replicas < 0) {
      throw new IllegalArgumentException("replicas must be >= 0: " + replicas);
    }
  }

  /** Hits and audit named, push compliance at its default name (as before that index existed). */
  public DashboardOptions(String hitsIndex, String auditIndex, int replicas) {
    this(hitsIndex, auditIndex, PUSH_COMPLIANCE_INDEX, replicas);
  }

  public static DashboardOptions defaults() {
    return new DashboardOptions(
        HITS_INDEX, AUDIT_INDEX, PUSH_COMPLIANCE_INDEX, PRODUCTION_REPLICAS);
  }

  public DashboardOptions withReplicas(int replicas) {
    return new DashboardOptions(hitsIndex, auditIndex, pushComplianceIndex, replicas);
  }

  /** {@code withIndexPrefix("acme-")} turns {@code piu-hits} into {@code acme-piu-hits}. */
  public DashboardOptions withIndexPrefix(String prefix) {
    return new DashboardOptions(
        prefix + hitsIndex, prefix + auditIndex, prefix + pushComplianceIndex, replicas);
  }

  private static void requireIndexName(String what, String name) {
    if (name == null || !INDEX_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          what + " is not a valid index name (lower case letters, digits, '.', '_', '-'): " + name);
    }
  }
}
