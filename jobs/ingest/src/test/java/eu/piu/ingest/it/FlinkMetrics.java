package eu.piu.ingest.it;

import com.fasterxml.jackson.databind.JsonNode;
import eu.piu.localstack.HttpJson;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.JobID;

/** A job's metrics as the Flink REST API reports them, summed over subtasks. */
final class FlinkMetrics {

  private FlinkMetrics() {}

  /** The sum of a metric over every subtask of every operator that registers it; 0 when none. */
  static long sum(String webUrl, JobID job, String metric) {
    long total = 0;
    for (JsonNode vertex : HttpJson.get(webUrl + "/jobs/" + job).path("vertices")) {
      String base = webUrl + "/jobs/" + job + "/vertices/" + vertex.path("id").asText();
      for (JsonNode available : HttpJson.get(base + "/subtasks/metrics")) {
        String id = available.path("id").asText();
        if (id.endsWith("." + metric)) {
          JsonNode value =
              HttpJson.get(
                  base
                      + "/subtasks/metrics?agg=sum&get="
                      + URLEncoder.encode(id, StandardCharsets.UTF_8));
          total += (long) value.path(0).path("sum").asDouble();
        }
      }
    }
    return total;
  }
}
