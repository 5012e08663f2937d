package eu.piu.formats.edifact;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ServiceStringAdviceTest {

  private static SyntaxSetup read(String text) {
    byte[] b = text.getBytes(StandardCharsets.ISO_8859_1);
    return ServiceStringAdvice.read(b, 0, b.length);
  }

  @Test
  void noUnaMeansDefaults() {
    SyntaxSetup s = read("UNB+IATA:1+SN'UNH+1'");
    assertThat(s.separators()).isEqualTo(Separators.DEFAULT);
    assertThat(s.bodyStart()).isZero();
    assertThat(s.note()).isNull();
  }

  @Test
  void declaredSeparatorsAreUsed() {
    SyntaxSetup s = read("UNA:-.? *UNB-IATA:1-SN*");
    assertThat(s.separators().element()).isEqualTo((byte) '-');
    assertThat(s.separators().terminator()).isEqualTo((byte) '*');
    assertThat(s.separators().release()).isEqualTo('?');
    assertThat(s.bodyStart()).isEqualTo(9);
    assertThat(s.note()).isNull();
  }

  @Test
  void aSpaceAsReleaseCharacterMeansNone() {
    SyntaxSetup s = read("UNA:+.  'UNB+IATA:1'");
    assertThat(s.separators().release()).isEqualTo(-1);
  }

  @Test
  void leadingBlanksAndByteOrderMarkAreSkipped() {
    SyntaxSetup s = read("\uFEFF \r\n UNA:+.?*'UNB+X'".replace("\uFEFF", "\u00EF\u00BB\u00BF"));
    assertThat(s.separators().terminator()).isEqualTo((byte) '\'');
    assertThat(s.note()).isNull();
  }

  @Test
  void aShortUnaFallsBackAndSaysSo() {
    SyntaxSetup s = read("UNA:+.?'UNB+IATA:1+SN'UNH+1'");
    assertThat(s.separators().element()).isEqualTo((byte) '+');
    assertThat(s.separators().terminator()).isEqualTo((byte) '\'');
    assertThat(s.note()).contains("UNA malformed");
    assertThat(s.bodyStart()).isEqualTo(8);
  }

  @Test
  void aBrokenUnaInFrontOfCustomSeparatorsIsInferredFromTheHeader() {
    SyntaxSetup s = read("UNA:-X? *UNB-IATA:1-SN*\nUNH-1*");
    assertThat(s.separators().element()).isEqualTo((byte) '-');
    assertThat(s.separators().terminator()).isEqualTo((byte) '*');
    assertThat(s.separators().component()).isEqualTo((byte) ':');
    assertThat(s.note()).contains("inferred");
  }

  @Test
  void customSeparatorsWithoutUnaAreInferred() {
    SyntaxSetup s = read("UNB*UNOA:4*SN*X$UNH*1$");
    assertThat(s.separators().element()).isEqualTo((byte) '*');
    assertThat(s.separators().terminator()).isEqualTo((byte) '$');
  }

  @Test
  void garbageAfterUnaStillGivesDefaults() {
    SyntaxSetup s = read("UNAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
    assertThat(s.separators()).isEqualTo(Separators.DEFAULT);
    assertThat(s.note()).isNotNull();
  }

  @Test
  void unaIsOnlyReadAtTheStart() {
    SyntaxSetup s = read("UNB+IATA:1+SN'TIF+UNA+KAI:A:1'");
    assertThat(s.separators()).isEqualTo(Separators.DEFAULT);
    assertThat(s.note()).isNull();
  }
}
