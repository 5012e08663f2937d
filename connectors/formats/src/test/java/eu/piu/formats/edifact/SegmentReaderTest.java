package eu.piu.formats.edifact;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentReaderTest {

  private static SegmentReader reader(String text, Separators s) {
    byte[] b = text.getBytes(StandardCharsets.ISO_8859_1);
    return new SegmentReader(b, 0, b.length, s, StandardCharsets.ISO_8859_1);
  }

  private static List<String> tags(SegmentReader r) {
    List<String> tags = new ArrayList<>();
    while (r.next()) {
      tags.add(r.value(0, 0));
    }
    return tags;
  }

  @Test
  void readsElementsAndComponents() {
    SegmentReader r = reader("TIF+SMITH+JOHN MR:A:1'", Separators.DEFAULT);
    assertThat(r.next()).isTrue();
    assertThat(r.tag()).isEqualTo(Tags.TIF);
    assertThat(r.elements()).isEqualTo(3);
    assertThat(r.value(1, 0)).isEqualTo("SMITH");
    assertThat(r.value(2, 0)).isEqualTo("JOHN MR");
    assertThat(r.value(2, 2)).isEqualTo("1");
    assertThat(r.value(2, 3)).isNull();
    assertThat(r.value(5, 0)).isNull();
    assertThat(r.components(2)).isEqualTo(3);
    assertThat(r.is(2, 1, "A")).isTrue();
    assertThat(r.next()).isFalse();
  }

  @Test
  void releaseCharacterMakesSeparatorsData() {
    SegmentReader r = reader("IFT+4:28+O?'NEIL ?+ 1?:2 ??'", Separators.DEFAULT);
    assertThat(r.next()).isTrue();
    assertThat(r.value(2, 0)).isEqualTo("O'NEIL + 1:2 ?");
    assertThat(r.next()).isFalse();
  }

  @Test
  void foldedLinesAreJoinedEvenInsideNamesAndAcrossAReleaseCharacter() {
    SegmentReader r =
        reader("TIF+VANDEN\r\nBROECK+MA\nRIE:A:1'IFT+4:28+A?\r\n+B'", Separators.DEFAULT);
    assertThat(r.next()).isTrue();
    assertThat(r.value(1, 0)).isEqualTo("VANDENBROECK");
    assertThat(r.value(2, 0)).isEqualTo("MARIE");
    assertThat(r.next()).isTrue();
    assertThat(r.value(2, 0)).isEqualTo("A+B");
  }

  @Test
  void lineBreaksAndSpacesAfterTerminatorsAreSkipped() {
    SegmentReader r = reader("UNB+X'\r\n\r\n  UNH+1'\n\tSRC'", Separators.DEFAULT);
    assertThat(tags(r)).containsExactly("UNB", "UNH", "SRC");
  }

  @Test
  void aLastSegmentWithoutTerminatorIsKept() {
    SegmentReader r = reader("UNT+2+1'UNZ+1+REF", Separators.DEFAULT);
    assertThat(r.next()).isTrue();
    assertThat(r.terminated()).isTrue();
    assertThat(r.next()).isTrue();
    assertThat(r.terminated()).isFalse();
    assertThat(r.value(2, 0)).isEqualTo("REF");
  }

  @Test
  void positionsPointAtTheSegmentStart() {
    SegmentReader r = reader("UNB+X'\nSRC'\nRCI+AB:C'", Separators.DEFAULT);
    r.next();
    r.next();
    assertThat(r.start()).isEqualTo(7);
    assertThat(r.index()).isEqualTo(1);
    r.next();
    assertThat(r.start()).isEqualTo(12);
    assertThat(r.index()).isEqualTo(2);
  }

  @Test
  void nonDefaultSeparators() {
    Separators s = new Separators((byte) ':', (byte) '*', (byte) '.', '?', (byte) '$');
    SegmentReader r = reader("TIF*D?*SOUZA*RUI:A:1$SRC$", s);
    assertThat(r.next()).isTrue();
    assertThat(r.value(1, 0)).isEqualTo("D*SOUZA");
    assertThat(r.value(2, 0)).isEqualTo("RUI");
    assertThat(r.next()).isTrue();
    assertThat(r.tag()).isEqualTo(Tags.SRC);
  }

  @Test
  void textTrimsAndJoinsSplitFreeText() {
    SegmentReader r = reader("SSR+OTHS:::::::: A:B C '", Separators.DEFAULT);
    r.next();
    assertThat(r.text(1, 8)).isEqualTo("A");
    assertThat(r.textFrom(1, 8, ':')).isEqualTo("A:B C");
  }

  @Test
  void utf8AndLatin1AreBothRead() {
    byte[] utf8 = "TIF+MÜLLER+JOSÉ'".getBytes(StandardCharsets.UTF_8);
    SegmentReader r =
        new SegmentReader(
            utf8,
            0,
            utf8.length,
            Separators.DEFAULT,
            SegmentReader.charsetFor(utf8, 0, utf8.length));
    r.next();
    assertThat(r.value(1, 0)).isEqualTo("MÜLLER");
    byte[] latin1 = "TIF+MÜLLER+JOSÉ'".getBytes(StandardCharsets.ISO_8859_1);
    r =
        new SegmentReader(
            latin1,
            0,
            latin1.length,
            Separators.DEFAULT,
            SegmentReader.charsetFor(latin1, 0, latin1.length));
    r.next();
    assertThat(r.value(2, 0)).isEqualTo("JOSÉ");
  }

  @Test
  void tagsOfUnknownSegmentsAreNotNamed() {
    SegmentReader r = reader("SMITH+X'", Separators.DEFAULT);
    r.next();
    assertThat(r.tagText()).isEqualTo("unknown segment");
  }
}
