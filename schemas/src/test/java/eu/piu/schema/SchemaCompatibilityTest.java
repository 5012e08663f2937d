package eu.piu.schema;

import static org.assertj.core.api.Assertions.assertThat;

import eu.piu.schema.contract.ReleasedSchemas;
import eu.piu.schema.contract.TopicContracts;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The build's compatibility gate: today's readers must read what every release wrote. */
class SchemaCompatibilityTest {

  static Stream<Schema> currentContracts() {
    return TopicContracts.CURRENT.stream();
  }

  @Test
  void everyReleasedContractStillExists() {
    List<String> current = TopicContracts.CURRENT.stream().map(Schema::getName).toList();
    for (String version : ReleasedSchemas.versions()) {
      assertThat(current)
          .as("contracts removed since " + version)
          .containsAll(ReleasedSchemas.contractsOf(version));
    }
  }

  @ParameterizedTest
  @MethodSource("currentContracts")
  void currentSchemaReadsEveryReleasedVersion(Schema current) {
    List<Schema> released = ReleasedSchemas.of(current.getName());
    for (Schema writer : released) {
      SchemaCompatibility.SchemaPairCompatibility result =
          SchemaCompatibility.checkReaderWriterCompatibility(current, writer);
      assertThat(result.getType())
          .as(
              "%s is not backward compatible with a released version: %s",
              current.getName(), result.getResult().getIncompatibilities())
          .isEqualTo(SchemaCompatibilityType.COMPATIBLE);
    }
  }

  @Test
  void anIncompatibleChangeIsCaught() {
    // Guards the gate itself: a new required field without default must be refused.
    Schema released = ReleasedSchemas.of("Hit").get(0);
    Schema breaking =
        new Schema.Parser()
            .parse(
                released
                    .toString()
                    .replaceFirst(
                        "\"fields\":\\[",
                        "\"fields\":[{\"name\":\"mandatoryNewField\",\"type\":\"string\"},"));
    assertThat(SchemaCompatibility.checkReaderWriterCompatibility(breaking, released).getType())
        .isEqualTo(SchemaCompatibilityType.INCOMPATIBLE);
  }

  @Test
  void everyContractHasAReleasedBaseline() {
    // A contract introduced after the last release has no baseline until the next release
    // snapshots it; every contract that was released must keep one.
    List<String> versions = ReleasedSchemas.versions();
    List<String> lastReleased = ReleasedSchemas.contractsOf(versions.get(versions.size() - 1));
    for (Schema current : TopicContracts.CURRENT) {
      if (!lastReleased.contains(current.getName())) {
        continue;
      }
      assertThat(ReleasedSchemas.of(current.getName()))
          .as("no released baseline for " + current.getName())
          .isNotEmpty();
    }
  }
}
