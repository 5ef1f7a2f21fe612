package okr.reports;

import java.util.ArrayList;
import java.util.List;
import okr.model.Kpi;
import okr.model.Period;
import okr.model.Workspace;
import okr.scoring.KpiScorer;
import okr.scoring.KpiStatus;
import okr.scoring.Scorer;
import okr.scoring.Selection;

/** The KPIs a view shows: those the selection owns, scored on the scorer's day over a period. */
public final class KpiList {

  private KpiList() {}

  /**
   * Each KPI of {@code ws} that {@code selection} matches, in file order, scored as of {@code
   * scorer}'s day; its trend is read over {@code period}'s length.
   */
  public static List<KpiStatus> of(
      Workspace ws, Scorer scorer, Selection selection, Period period) {
    KpiScorer kpiScorer = new KpiScorer(scorer.journal(), ws.settings(), scorer.asOf());
    List<KpiStatus> kpis = new ArrayList<>();
    for (Kpi k : ws.kpis()) {
      if (selection.matches(k)) {
        kpis.add(kpiScorer.status(k, period.lengthInDays()));
      }
    }
    return kpis;
  }
}
