package eu.piu.localstack;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalElasticsearchTest {

  private String configured;

  @BeforeEach
  void remember() {
    configured = System.getProperty(LocalElasticsearch.NODE_LIB_PROPERTY);
  }

  @AfterEach
  void restore() {
    if (configured == null) {
      System.clearProperty(LocalElasticsearch.NODE_LIB_PROPERTY);
    } else {
      System.setProperty(LocalElasticsearch.NODE_LIB_PROPERTY, configured);
    }
  }

  @Test
  void missingPropertyTellsWhatToBuild() {
    System.clearProperty(LocalElasticsearch.NODE_LIB_PROPERTY);
    assertThatThrownBy(LocalElasticsearch::start)
        .hasMessageContaining("piu.es.node.lib is not set")
        .hasMessageContaining("build connectors/elasticsearch-node first");
  }

  @Test
  void emptyFolderTellsWhatToBuild(@TempDir Path empty) {
    System.setProperty(LocalElasticsearch.NODE_LIB_PROPERTY, empty.toString());
    assertThatThrownBy(LocalElasticsearch::start)
        .hasMessageContaining("No jars in " + empty)
        .hasMessageContaining("build connectors/elasticsearch-node first");
  }
}
