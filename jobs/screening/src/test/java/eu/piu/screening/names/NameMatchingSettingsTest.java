package eu.piu.screening.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class NameMatchingSettingsTest {

  @Test
  void listsWithoutTheirOwnThresholdUseTheDefault() {
    Properties properties = new Properties();
    properties.setProperty("names.threshold", "0.9");
    properties.setProperty("names.threshold.interpol-red", "0.8");
    properties.setProperty("names.maxCandidates", "20");
    NameMatchingSettings settings = NameMatchingSettings.fromProperties(properties);
    assertThat(settings.thresholdFor("interpol-red")).isEqualTo(0.8);
    assertThat(settings.thresholdFor("other")).isEqualTo(0.9);
    assertThat(settings.maxCandidates()).isEqualTo(20);
  }

  @Test
  void defaultsComeFromTheTunedConstants() {
    NameMatchingSettings settings = NameMatchingSettings.fromProperties(new Properties());
    assertThat(settings).isEqualTo(NameMatchingSettings.defaults());
    assertThat(settings.thresholdFor("any")).isEqualTo(NameMatchingSettings.DEFAULT_THRESHOLD);
  }

  @Test
  void aThresholdOutsideZeroToOneIsRefused() {
    assertThatThrownBy(() -> NameMatchingSettings.defaults().withDefaultThreshold(1.5))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
