package okr.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import okr.model.Period;
import okr.render.KpiFormats;
import okr.render.KpiPairsView;
import okr.render.KpisView;
import okr.scoring.KpiStatus;
import okr.scoring.Scorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "kpis",
    mixinStandardHelpOptions = true,
    header = "Show the KPIs: leading and lagging indicators and health metrics.",
    description = {
      "Each KPI with its latest value, target, status (green/amber/red from its thresholds,",
      "or the share of its target), a sparkline of its recent measurements with an arrow",
      "coloured by whether the move was for the better, its age, and for leading KPIs the",
      "lagging ones they lead. --pairs sets each lagging KPI beside its leading ones over",
      "the last weeks or months. With --period, values are as of the period's end."
    })
final class KpisCommand implements Callable<Integer> {

  private final Context ctx;

  @ParentCommand OkrCommand parent;

  @Mixin ViewOptions view;

  @Option(
      names = "--pairs",
      description = "Lagging KPIs beside the leading KPIs that predict them.")
  boolean pairs;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ViewFormat format = ViewFormat.text;

  KpisCommand(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    ViewContext vc = new ViewContext(ctx, parent.global(), view);
    Period period = vc.headerPeriod(view);
    LocalDate asOf = view.period != null ? period.atMostEnd(vc.asOf) : vc.asOf;
    Scorer scorer = new Scorer(vc.ws, asOf);
    List<KpiStatus> kpis = okr.reports.KpiList.of(vc.ws, scorer, vc.selection, period);
    String name = vc.ws.settings().name();
    switch (format) {
      case json -> ctx.out().println(KpiFormats.json(asOf, period, kpis));
      case csv -> ctx.out().print(KpiFormats.csv(kpis));
      case md -> ctx.out().print(KpiFormats.markdown(asOf, kpis));
      default -> {
        List<String> lines =
            pairs ? pairs(vc, asOf, kpis) : new KpisView(vc.style).render(name, asOf, kpis);
        for (String line : lines) { // a loop, not forEach: a view links no lambda (issue #18)
          ctx.out().println(line.stripTrailing());
        }
      }
    }
    return vc.finish();
  }

  private static List<String> pairs(ViewContext vc, LocalDate asOf, List<KpiStatus> kpis) {
    KpiPairsView view = new KpiPairsView(vc.style);
    okr.reports.KpiPairs pairs =
        okr.reports.KpiPairs.of(kpis, asOf, view.columns(), vc.ws.settings().calendar());
    return view.render(vc.ws.settings().name(), asOf, pairs);
  }
}
