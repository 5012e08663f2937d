package eu.piu.formats.sensitive;

import static eu.piu.formats.Fixtures.RECEIVED;
import static eu.piu.formats.Fixtures.bytes;
import static eu.piu.formats.Fixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import eu.piu.formats.CarrierMessageParser;
import eu.piu.formats.ParsedMessage;
import eu.piu.formats.ParsedPnr;
import eu.piu.formats.json.ParsedJson;
import eu.piu.schema.Pnr;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.junit.jupiter.api.Test;

/** R10: sensitive data never reaches the record; its erasure is counted, never described. */
class SensitiveDataTest {

  /** Codes and words of sensitive.edi that must be nowhere in what is kept. */
  private static final List<String> FORBIDDEN =
      List.of(
          "MOML",
          "DBML",
          "KSML",
          "VGML",
          "HNML",
          "WCHR",
          "MEDA",
          "BLND",
          "OTHS",
          "RAMADAN",
          "FASTING",
          "WHEELCHAIR",
          "ASSISTANCE",
          "STAIRS",
          "OXYGEN",
          "HALAL",
          "DIABETIC",
          "INSULIN",
          "CANCELLING");

  @Test
  void sensitiveElementsAreErasedAndCountedByType() {
    ParsedPnr parsed = parse("pnrgov/sensitive.edi").pnrs().get(0);
    assertThat(parsed.erasures())
        .extracting("elementType", "count")
        .containsExactly(
            tuple("FREE_TEXT:HISTORY", 1),
            tuple("FREE_TEXT:LTS", 1),
            tuple("FREE_TEXT:OSI", 1),
            tuple("FREE_TEXT:REMARK", 1),
            tuple("SSR:MEAL", 5),
            tuple("SSR:MEDICAL", 3),
            tuple("SSR:OTHER", 1));
    Pnr pnr = parsed.pnr();
    assertThat(pnr.getPassengers()).hasSize(2);
    assertThat(pnr.getPassengers().get(0).getContacts())
        .extracting("value")
        .containsExactly("32470998877");
    assertThat(pnr.getHistory())
        .extracting("action", "element")
        .containsExactly(tuple("A", "SSR"), tuple("A", "TEXT"));
  }

  @Test
  void nothingSensitiveLeaksIntoTheRecordItsJsonOrItsBytes() throws IOException {
    ParsedMessage m = parse("pnrgov/sensitive.edi");
    Pnr pnr = m.pnrs().get(0).pnr();
    String json = String.join("\n", ParsedJson.lines(m));
    String bytes = new String(avro(pnr), StandardCharsets.ISO_8859_1);
    for (String word : FORBIDDEN) {
      assertThat(json).as("JSON").doesNotContain(word);
      assertThat(bytes).as("Avro bytes").doesNotContain(word);
      assertThat(pnr.toString()).doesNotContain(word);
      assertThat(m.toString()).as("everything the parser returns").doesNotContain(word);
    }
  }

  @Test
  void noFixtureEverKeepsASensitiveCode() throws IOException {
    SensitiveDataPolicy policy = SensitiveDataPolicy.defaults();
    for (String f :
        List.of(
            "pnrgov/sensitive.edi",
            "pnrgov/full-pnr.edi",
            "annex/12-general-remarks.edi",
            "annex/19-history.edi")) {
      for (ParsedPnr p : parse(f).pnrs()) {
        String kept = p.pnr().toString() + new String(avro(p.pnr()), StandardCharsets.ISO_8859_1);
        for (String code : policy.mealCodes()) {
          assertThat(kept).as(f).doesNotContain("\"" + code + "\"").doesNotContain("SSR:" + code);
        }
        for (String code : policy.medicalCodes()) {
          assertThat(kept).as(f).doesNotContain("\"" + code + "\"").doesNotContain("SSR:" + code);
        }
      }
    }
  }

  @Test
  void theListsAreConfiguration() {
    SensitiveDataPolicy policy =
        SensitiveDataPolicy.fromProperties(
            Map.of(
                "piu.sensitive.extra-meal-codes", "NOML; XYML",
                "piu.sensitive.allowed-ssr-codes", "DOCS,XBAG"));
    assertThat(policy.treat("NOML")).isEqualTo(SensitiveDataPolicy.SsrTreatment.ERASE_MEAL);
    assertThat(policy.treat("MOML")).isEqualTo(SensitiveDataPolicy.SsrTreatment.ERASE_MEAL);
    assertThat(policy.treat("DOCS")).isEqualTo(SensitiveDataPolicy.SsrTreatment.KEEP);
    assertThat(policy.treat("FQTV")).isEqualTo(SensitiveDataPolicy.SsrTreatment.ERASE_OTHER);
    assertThat(policy.allowedSsrCodes()).containsExactlyInAnyOrder("DOCS", "XBAG");

    // A code both allowed and sensitive is sensitive.
    SensitiveDataPolicy clash =
        SensitiveDataPolicy.of(Set.of("vgml"), Set.of(), Set.of("VGML", "DOCS"));
    assertThat(clash.treat("VGML")).isEqualTo(SensitiveDataPolicy.SsrTreatment.ERASE_MEAL);
  }

  @Test
  void aConfiguredPolicyIsApplied() {
    SensitiveDataPolicy noFrequentFlyer =
        SensitiveDataPolicy.of(
            SensitiveDataPolicy.DEFAULT_MEAL_CODES,
            SensitiveDataPolicy.DEFAULT_MEDICAL_CODES,
            Set.of("DOCS"));
    ParsedMessage m =
        new CarrierMessageParser(noFrequentFlyer)
            .parse(bytes("annex/08-frequent-flyer.edi"), "SN", RECEIVED, "m1");
    ParsedPnr p = m.pnrs().get(0);
    assertThat(p.pnr().getPassengers().get(0).getFrequentFlyers())
        .extracting("airline")
        .containsExactly("SN");
    assertThat(p.erasures()).extracting("elementType").containsExactly("SSR:OTHER");
  }

  private static byte[] avro(Pnr pnr) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BinaryEncoder enc = EncoderFactory.get().binaryEncoder(out, null);
    new SpecificDatumWriter<>(Pnr.class).write(pnr, enc);
    enc.flush();
    return out.toByteArray();
  }
}
