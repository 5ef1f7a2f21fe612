package okr.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import okr.model.Frequency;
import okr.model.Indicator;
import okr.model.JournalEntry;
import okr.model.Kpi;
import okr.model.Period;
import okr.model.PeriodCalendar;
import okr.scoring.KpiStatus;

/**
 * Each lagging KPI with the leading KPIs that predict it ({@code leads:}), and the value each had
 * in each of the last weeks or months, so a view can show whether the leading ones moved first.
 */
public record KpiPairs(List<Pair> pairs) {

  public KpiPairs {
    pairs = List.copyOf(pairs);
  }

  /**
   * A lagging KPI and its leaders over the same columns.
   *
   * @param weekly whether the columns are ISO weeks (else calendar months)
   */
  public record Pair(boolean weekly, List<Period> columns, Row lagging, List<Row> leaders) {

    public Pair {
      columns = List.copyOf(columns);
      leaders = List.copyOf(leaders);
    }
  }

  /**
   * A KPI and, per column, the last value measured in it (null for none).
   *
   * @param values one per column, in column order
   */
  public record Row(KpiStatus kpi, List<Double> values) {}

  /**
   * The pairs of {@code kpis}, in their order, over the last {@code columns} weeks (for a weekly or
   * daily lagging KPI) or months (otherwise), up to the one holding {@code asOf}.
   */
  public static KpiPairs of(
      List<KpiStatus> kpis, LocalDate asOf, int columns, PeriodCalendar calendar) {
    List<Pair> pairs = new ArrayList<>();
    for (KpiStatus lagging : kpis) {
      if (!isLagging(lagging.kpi())) {
        continue;
      }
      boolean weekly =
          lagging.kpi().frequency() == Frequency.WEEKLY
              || lagging.kpi().frequency() == Frequency.DAILY;
      List<Period> spans = spans(weekly, asOf, columns, calendar);
      List<Row> leaders = new ArrayList<>();
      for (KpiStatus k : kpis) {
        if (k.kpi().leads().contains(lagging.kpi().id())) {
          leaders.add(row(k, spans));
        }
      }
      pairs.add(new Pair(weekly, spans, row(lagging, spans), leaders));
    }
    return new KpiPairs(pairs);
  }

  /** A lagging KPI, and not a health metric (those are shown apart). */
  private static boolean isLagging(Kpi k) {
    return !k.health() && k.indicator() == Indicator.LAGGING;
  }

  private static List<Period> spans(
      boolean weekly, LocalDate asOf, int columns, PeriodCalendar calendar) {
    Period current = weekly ? calendar.weekOf(asOf) : calendar.monthOf(asOf);
    List<Period> spans = new ArrayList<>(List.of(current));
    while (spans.size() < columns) {
      // Years before 1000 have no period: the view then shows fewer columns.
      var before = calendar.previous(spans.get(0));
      if (before.isEmpty()) {
        break;
      }
      spans.add(0, before.get());
    }
    return spans;
  }

  private static Row row(KpiStatus k, List<Period> spans) {
    List<Double> values = new ArrayList<>();
    for (Period span : spans) {
      Double value = null;
      for (JournalEntry e : k.measurements()) {
        if (span.contains(e.at().toLocalDate())) {
          value = e.value();
        }
      }
      values.add(value);
    }
    return new Row(k, values);
  }
}
