package okr.scoring;

import okr.model.Kpi;
import okr.model.Settings;

/** How often a KPI is expected to be measured, and when its latest measurement goes stale. */
public final class KpiRhythm {

  private KpiRhythm() {}

  /**
   * A KPI is stale with no measurement within 1.5 times its frequency (a weekly KPI after 10 days);
   * without a frequency, the workspace's check-in interval applies.
   */
  public static int staleAfterDays(Kpi kpi, Settings settings) {
    if (kpi.frequency() == null) {
      return settings.checkinEveryDays();
    }
    return (int) Math.floor(kpi.frequency().days() * 1.5);
  }
}
