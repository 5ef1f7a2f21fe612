package okr.check;

import java.util.List;
import okr.model.Better;
import okr.model.Diagnostic;
import okr.model.Kpi;
import okr.model.Workspace;

/** KPI thresholds must agree with which way is better. */
final class KpiRules implements WorkspaceRule {

  @Override
  public void check(Workspace ws, java.time.LocalDate today, List<Diagnostic> out) {
    for (Kpi kpi : ws.kpis()) {
      if (kpi.thresholds() == null || kpi.better() == null) {
        continue;
      }
      double green = kpi.thresholds().green();
      double amber = kpi.thresholds().amber();
      boolean contradicts = kpi.better() == Better.HIGHER ? green < amber : green > amber;
      if (contradicts) {
        out.add(
            Diagnostic.error(
                "thresholds-order",
                kpi.spans().at("thresholds"),
                "with `better: "
                    + kpi.better().name().toLowerCase(java.util.Locale.ROOT)
                    + "`, green must be "
                    + (kpi.better() == Better.HIGHER ? "above" : "below")
                    + " amber, but green is "
                    + KeyResultRules.number(green)
                    + " and amber "
                    + KeyResultRules.number(amber),
                "swap the two thresholds, or change `better:`"));
      }
    }
  }
}
