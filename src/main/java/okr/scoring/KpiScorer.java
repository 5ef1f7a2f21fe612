package okr.scoring;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import okr.model.Better;
import okr.model.EntryKind;
import okr.model.JournalEntry;
import okr.model.Kpi;
import okr.model.Settings;
import okr.model.Thresholds;

/** KPI status, staleness and trend, from the journal as of a day. */
public final class KpiScorer {

  private final JournalView journal;
  private final Settings settings;
  private final LocalDate asOf;

  public KpiScorer(JournalView journal, Settings settings, LocalDate asOf) {
    this.journal = journal;
    this.settings = settings;
    this.asOf = asOf;
  }

  /**
   * @param periodDays the length of the period shown, for "the same point last period"
   */
  public KpiStatus status(Kpi kpi, long periodDays) {
    List<JournalEntry> measurements = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (JournalEntry e : journal.entries(EntryKind.KPI, kpi.id())) {
      if (e.value() != null) {
        measurements.add(e);
        values.add(e.value());
      }
    }
    Better better = betterOf(kpi);
    Double target = KpiTargets.on(kpi, settings.calendar(), asOf);
    if (values.isEmpty()) {
      // Never measured: by definition nothing was measured within its rhythm.
      return new KpiStatus(
          kpi,
          better,
          target,
          null,
          null,
          null,
          true,
          null,
          null,
          null,
          null,
          null,
          values,
          measurements);
    }
    JournalEntry last = measurements.get(measurements.size() - 1);
    double latest = last.value();
    LocalDate measuredOn = last.at().toLocalDate();
    long age = ChronoUnit.DAYS.between(measuredOn, asOf);
    boolean stale = age > KpiRhythm.staleAfterDays(kpi, settings);
    Double previous = values.size() > 1 ? values.get(values.size() - 2) : null;
    Double lastPeriod = null;
    LocalDate pointLastPeriod = measuredOn.minusDays(periodDays);
    for (JournalEntry e : measurements) {
      if (!e.at().toLocalDate().isAfter(pointLastPeriod)) {
        lastPeriod = e.value();
      }
    }
    return new KpiStatus(
        kpi,
        better,
        target,
        latest,
        measuredOn,
        age,
        stale,
        Bands.kpi(kpi.thresholds(), better, latest),
        kpi.thresholds() == null ? share(target, better, latest) : null,
        previous,
        lastPeriod,
        previous == null ? Trend.FLAT : Trend.of(values, 1),
        values,
        measurements);
  }

  /** `better` as written; else, from thresholds, higher when green lies above amber. */
  public static Better betterOf(Kpi kpi) {
    if (kpi.better() != null) {
      return kpi.better();
    }
    Thresholds t = kpi.thresholds();
    if (t != null && t.green() != t.amber()) {
      return t.green() > t.amber() ? Better.HIGHER : Better.LOWER;
    }
    return null;
  }

  static Double share(Double target, Better better, double value) {
    if (target == null || target == 0) {
      return null;
    }
    if (better == Better.LOWER) {
      return value == 0 ? null : target / value;
    }
    return value / target;
  }
}
