package okr.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import okr.model.Better;
import okr.model.Header;
import okr.model.Indicator;
import okr.model.Kind;
import okr.model.Kpi;
import okr.model.PeriodCalendar;
import okr.model.PhasedTarget;
import okr.model.SourceSpan;
import okr.model.Spans;
import org.junit.jupiter.api.Test;

/** The target in force on a day: `targets: {2026-10: 40, 2026-11: 50, 2026-Q4: 60}`, target 30. */
class KpiTargetsTest {

  private static final PeriodCalendar CALENDAR = new PeriodCalendar(1, Map.of());

  private static final Kpi MQLS =
      new Kpi(
          new Header(Kind.KPI, "mqls", "MQLs", null, null, List.of(), null, Path.of("m.yaml")),
          "leads",
          Indicator.BOTH,
          Better.HIGHER,
          30.0,
          null,
          null,
          false,
          List.of(),
          null,
          null,
          List.of(
              target("2026-10", 40),
              target("2026-11", 50),
              target("2026-Q4", 60),
              target("no-such-period", 99)),
          Spans.of(null),
          null);

  private static PhasedTarget target(String period, double value) {
    return new PhasedTarget(period, value, new SourceSpan(null, 0, 0));
  }

  private static Double on(String day) {
    return KpiTargets.on(MQLS, CALENDAR, LocalDate.parse(day));
  }

  @Test
  void theShortestPeriodHoldingTheDaySetsTheTarget() {
    // 15 October lies in 2026-10 (31 days) and 2026-Q4 (92 days): the month's 40.
    assertThat(on("2026-10-15")).isEqualTo(40.0);
    // 30 November: the month's 50, not the quarter's 60.
    assertThat(on("2026-11-30")).isEqualTo(50.0);
    // 1 December: no month target, so the quarter's 60.
    assertThat(on("2026-12-01")).isEqualTo(60.0);
  }

  @Test
  void outsideEveryPhasedPeriodThePlainTargetHolds() {
    // 30 September and 1 January lie outside 2026-Q4 and its months: `target: 30`; the period
    // okr cannot date is skipped (okr check reports it).
    assertThat(on("2026-09-30")).isEqualTo(30.0);
    assertThat(on("2027-01-01")).isEqualTo(30.0);
  }
}
