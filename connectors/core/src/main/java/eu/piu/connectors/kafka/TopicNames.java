package eu.piu.connectors.kafka;

import java.io.Serializable;
import java.util.Locale;

/**
 * Names of the topics the jobs talk through: one prefix for a deployment, one notification topic
 * per competent service (services are configuration, so their topics are derived, not listed).
 */
public final class TopicNames implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String DEFAULT_PREFIX = "piu.";

  private final String prefix;

  public TopicNames(String prefix) {
    this.prefix = prefix;
  }

  public static TopicNames withDefaultPrefix() {
    return new TopicNames(DEFAULT_PREFIX);
  }

  public String prefix() {
    return prefix;
  }

  public String carrierMessages() {
    return prefix + "carrier-messages";
  }

  public String pnr() {
    return prefix + "pnr";
  }

  public String watchlistEntries() {
    return prefix + "watchlist-entries";
  }

  public String profiles() {
    return prefix + "profiles";
  }

  public String hits() {
    return prefix + "hits";
  }

  public String audit() {
    return prefix + "audit";
  }

  public String deadLetters() {
    return prefix + "dead-letters";
  }

  /** The topic where a competent service receives its notifications. */
  public String notifications(String service) {
    return prefix + "notifications." + service.toLowerCase(Locale.ROOT);
  }

  /** Compacted, key = code: the identification codes of detached members and other holders. */
  public String identificationCodes() {
    return prefix + "identification-codes";
  }

  /** Validations and rejections of hits, key = hit id. */
  public String decisions() {
    return prefix + "decisions";
  }

  /** What became of each decision, key = decision id. */
  public String decisionResults() {
    return prefix + "decision-results";
  }

  /** Where a competent service receives the validated hits it must follow up. */
  public String followUp(String service) {
    return prefix + "followup." + service.toLowerCase(Locale.ROOT);
  }

  /** Validated common hits from the FTF common database, for the threat-analysis body (OCAM). */
  public String ocam() {
    return prefix + "ocam";
  }

  /** Alerts for supervision: hits still pending after their validation deadline. */
  public String supervision() {
    return prefix + "supervision";
  }
}
