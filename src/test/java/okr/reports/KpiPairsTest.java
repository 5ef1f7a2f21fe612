package okr.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import okr.model.EntryKind;
import okr.model.Frequency;
import okr.model.Header;
import okr.model.Indicator;
import okr.model.JournalEntry;
import okr.model.Kind;
import okr.model.Kpi;
import okr.model.Period;
import okr.model.PeriodCalendar;
import okr.model.Spans;
import okr.scoring.KpiStatus;
import org.junit.jupiter.api.Test;

class KpiPairsTest {

  private static final PeriodCalendar CALENDAR = PeriodCalendar.standard();

  private static KpiStatus kpi(
      String id, Indicator indicator, Frequency frequency, List<String> leads, String... measured) {
    Kpi kpi =
        new Kpi(
            new Header(Kind.KPI, id, id, null, null, List.of(), null, Path.of(id + ".yaml")),
            null,
            indicator,
            null,
            null,
            null,
            frequency,
            false,
            leads,
            null,
            null,
            Spans.of(null));
    List<JournalEntry> measurements = new ArrayList<>();
    for (String dayAndValue : measured) {
      String[] parts = dayAndValue.split("=");
      measurements.add(
          new JournalEntry(
              id + measurements.size(),
              OffsetDateTime.parse(parts[0] + "T12:00:00Z"),
              "me",
              EntryKind.KPI,
              id,
              Double.valueOf(parts[1]),
              null,
              null,
              null,
              null,
              null,
              Spans.of(null),
              null));
    }
    return new KpiStatus(
        kpi,
        null,
        null,
        null,
        null,
        null,
        false,
        null,
        null,
        null,
        null,
        null,
        List.of(),
        measurements);
  }

  @Test
  void aMonthlyLaggingKpiIsShownOverTheMonthsUpToTodayWithTheLastValueOfEach() {
    KpiStatus revenue =
        kpi(
            "revenue",
            Indicator.LAGGING,
            Frequency.MONTHLY,
            List.of(),
            "2026-09-30=10",
            "2026-11-02=20",
            "2026-11-20=25");
    KpiStatus demos =
        kpi("demos", Indicator.LEADING, Frequency.WEEKLY, List.of("revenue"), "2026-10-15=4");
    KpiPairs pairs = KpiPairs.of(List.of(demos, revenue), LocalDate.of(2026, 11, 23), 3, CALENDAR);
    assertThat(pairs.pairs()).hasSize(1);
    KpiPairs.Pair pair = pairs.pairs().get(0);
    assertThat(pair.weekly()).isFalse();
    assertThat(pair.columns())
        .extracting(Period::label)
        .containsExactly("2026-09", "2026-10", "2026-11");
    // September: 10; October: nothing; November: 20 then 25, the last counts.
    assertThat(pair.lagging().values()).isEqualTo(Arrays.asList(10.0, null, 25.0));
    assertThat(pair.leaders()).hasSize(1);
    assertThat(pair.leaders().get(0).values()).isEqualTo(Arrays.asList(null, 4.0, null));
  }

  @Test
  void aWeeklyLaggingKpiIsShownByIsoWeeksAcrossTheNewYear() {
    KpiStatus signups =
        kpi("signups", Indicator.LAGGING, Frequency.WEEKLY, List.of(), "2026-12-31=7");
    // 2027-01-06 is a Wednesday of 2027-W01; the two weeks before are 2026-W53 and 2026-W52.
    KpiPairs.Pair pair =
        KpiPairs.of(List.of(signups), LocalDate.of(2027, 1, 6), 3, CALENDAR).pairs().get(0);
    assertThat(pair.weekly()).isTrue();
    assertThat(pair.columns())
        .extracting(Period::label)
        .containsExactly("2026-W52", "2026-W53", "2027-W01");
    assertThat(pair.lagging().values()).isEqualTo(Arrays.asList(null, 7.0, null));
    assertThat(pair.leaders()).isEmpty();
  }

  @Test
  void leadingKpisAndHealthMetricsMakeNoPair() {
    KpiStatus demos = kpi("demos", Indicator.LEADING, Frequency.WEEKLY, List.of());
    KpiStatus both = kpi("mqls", Indicator.BOTH, Frequency.WEEKLY, List.of());
    assertThat(KpiPairs.of(List.of(demos, both), LocalDate.of(2026, 11, 23), 4, CALENDAR).pairs())
        .isEmpty();
  }
}
