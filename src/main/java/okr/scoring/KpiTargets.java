package okr.scoring;

import java.time.LocalDate;
import java.util.Optional;
import okr.model.Kpi;
import okr.model.Period;
import okr.model.PeriodCalendar;
import okr.model.PhasedTarget;

/** The target a KPI holds on a day: its phased target for the day, else its plain target. */
public final class KpiTargets {

  private KpiTargets() {}

  /**
   * Of the phased targets whose period holds the day, the one of the shortest period (a month's
   * before its quarter's); without one, {@code target:}. Periods okr cannot date are skipped (okr
   * check reports them).
   */
  public static Double on(Kpi kpi, PeriodCalendar calendar, LocalDate day) {
    PhasedTarget best = null;
    long bestDays = Long.MAX_VALUE;
    for (PhasedTarget t : kpi.targets()) {
      Optional<Period> period = calendar.resolve(t.period());
      if (period.isPresent() && period.get().contains(day)) {
        long days = period.get().lengthInDays();
        if (days < bestDays) {
          best = t;
          bestDays = days;
        }
      }
    }
    return best != null ? Double.valueOf(best.target()) : kpi.target();
  }
}
