package okr.cli;

import okr.model.Kpi;
import okr.model.Suggestions;
import okr.model.Workspace;
import okr.render.TerminalText;

/** The KPI a command line names, or a usage error with the closest id as a suggestion. */
final class KpiNamed {

  private KpiNamed() {}

  static Kpi in(Workspace ws, String id) {
    return ws.kpi(id)
        .orElseThrow(
            () ->
                new UsageException(
                    "no KPI is called `"
                        + TerminalText.sanitize(id)
                        + "`"
                        + Suggestions.closest(id, ws.kpis().stream().map(Kpi::id).toList())
                            .map(s -> "; did you mean `" + s + "`?")
                            .orElse("")));
  }
}
