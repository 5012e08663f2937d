package eu.piu.formats.edifact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class EdifactDatesTest {

  @Test
  void pnrgovDates() {
    assertThat(EdifactDates.ddmmyy("030326")).isEqualTo(LocalDate.of(2026, 3, 3));
    assertThat(EdifactDates.ddmmyy("310226")).isNull();
    assertThat(EdifactDates.ddmmyy("3003")).isNull();
    assertThat(EdifactDates.ddmmyy(null)).isNull();
    assertThat(EdifactDates.hhmm("0915")).isEqualTo(LocalTime.of(9, 15));
    assertThat(EdifactDates.hhmm("181348")).isEqualTo(LocalTime.of(18, 13, 48));
    assertThat(EdifactDates.hhmm("2575")).isNull();
  }

  @Test
  void birthDatesAreNeverInTheFuture() {
    assertThat(EdifactDates.ddMMMyy("12JUL64", true, 2026)).isEqualTo(LocalDate.of(1964, 7, 12));
    assertThat(EdifactDates.ddMMMyy("12DEC25", true, 2026)).isEqualTo(LocalDate.of(2025, 12, 12));
    assertThat(EdifactDates.ddMMMyy("12JUL64", false, 2026)).isEqualTo(LocalDate.of(2064, 7, 12));
    assertThat(EdifactDates.ddMMMyy("12jul1964", true, 2026)).isEqualTo(LocalDate.of(1964, 7, 12));
    assertThat(EdifactDates.ddMMMyy("1MAR90", true, 2026)).isEqualTo(LocalDate.of(1990, 3, 1));
    assertThat(EdifactDates.ddMMMyy("00XXX85", true, 2026)).isNull();
    assertThat(EdifactDates.ddMMMyy("31FEB90", true, 2026)).isNull();
    assertThat(EdifactDates.birthYymmdd("850314", 2026)).isEqualTo(LocalDate.of(1985, 3, 14));
  }

  @Test
  void unDateTimesByFormatCode() {
    assertThat(EdifactDates.dateTime("2603031015", "201"))
        .isEqualTo(LocalDateTime.of(2026, 3, 3, 10, 15));
    assertThat(EdifactDates.dateTime("202603031015", "203"))
        .isEqualTo(LocalDateTime.of(2026, 3, 3, 10, 15));
    assertThat(EdifactDates.dateTime("20300101", null))
        .isEqualTo(LocalDateTime.of(2030, 1, 1, 0, 0));
    assertThat(EdifactDates.dateTime("300228", null))
        .isEqualTo(LocalDateTime.of(2030, 2, 28, 0, 0));
    assertThat(EdifactDates.dateTime("12AB", null)).isNull();
  }
}
