package okr.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PeriodCalendarTest {

  private final PeriodCalendar calendar = PeriodCalendar.standard();

  private Period resolve(PeriodCalendar c, String name) {
    return c.resolve(name).orElseThrow();
  }

  @Test
  void calendarPeriods() {
    assertThat(resolve(calendar, "2026"))
        .isEqualTo(new Period("2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
    assertThat(resolve(calendar, "2026-H2").start()).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(resolve(calendar, "2026-H2").end()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(resolve(calendar, "2026-Q3"))
        .isEqualTo(new Period("2026-Q3", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)));
    assertThat(resolve(calendar, "2026-02").end()).isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(resolve(calendar, "2028-02").end()).isEqualTo(LocalDate.of(2028, 2, 29));
  }

  @Test
  void theLetterOfAPeriodMayBeLowerCaseAndTheLabelIsWrittenOneWay() {
    assertThat(resolve(calendar, "2026-q3")).isEqualTo(resolve(calendar, "2026-Q3"));
    assertThat(resolve(calendar, "2026-h1").label()).isEqualTo("2026-H1");
    assertThat(resolve(calendar, "2026-w47").label()).isEqualTo("2026-W47");
    assertThat(calendar.resolve("2026-x3")).isEmpty();
  }

  @Test
  void isoWeeksStartOnMonday() {
    Period w47 = resolve(calendar, "2026-W47");
    assertThat(w47.start()).isEqualTo(LocalDate.of(2026, 11, 16));
    assertThat(w47.end()).isEqualTo(LocalDate.of(2026, 11, 22));
    // 2026 starts on a Thursday, so it has 53 ISO weeks; 2027 has 52.
    assertThat(calendar.resolve("2026-W53")).isPresent();
    assertThat(calendar.resolve("2027-W53")).isEmpty();
    assertThat(resolve(calendar, "2026-W01").start()).isEqualTo(LocalDate.of(2025, 12, 29));
  }

  @Test
  void rejectsWhatIsNotAPeriod() {
    assertThat(calendar.resolve("2026-Q5")).isEmpty();
    assertThat(calendar.resolve("2026-13")).isEmpty();
    assertThat(calendar.resolve("2026-W00")).isEmpty();
    assertThat(calendar.resolve("Q3")).isEmpty();
    assertThat(calendar.resolve("")).isEmpty();
  }

  @Test
  void fiscalYearMovesQuartersAndHalvesButNotMonths() {
    PeriodCalendar april = new PeriodCalendar(4, Map.of());
    assertThat(resolve(april, "2026-Q1"))
        .isEqualTo(new Period("2026-Q1", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)));
    assertThat(resolve(april, "2026-Q4").end()).isEqualTo(LocalDate.of(2027, 3, 31));
    assertThat(resolve(april, "2026-H2").start()).isEqualTo(LocalDate.of(2026, 10, 1));
    assertThat(resolve(april, "2026").end()).isEqualTo(LocalDate.of(2027, 3, 31));
    assertThat(resolve(april, "2026-11").start()).isEqualTo(LocalDate.of(2026, 11, 1));
    assertThat(april.quarterOf(LocalDate.of(2027, 2, 10)).label()).isEqualTo("2026-Q4");
    assertThat(april.quarterOf(LocalDate.of(2026, 4, 1)).label()).isEqualTo("2026-Q1");
    assertThat(calendar.quarterOf(LocalDate.of(2026, 11, 23)).label()).isEqualTo("2026-Q4");
  }

  @Test
  void namedPeriodsComeFromSettings() {
    PeriodCalendar named =
        new PeriodCalendar(
            1,
            Map.of(
                "launch",
                new NamedPeriod(
                    "launch", LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 27), null)));
    assertThat(resolve(named, "launch").lengthInDays()).isEqualTo(26);
    assertThat(resolve(named, "launch").contains(LocalDate.of(2026, 11, 27))).isTrue();
    assertThat(resolve(named, "launch").contains(LocalDate.of(2026, 11, 28))).isFalse();
  }
}
