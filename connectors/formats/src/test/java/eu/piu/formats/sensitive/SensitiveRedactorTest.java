package eu.piu.formats.sensitive;

import static org.assertj.core.api.Assertions.assertThat;

import eu.piu.formats.Fixtures;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SensitiveRedactorTest {

  private final SensitiveRedactor redactor = new SensitiveRedactor(SensitiveDataPolicy.defaults());

  @Test
  void forbiddenSegmentsAreBlankedInPlace() {
    byte[] payload = Fixtures.bytes("pnrgov/sensitive.edi");
    byte[] redacted = redactor.redact(payload);
    String text = new String(redacted, StandardCharsets.ISO_8859_1);
    assertThat(redacted).hasSameSizeAs(payload);
    assertThat(text)
        .doesNotContain("MOML")
        .doesNotContain("RAMADAN")
        .doesNotContain("WHEELCHAIR")
        .doesNotContain("OXYGEN")
        .doesNotContain("INSULIN")
        .doesNotContain("HALAL")
        .contains("SSR+DOCS:HK:1:SN:::::/P/BEL/EM000161")
        .contains("TIF+BENALI+KARIM:A:1'");
    // Positions are kept: every segment starts where it started.
    String original = new String(payload, StandardCharsets.ISO_8859_1);
    assertThat(text.indexOf("TIF+BENALI+SALMA")).isEqualTo(original.indexOf("TIF+BENALI+SALMA"));
  }

  @Test
  void nullStaysNull() {
    assertThat(redactor.redact(null)).isNull();
  }
}
