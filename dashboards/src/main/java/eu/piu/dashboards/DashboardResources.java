package eu.piu.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The definitions this module ships, read from its class path. */
public final class DashboardResources {

  public static final String ROOT = "/eu/piu/dashboards/";
  public static final String HITS_TEMPLATE = "index-templates/piu-hits.json";
  public static final String AUDIT_TEMPLATE = "index-templates/piu-audit.json";
  public static final String PUSH_COMPLIANCE_TEMPLATE = "index-templates/piu-push-compliance.json";
  public static final String HITS_POLICY = "ilm/piu-hits.json";
  public static final String AUDIT_POLICY = "ilm/piu-audit.json";
  public static final String PUSH_COMPLIANCE_POLICY = "ilm/piu-push-compliance.json";
  public static final String KIBANA_SAVED_OBJECTS = "kibana/piu-saved-objects.ndjson";

  static final ObjectMapper JSON = new ObjectMapper();

  private DashboardResources() {}

  /** The raw bytes of a shipped definition, {@code path} relative to {@link #ROOT}. */
  public static byte[] bytes(String path) {
    try (InputStream in = DashboardResources.class.getResourceAsStream(ROOT + path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + ROOT + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + ROOT + path, e);
    }
  }

  /** A shipped JSON definition as a fresh tree, free to modify. */
  public static JsonNode json(String path) {
    try {
      return JSON.readTree(bytes(path));
    } catch (IOException e) {
      throw new UncheckedIOException("resource " + ROOT + path + " is not JSON", e);
    }
  }
}
