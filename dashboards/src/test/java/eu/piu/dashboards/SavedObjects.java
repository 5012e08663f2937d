package eu.piu.dashboards;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The shipped Kibana saved objects, read the way Kibana's import reads them. */
final class SavedObjects {

  static final String INDEX_REF = "kibanaSavedObjectMeta.searchSourceJSON.index";

  /** A field a visualization or saved search depends on, and what it does with it. */
  record FieldUse(String objectKey, String use, String field) {}

  final List<String> lines;
  final Map<String, JsonNode> byKey = new LinkedHashMap<>();
  final List<String> duplicateKeys = new ArrayList<>();

  private SavedObjects(List<String> lines) throws JsonProcessingException {
    this.lines = lines;
    for (String line : lines) {
      JsonNode object = DashboardResources.JSON.readTree(line);
      if (byKey.put(key(object), object) != null) {
        duplicateKeys.add(key(object));
      }
    }
  }

  static SavedObjects load() throws JsonProcessingException {
    String text =
        new String(
            DashboardResources.bytes(DashboardResources.KIBANA_SAVED_OBJECTS),
            StandardCharsets.UTF_8);
    return new SavedObjects(text.lines().toList());
  }

  static String key(JsonNode object) {
    return object.path("type").asText() + ":" + object.path("id").asText();
  }

  Stream<JsonNode> ofType(String type) {
    return byKey.values().stream().filter(o -> o.path("type").asText().equals(type));
  }

  JsonNode get(String type, String id) {
    return byKey.get(type + ":" + id);
  }

  /** An attribute Kibana stores as JSON inside a string, parsed. */
  static JsonNode embeddedJson(JsonNode object, String attributePath) {
    JsonNode value = object.path("attributes").at(attributePath);
    if (!value.isTextual()) {
      throw new AssertionError(key(object) + " has no string attribute " + attributePath);
    }
    try {
      return DashboardResources.JSON.readTree(value.asText());
    } catch (JsonProcessingException e) {
      throw new AssertionError(key(object) + attributePath + " is not JSON: " + e.getMessage(), e);
    }
  }

  static JsonNode searchSource(JsonNode object) {
    return embeddedJson(object, "/kibanaSavedObjectMeta/searchSourceJSON");
  }

  /** The id a named reference of the object points to, or null. */
  static String reference(JsonNode object, String name) {
    for (JsonNode reference : object.path("references")) {
      if (reference.path("name").asText().equals(name)) {
        return reference.path("id").asText();
      }
    }
    return null;
  }

  /** The index pattern a visualization or saved search reads from. */
  JsonNode indexPatternOf(JsonNode object) {
    String refName = searchSource(object).path("indexRefName").asText();
    return get("index-pattern", reference(object, refName));
  }

  /** Columns are an array in 7.x exports; older ones kept them as a JSON string. */
  static List<String> columns(JsonNode search) {
    JsonNode columns = search.path("attributes").path("columns");
    if (columns.isTextual()) {
      columns = embeddedJson(search, "/columns");
    }
    List<String> names = new ArrayList<>();
    columns.forEach(c -> names.add(c.asText()));
    return names;
  }

  /** Every field the visualizations aggregate on and the saved searches show or sort by. */
  List<FieldUse> fieldUses() {
    List<FieldUse> uses = new ArrayList<>();
    ofType("visualization")
        .forEach(
            vis -> {
              for (JsonNode agg : embeddedJson(vis, "/visState").path("aggs")) {
                if (agg.path("params").hasNonNull("field")) {
                  uses.add(
                      new FieldUse(
                          key(vis),
                          agg.path("type").asText(),
                          agg.path("params").path("field").asText()));
                }
              }
            });
    ofType("search")
        .forEach(
            search -> {
              columns(search).forEach(c -> uses.add(new FieldUse(key(search), "column", c)));
              for (JsonNode sort : search.path("attributes").path("sort")) {
                uses.add(new FieldUse(key(search), "sort", sort.path(0).asText()));
              }
            });
    return uses;
  }

  /** The index pattern's {@code fields} attribute, by field name. */
  static Map<String, JsonNode> indexPatternFields(JsonNode indexPattern) {
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    embeddedJson(indexPattern, "/fields").forEach(f -> fields.put(f.path("name").asText(), f));
    return fields;
  }
}
