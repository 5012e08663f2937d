package eu.piu.dashboards;

import java.util.regex.Pattern;

/**
 * Where the PIU's Elasticsearch resources go. Each index name is also the name of its write alias,
 * its index template and its lifecycle policy, so a deployment that prefixes the names keeps the
 * whole set together.
 *
 * @param hitsIndex name the screening job writes hits to
 * @param auditIndex name the jobs write the audit journal to
 * @param replicas replicas per shard: 1 in production, 0 on the single-node local stack
 */
public record DashboardOptions(String hitsIndex, String auditIndex, int replicas) {

  public static final String HITS_INDEX = "piu-hits";
  public static final String AUDIT_INDEX = "piu-audit";
  public static final int PRODUCTION_REPLICAS = 1;

  // Elasticsearch's own rules for index names, narrowed to what is also safe in a URL path.
  private static final Pattern INDEX_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,199}");

  public DashboardOptions {
    requireIndexName("hitsIndex", hitsIndex);
    requireIndexName("auditIndex", auditIndex);
    if (hitsIndex.equals(auditIndex)) {
      throw new IllegalArgumentException("hits and audit need their own index: " + hitsIndex);
    }
    if (replicas < 0) {
      throw new IllegalArgumentException("replicas must be >= 0: " + replicas);
    }
  }

  public static DashboardOptions defaults() {
    return new DashboardOptions(HITS_INDEX, AUDIT_INDEX, PRODUCTION_REPLICAS);
  }

  public DashboardOptions withReplicas(int replicas) {
    return new DashboardOptions(hitsIndex, auditIndex, replicas);
  }

  /** {@code withIndexPrefix("acme-")} turns {@code piu-hits} into {@code acme-piu-hits}. */
  public DashboardOptions withIndexPrefix(String prefix) {
    return new DashboardOptions(prefix + hitsIndex, prefix + auditIndex, replicas);
  }

  private static void requireIndexName(String what, String name) {
    if (name == null || !INDEX_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          what + " is not a valid index name (lower case letters, digits, '.', '_', '-'): " + name);
    }
  }
}
