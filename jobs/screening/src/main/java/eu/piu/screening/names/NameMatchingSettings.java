package eu.piu.screening.names;

import java.util.Map;

/** STAND-IN until the name engine lands. */
public record NameMatchingSettings(
    double defaultThreshold, Map<String, Double> thresholdsByList, int maxCandidates)
    implements java.io.Serializable {

  public static NameMatchingSettings defaults() {
    return new NameMatchingSettings(0.9, Map.of(), 50);
  }

  public double thresholdFor(String listId) {
    return thresholdsByList.getOrDefault(listId, defaultThreshold);
  }
}
