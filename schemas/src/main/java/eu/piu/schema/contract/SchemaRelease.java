package eu.piu.schema.contract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.avro.Schema;

/**
 * Snapshots the current topic schemas as a released version (run when cutting a release): {@code
 * mvn -pl schemas exec:java -Dexec.mainClass=eu.piu.schema.contract.SchemaRelease
 * -Dexec.args=VERSION}.
 */
public final class SchemaRelease {

  private SchemaRelease() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: SchemaRelease VERSION");
      System.exit(2);
    }
    Path root = Path.of("src/main/resources/eu/piu/schema/released");
    Path dir = root.resolve(args[0]);
    Files.createDirectories(dir);
    for (Schema schema : TopicContracts.CURRENT) {
      Files.writeString(
          dir.resolve(schema.getName() + ".avsc"), schema.toString(true), StandardCharsets.UTF_8);
    }
    Files.writeString(
        dir.resolve("contracts.txt"),
        TopicContracts.CURRENT.stream().map(Schema::getName).reduce("", (a, b) -> a + b + "\n"),
        StandardCharsets.UTF_8);
    Path versions = root.resolve("versions.txt");
    String listed = Files.exists(versions) ? Files.readString(versions) : "";
    if (!listed.lines().anyMatch(args[0]::equals)) {
      Files.writeString(versions, listed + args[0] + "\n", StandardCharsets.UTF_8);
    }
    System.out.println("released " + TopicContracts.CURRENT.size() + " schemas as " + dir);
  }
}
