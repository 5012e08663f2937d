package eu.piu.schema.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;

/**
 * The schemas of every released version, shipped as resources so that consumers can decode records
 * written by older producers, and the build can check that changes stay compatible.
 *
 * <p>Layout: {@code eu/piu/schema/released/<version>/<RecordName>.avsc}, versions listed oldest
 * first in {@code eu/piu/schema/released/versions.txt}.
 */
public final class ReleasedSchemas {

  private static final String ROOT = "/eu/piu/schema/released/";

  private ReleasedSchemas() {}

  /** Released versions, oldest first. */
  public static List<String> versions() {
    return lines(read(ROOT + "versions.txt"));
  }

  private static List<String> lines(String listing) {
    List<String> lines = new ArrayList<>();
    for (String line : listing.split("\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        lines.add(line.trim());
      }
    }
    return lines;
  }

  /** The record names released in {@code version} (its {@code contracts.txt}). */
  public static List<String> contractsOf(String version) {
    return lines(read(ROOT + version + "/contracts.txt"));
  }

  /** Every released schema of the record named {@code recordName} (simple name), oldest first. */
  public static List<Schema> of(String recordName) {
    List<Schema> schemas = new ArrayList<>();
    for (String version : versions()) {
      String path = ROOT + version + "/" + recordName + ".avsc";
      if (ReleasedSchemas.class.getResource(path) != null) {
        schemas.add(new Schema.Parser().parse(read(path)));
      }
    }
    return schemas;
  }

  private static String read(String path) {
    try (InputStream in = ReleasedSchemas.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
