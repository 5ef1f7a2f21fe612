package okr.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PeriodCalendarTest {

  private final PeriodCalendar calendar = PeriodCalendar.standard();

  /** A calendar with a period named in okr.yaml: launch, 2026-11-02 to 2026-11-27. */
  private final PeriodCalendar named =
      new PeriodCalendar(
          1,
          Map.of(
              "launch",
              new NamedPeriod(
                  "launch", LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 27), null)));

  private Period resolve(PeriodCalendar c, String name) {
    return c.resolve(name).orElseThrow();
  }

  @Test
  void labelNumbersArePaddedAsTheFormatterPadsThem() {
    int[] numbers = {0, 1, 9, 10, 53, 99, 100, 999, 1000, 2026, 9999, 10000, 123456, -1, -5, -2026};
    for (int n : numbers) {
      for (int width : new int[] {2, 4}) {
        assertThat(PeriodCalendar.zeroPadded(n, width))
            .isEqualTo(String.format(java.util.Locale.ROOT, "%0" + width + "d", n));
      }
    }
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
    assertThat(resolve(named, "launch").lengthInDays()).isEqualTo(26);
    assertThat(resolve(named, "launch").contains(LocalDate.of(2026, 11, 27))).isTrue();
    assertThat(resolve(named, "launch").contains(LocalDate.of(2026, 11, 28))).isFalse();
  }

  private Period previous(PeriodCalendar c, String name) {
    return c.previous(resolve(c, name)).orElseThrow();
  }

  private Period next(PeriodCalendar c, String name) {
    return c.next(resolve(c, name)).orElseThrow();
  }

  @Test
  void leapYearsLengthenFebruaryItsQuarterItsHalfAndTheYear() {
    // 2028 is a leap year (divisible by 4, not a century); 2027 is not.
    assertThat(resolve(calendar, "2028-Q1").lengthInDays()).isEqualTo(31 + 29 + 31);
    assertThat(resolve(calendar, "2027-Q1").lengthInDays()).isEqualTo(31 + 28 + 31);
    assertThat(resolve(calendar, "2028-H1").lengthInDays()).isEqualTo(31 + 29 + 31 + 30 + 31 + 30);
    assertThat(resolve(calendar, "2028").lengthInDays()).isEqualTo(366);
    assertThat(resolve(calendar, "2100-02").lengthInDays()).isEqualTo(28); // a century, not /400
    assertThat(resolve(calendar, "2000-02").lengthInDays()).isEqualTo(29);
  }

  @Test
  void leapDayIsDaySixtyOfTheFirstQuarter() {
    LocalDate leapDay = LocalDate.of(2028, 2, 29);
    Period q1 = calendar.quarterOf(leapDay);
    assertThat(q1).isEqualTo(resolve(calendar, "2028-Q1"));
    assertThat(q1.dayNumber(leapDay)).isEqualTo(31 + 29);
    assertThat(q1.shareElapsed(leapDay)).isEqualTo(60.0 / 91);
    assertThat(calendar.monthOf(leapDay).label()).isEqualTo("2028-02");
    assertThat(calendar.weekOf(leapDay).label()).isEqualTo("2028-W09"); // Tuesday of week 9
    assertThat(calendar.weekOf(leapDay).start()).isEqualTo(LocalDate.of(2028, 2, 28));
  }

  @Test
  void theSecondHalfRunsJulyToDecemberAndStepsIntoTheNextYear() {
    Period h2 = resolve(calendar, "2026-H2");
    assertThat(h2.lengthInDays()).isEqualTo(31 + 31 + 30 + 31 + 30 + 31);
    assertThat(next(calendar, "2026-H2"))
        .isEqualTo(new Period("2027-H1", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30)));
    assertThat(previous(calendar, "2026-H1").label()).isEqualTo("2025-H2");
    assertThat(previous(calendar, "2026-H2").label()).isEqualTo("2026-H1");
  }

  @Test
  void neighboursAcrossTheYearBoundary() {
    assertThat(previous(calendar, "2026-Q1"))
        .isEqualTo(new Period("2025-Q4", LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31)));
    assertThat(previous(calendar, "2026-Q3").label()).isEqualTo("2026-Q2");
    assertThat(next(calendar, "2026-Q4").label()).isEqualTo("2027-Q1");
    assertThat(previous(calendar, "2026").label()).isEqualTo("2025");
    assertThat(next(calendar, "2026").label()).isEqualTo("2027");
    assertThat(previous(calendar, "2026-01"))
        .isEqualTo(new Period("2025-12", LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 31)));
    assertThat(next(calendar, "2026-12").label()).isEqualTo("2027-01");
    assertThat(previous(calendar, "2028-03").end()).isEqualTo(LocalDate.of(2028, 2, 29));
    // 2026 has 53 ISO weeks: W53 runs Monday 2026-12-28 to Sunday 2027-01-03.
    assertThat(next(calendar, "2026-W53"))
        .isEqualTo(new Period("2027-W01", LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 10)));
    assertThat(previous(calendar, "2027-W01").label()).isEqualTo("2026-W53");
    assertThat(previous(calendar, "2026-q3").label()).isEqualTo("2026-Q2");
  }

  @Test
  void fiscalNeighboursMoveWithTheFiscalYear() {
    PeriodCalendar april = new PeriodCalendar(4, Map.of());
    // Fiscal 2026-Q1 is April to June 2026; the quarter before is January to March 2026.
    assertThat(previous(april, "2026-Q1"))
        .isEqualTo(new Period("2025-Q4", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));
    assertThat(next(april, "2026-Q4"))
        .isEqualTo(new Period("2027-Q1", LocalDate.of(2027, 4, 1), LocalDate.of(2027, 6, 30)));
    assertThat(next(april, "2026").start()).isEqualTo(LocalDate.of(2027, 4, 1));
    assertThat(april.quarterOf(LocalDate.of(2028, 2, 29)).label()).isEqualTo("2027-Q4");
  }

  @Test
  void rangesNamesAndTheEdgesOfFourDigitYearsHaveNoNeighbours() {
    assertThat(named.previous(resolve(named, "launch"))).isEmpty();
    assertThat(calendar.next(Period.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31))))
        .isEmpty();
    // A period labelled like a quarter but with other dates is not that quarter.
    assertThat(
            calendar.previous(
                new Period("2026-Q3", LocalDate.of(2026, 7, 2), LocalDate.of(2026, 9, 30))))
        .isEmpty();
    assertThat(calendar.previous(resolve(calendar, "1000"))).isEmpty();
    assertThat(calendar.next(resolve(calendar, "9999-Q4"))).isEmpty();
  }

  @Test
  void aLabelWrittenInAnyCaseNamesItsPeriod() {
    Period q3 = resolve(calendar, "2026-Q3");
    assertThat(calendar.names("2026-q3", q3)).isTrue();
    assertThat(calendar.names("2026-Q3", q3)).isTrue();
    assertThat(calendar.names("2026-Q4", q3)).isFalse();
    assertThat(calendar.names(null, q3)).isFalse();
    assertThat(calendar.names("nonsense", q3)).isFalse();
  }

  @Test
  void anObjectiveWithOneDateIsAssumedToSpanAQuarter() {
    LocalDate due = LocalDate.of(2026, 6, 30);
    // 91 days ending 2026-06-30: 30 of June, 31 of May, 30 of April → from 2026-04-01.
    assertThat(calendar.periodOf(null, null, due))
        .contains(new Period("2026-04-01..2026-06-30", LocalDate.of(2026, 4, 1), due));
    assertThat(calendar.periodOf(null, LocalDate.of(2026, 4, 1), null).orElseThrow().end())
        .isEqualTo(due);
    assertThat(calendar.periodOf("2026-q2", LocalDate.of(2020, 1, 1), null))
        .contains(resolve(calendar, "2026-Q2"));
    assertThat(calendar.periodOf(null, null, null)).isEmpty();
  }

  @Test
  void daysOfAPeriodAreCountedFromOneAndClampedToIt() {
    Period q4 = resolve(calendar, "2026-Q4"); // 31 + 30 + 31 = 92 days
    LocalDate nov23 = LocalDate.of(2026, 11, 23); // 31 of October + 23 of November
    assertThat(q4.lengthInDays()).isEqualTo(92);
    assertThat(q4.dayNumber(nov23)).isEqualTo(54);
    assertThat(q4.shareElapsed(nov23)).isEqualTo(54.0 / 92);
    assertThat(q4.daysSinceStart(nov23)).isEqualTo(53);
    assertThat(q4.dayNumber(LocalDate.of(2026, 9, 30))).isZero();
    assertThat(q4.shareElapsed(LocalDate.of(2026, 9, 30))).isZero();
    assertThat(q4.dayNumber(LocalDate.of(2027, 1, 5))).isEqualTo(92);
    assertThat(q4.shareElapsed(LocalDate.of(2027, 1, 5))).isEqualTo(1.0);
    assertThat(q4.atMostEnd(LocalDate.of(2027, 1, 5))).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(q4.atMostEnd(nov23)).isEqualTo(nov23);
    // On a time axis the first day is at 0 and the last (91 days later) at 1.
    assertThat(q4.position(nov23)).isEqualTo(53.0 / 91);
    assertThat(q4.position(q4.end())).isEqualTo(1.0);
    assertThat(q4.position(LocalDate.of(2026, 9, 1))).isZero();
    Period december = resolve(calendar, "2026-12");
    assertThat(q4.overlaps(december)).isTrue();
    assertThat(q4.overlaps(resolve(calendar, "2027-01"))).isFalse();
    assertThat(q4.overlaps(Period.between(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 2, 1))))
        .isTrue(); // one shared day is enough
  }

  @Test
  void okrDatesYearsWithFourDigits() {
    assertThat(PeriodCalendar.isDatable(LocalDate.of(1000, 1, 1))).isTrue();
    assertThat(PeriodCalendar.isDatable(LocalDate.of(9999, 12, 31))).isTrue();
    assertThat(PeriodCalendar.isDatable(LocalDate.of(999, 12, 31))).isFalse();
    assertThat(PeriodCalendar.isDatable(LocalDate.of(10000, 1, 1))).isFalse();
  }

  /** A SMART goal's own start: and due: come first; its period fills in what is missing. */
  @Test
  void aSmartGoalsDatesFallBackToItsPeriod() {
    PeriodCalendar calendar = new PeriodCalendar(4, Map.of());
    LocalDate march = LocalDate.of(2027, 3, 1);
    SmartGoal inPeriod = goal(null, null, "2026-Q4");
    assertThat(calendar.startOf(inPeriod)).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(calendar.dueOf(inPeriod)).isEqualTo(LocalDate.of(2027, 3, 31));
    SmartGoal own = goal(march, march.plusDays(9), "2026-Q4");
    assertThat(calendar.startOf(own)).isEqualTo(march);
    assertThat(calendar.dueOf(own)).isEqualTo(march.plusDays(9));
    SmartGoal undatable = goal(null, null, "2026-Q5");
    assertThat(calendar.startOf(undatable)).isNull();
    assertThat(calendar.dueOf(undatable)).isNull();
    assertThat(calendar.dueOf(goal(null, null, null))).isNull();
  }

  private static SmartGoal goal(LocalDate start, LocalDate due, String period) {
    return new SmartGoal(null, null, null, null, start, due, period, java.util.List.of(), null);
  }
}
