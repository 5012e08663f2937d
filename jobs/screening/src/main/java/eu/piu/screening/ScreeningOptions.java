package eu.piu.screening;

import eu.piu.connectors.deployment.DeploymentOptions;
import eu.piu.screening.names.NameMatchingSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.configuration.ConfigOptions;
import org.apache.flink.configuration.Configuration;

/**
 * Every option of the screening job, typed, with its default. Pass them as {@code --key value}
 * arguments or in the Flink configuration; README.md lists them.
 */
public final class ScreeningOptions {

  private ScreeningOptions() {}

  public static final ConfigOption<String> KAFKA_BOOTSTRAP_SERVERS =
      DeploymentOptions.KAFKA_BOOTSTRAP_SERVERS;

  public static final ConfigOption<String> TOPIC_PREFIX = DeploymentOptions.TOPIC_PREFIX;

  public static final ConfigOption<List<String>> SERVICES =
      ConfigOptions.key("piu.services")
          .stringType()
          .asList()
          .defaultValues("POLICE", "VSSE", "ADIV", "CUSTOMS")
          .withDescription(
              "Competent services; each has a topic notifications.<service>. A watchlist entry or"
                  + " profile naming another service is refused to the dead-letter topic.");

  public static final ConfigOption<String> CONSUMER_GROUP =
      ConfigOptions.key("piu.screening.consumer-group")
          .stringType()
          .defaultValue("piu-screening")
          .withDescription("Kafka consumer group (offsets are kept in checkpoints).");

  public static final ConfigOption<String> TRANSACTIONAL_ID_PREFIX =
      ConfigOptions.key("piu.screening.transactional-id-prefix")
          .stringType()
          .defaultValue("piu-screening")
          .withDescription("Must be unique per running job on a Kafka cluster.");

  public static final ConfigOption<Duration> TRANSACTION_TIMEOUT =
      DeploymentOptions.TRANSACTION_TIMEOUT;

  public static final ConfigOption<Duration> CHECKPOINT_INTERVAL =
      DeploymentOptions.CHECKPOINT_INTERVAL;

  public static final ConfigOption<Integer> MAX_PARALLELISM = DeploymentOptions.MAX_PARALLELISM;

  public static final ConfigOption<Duration> RETENTION_AFTER_ARRIVAL =
      ConfigOptions.key("piu.screening.retention-after-arrival")
          .durationType()
          .defaultValue(Duration.ofHours(24))
          .withDescription(
              "How long after its last scheduled arrival a PNR stays in state for re-screening.");

  public static final ConfigOption<Duration> WAITING_PASSENGER_TTL =
      ConfigOptions.key("piu.screening.waiting-passenger-ttl")
          .durationType()
          .defaultValue(Duration.ofDays(7))
          .withDescription(
              "How long the stored copies of a PNR and of its waiting passengers (PNR"
                  + " versions, name screening, watchlist lookup) outlive the PNR's last version:"
                  + " longer than any PNR stays before its flights are over. Past their flights"
                  + " they are no longer screened; this is when they are deleted.");

  public static final ConfigOption<Duration> MAX_OUT_OF_ORDERNESS =
      ConfigOptions.key("piu.screening.max-out-of-orderness")
          .durationType()
          .defaultValue(Duration.ofHours(72))
          .withDescription(
              "Watermark lag behind the latest departure seen: carriers push 48 h to 24 h before"
                  + " departure, so departures arrive that much out of order.");

  public static final ConfigOption<Duration> SOURCE_IDLENESS =
      ConfigOptions.key("piu.screening.source-idleness")
          .durationType()
          .defaultValue(Duration.ofMinutes(1))
          .withDescription("A PNR partition silent this long does not hold back the watermark.");

  public static final ConfigOption<Boolean> FROM_EARLIEST =
      ConfigOptions.key("piu.kafka.from-earliest")
          .booleanType()
          .defaultValue(true)
          .withDescription(
              "Without committed offsets, start at the earliest record (lists must be read whole).");

  public static final ConfigOption<Double> NAME_THRESHOLD =
      ConfigOptions.key("piu.screening.name-threshold")
          .doubleType()
          .defaultValue(NameMatchingSettings.defaults().defaultThreshold())
          .withDescription(
              "Name score (0 to 1) at or above which a watchlist name raises a hit, for lists"
                  + " without a threshold of their own.");

  public static final ConfigOption<Map<String, String>> NAME_LIST_THRESHOLDS =
      ConfigOptions.key("piu.screening.name-thresholds")
          .mapType()
          .defaultValue(Map.of())
          .withDescription(
              "Name score thresholds per watchlist, e.g. FTF:0.82,POLICE-WANTED:0.9: a list whose"
                  + " false alarms cost little can cast a wider net.");

  public static final ConfigOption<Integer> NAME_MAX_CANDIDATES =
      ConfigOptions.key("piu.screening.name-max-candidates")
          .intType()
          .defaultValue(NameMatchingSettings.defaults().maxCandidates())
          .withDescription("Candidates the name index scores per passenger, rarest tokens first.");

  public static final ConfigOption<Integer> RESCREEN_BATCH_SIZE =
      ConfigOptions.key("piu.screening.rescreen-batch-size")
          .intType()
          .defaultValue(1_000)
          .withDescription(
              "Watchlist name changes gathered before the waiting passengers are re-screened"
                  + " against them in one pass; a smaller batch waits for the next tick.");

  public static final ConfigOption<Duration> RESCREEN_INTERVAL =
      ConfigOptions.key("piu.screening.rescreen-interval")
          .durationType()
          .defaultValue(Duration.ofSeconds(1))
          .withDescription(
              "Longest a watchlist name change waits before the waiting passengers are"
                  + " re-screened against it.");

  public static final ConfigOption<Duration> RESCREEN_SLICE =
      ConfigOptions.key("piu.screening.rescreen-slice")
          .durationType()
          .defaultValue(Duration.ofMillis(20))
          .withDescription(
              "Longest a re-screen of name changes runs before the passengers arriving meanwhile"
                  + " go first; while they arrive it takes at most half of the name screening's"
                  + " time, so a bulk load does not hold them up.");

  /** The name engine's settings from these options. */
  public static NameMatchingSettings nameMatching(Configuration options) {
    Map<String, Double> byList = new TreeMap<>();
    options
        .get(NAME_LIST_THRESHOLDS)
        .forEach((list, threshold) -> byList.put(list, Double.parseDouble(threshold)));
    return new NameMatchingSettings(
        options.get(NAME_THRESHOLD), byList, options.get(NAME_MAX_CANDIDATES));
  }

  /** All options, for documentation and the command-line help. */
  public static final List<ConfigOption<?>> ALL =
      List.of(
          KAFKA_BOOTSTRAP_SERVERS,
          TOPIC_PREFIX,
          SERVICES,
          CONSUMER_GROUP,
          TRANSACTIONAL_ID_PREFIX,
          TRANSACTION_TIMEOUT,
          CHECKPOINT_INTERVAL,
          MAX_PARALLELISM,
          RETENTION_AFTER_ARRIVAL,
          WAITING_PASSENGER_TTL,
          MAX_OUT_OF_ORDERNESS,
          SOURCE_IDLENESS,
          FROM_EARLIEST,
          NAME_THRESHOLD,
          NAME_LIST_THRESHOLDS,
          NAME_MAX_CANDIDATES,
          RESCREEN_BATCH_SIZE,
          RESCREEN_INTERVAL,
          RESCREEN_SLICE);
}
