package eu.piu.screening.names;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * How strict name matching is: the score a hit needs, per list with a default, and how many
 * candidates the index scores per screening.
 *
 * @param defaultThreshold for lists without their own
 * @param thresholdsByList listId to threshold
 * @param maxCandidates the best-ranked candidates scored per screening
 */
public record NameMatchingSettings(
    double defaultThreshold, Map<String, Double> thresholdsByList, int maxCandidates)
    implements Serializable {

  /** Tuned on the public corpus: see jobs/screening/NAME-QUALITY.md. */
  public static final double DEFAULT_THRESHOLD = 0.85;

  public static final int DEFAULT_MAX_CANDIDATES = 20;

  public NameMatchingSettings {
    if (defaultThreshold <= 0 || defaultThreshold > 1) {
      throw new IllegalArgumentException("defaultThreshold must be in (0, 1]");
    }
    if (maxCandidates < 1) {
      throw new IllegalArgumentException("maxCandidates must be at least 1");
    }
    thresholdsByList = Map.copyOf(thresholdsByList == null ? Map.of() : thresholdsByList);
  }

  public static NameMatchingSettings defaults() {
    return new NameMatchingSettings(DEFAULT_THRESHOLD, Map.of(), DEFAULT_MAX_CANDIDATES);
  }

  public double thresholdFor(String listId) {
    return thresholdsByList.getOrDefault(listId, defaultThreshold);
  }

  /**
   * Settings from configuration: {@code names.threshold} (default), {@code
   * names.threshold.<listId>} and {@code names.maxCandidates}; what is absent keeps its default.
   */
  public static NameMatchingSettings fromProperties(Properties properties) {
    double threshold =
        Double.parseDouble(
            properties.getProperty("names.threshold", String.valueOf(DEFAULT_THRESHOLD)));
    int maxCandidates =
        Integer.parseInt(
            properties.getProperty("names.maxCandidates", String.valueOf(DEFAULT_MAX_CANDIDATES)));
    Map<String, Double> byList = new HashMap<>();
    for (String name : properties.stringPropertyNames()) {
      if (name.startsWith("names.threshold.")) {
        byList.put(
            name.substring("names.threshold.".length()),
            Double.parseDouble(properties.getProperty(name)));
      }
    }
    return new NameMatchingSettings(threshold, byList, maxCandidates);
  }

  /** The same settings with another default threshold. */
  public NameMatchingSettings withDefaultThreshold(double threshold) {
    return new NameMatchingSettings(threshold, thresholdsByList, maxCandidates);
  }
}
