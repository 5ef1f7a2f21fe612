package okr.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import okr.model.JournalEntry;
import okr.model.KeyResult;
import okr.model.Kpi;
import okr.model.Objective;
import okr.model.SmartGoal;
import okr.render.PathDisplay;
import okr.render.ShowView;
import okr.scoring.InitiativeProgress;
import okr.scoring.KrStatus;
import okr.scoring.ObjectiveStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    header = "Show one objective, key result, KPI or SMART goal in depth.",
    description = {
      "REF is an objective id (maratona), a key result (maratona/climb), an initiative with an",
      "id (maratona/hill-rides), a KPI id or a goal id. Shows every field, the score,",
      "initiatives, what aligns to it, and the whole check-in history with progress, plans",
      "and problems."
    })
final class ShowCommand implements Callable<Integer> {

  private final Context ctx;

  @ParentCommand OkrCommand parent;

  @Mixin ViewOptions view;

  @picocli.CommandLine.Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); csv is the history.")
  ViewFormat format = ViewFormat.text;

  @Parameters(
      paramLabel = "REF",
      description = "What to show: objective, objective/kr, objective/initiative, KPI or goal id.")
  String ref;

  ShowCommand(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    ViewContext vc = new ViewContext(ctx, parent.global(), view);
    ShowView show = new ShowView(vc.style, new PathDisplay(ctx.cwd()));
    List<String> lines = render(vc, show);
    if (format == ViewFormat.md) {
      ctx.out().print(okr.render.ShowFormats.markdown(lines));
      return vc.finish();
    }
    lines.forEach(line -> ctx.out().println(line.stripTrailing()));
    return vc.finish();
  }

  private List<String> render(ViewContext vc, ShowView show) {
    okr.model.Ref parsed = okr.model.Ref.parse(ref);
    if (parsed.isKeyResult()) {
      Objective o = vc.ws.objective(parsed.objective()).orElseThrow(() -> notFound(vc));
      String krId = parsed.keyResult();
      Optional<okr.model.Initiative> initiative = o.initiative(krId);
      if (initiative.isPresent()) {
        return initiative(vc, show, o, initiative.get());
      }
      ObjectiveStatus status = vc.scorer.objective(o);
      KrStatus kr =
          status.keyResults().stream()
              .filter(k -> k.kr().id() != null && k.kr().id().equals(krId))
              .findFirst()
              .orElseThrow(() -> notFound(vc));
      if (format == ViewFormat.json) {
        return List.of(okr.render.ShowFormats.keyResultJson(kr));
      }
      if (format == ViewFormat.csv) {
        return List.of(okr.render.ShowFormats.csv(kr.checkins()).stripTrailing());
      }
      return show.keyResult(o, kr);
    }
    Optional<Objective> objective = vc.ws.objective(ref);
    if (objective.isPresent()) {
      List<ObjectiveStatus> children = new ArrayList<>();
      for (Objective o : okr.reports.Alignment.childrenOf(vc.ws, ref)) {
        children.add(vc.scorer.objective(o));
      }
      ObjectiveStatus status = vc.scorer.objective(objective.get());
      List<InitiativeProgress> initiatives = vc.scorer.initiatives(objective.get());
      if (format == ViewFormat.json) {
        List<String> chain = new ArrayList<>();
        okr.reports.Lineage.of(vc.ws, objective.get()).forEach(l -> chain.add(l.id()));
        return List.of(okr.render.ShowFormats.objectiveJson(status, initiatives, children, chain));
      }
      if (format == ViewFormat.csv) {
        List<JournalEntry> all = okr.render.ShowFormats.history(status, initiatives);
        return List.of(okr.render.ShowFormats.csv(all).stripTrailing());
      }
      return show.objective(
          status, initiatives, children, okr.reports.Lineage.of(vc.ws, objective.get()));
    }
    Optional<Kpi> kpi = vc.ws.kpi(ref);
    if (kpi.isPresent()) {
      okr.scoring.KpiStatus status =
          new okr.scoring.KpiScorer(vc.scorer.journal(), vc.ws.settings(), vc.asOf)
              .status(kpi.get(), vc.headerPeriod(view).lengthInDays());
      if (format == ViewFormat.json) {
        return List.of(okr.render.ShowFormats.kpiJson(status, usedBy(vc, ref)));
      }
      if (format == ViewFormat.csv) {
        return List.of(okr.render.ShowFormats.csv(status.measurements()).stripTrailing());
      }
      return show.kpi(status, usedBy(vc, ref));
    }
    Optional<SmartGoal> goal = vc.ws.goal(ref);
    if (goal.isPresent()) {
      okr.scoring.GoalStatus status = vc.scorer.goal(goal.get());
      if (format == ViewFormat.json) {
        return List.of(okr.render.ShowFormats.goalJson(status));
      }
      if (format == ViewFormat.csv) {
        return List.of(okr.render.ShowFormats.csv(status.checkins()).stripTrailing());
      }
      return show.goal(status);
    }
    throw notFound(vc);
  }

  /** {@code OBJ/INITIATIVE}: one initiative, its progress and its check-ins. */
  private List<String> initiative(
      ViewContext vc, ShowView show, Objective o, okr.model.Initiative initiative) {
    InitiativeProgress progress =
        okr.scoring.Initiatives.of(o, initiative, vc.scorer.journal(), vc.asOf);
    if (format == ViewFormat.json) {
      return List.of(okr.render.ShowFormats.initiativeJson(progress));
    }
    if (format == ViewFormat.csv) {
      return List.of(okr.render.ShowFormats.csv(progress.checkins()).stripTrailing());
    }
    return show.initiative(o, progress);
  }

  private static List<String> usedBy(ViewContext vc, String kpiId) {
    List<String> users = new ArrayList<>();
    for (Objective o : vc.ws.objectives()) {
      for (KeyResult kr : o.keyResults()) {
        if (kpiId.equals(kr.kpi())) {
          users.add("key result " + o.id() + "/" + kr.id() + ": " + kr.title());
        }
      }
    }
    for (Kpi k : vc.ws.kpis()) {
      if (k.leads().contains(kpiId)) {
        users.add("leading KPI " + k.id() + " leads it: " + k.header().title());
      }
    }
    return users;
  }

  private UsageException notFound(ViewContext vc) {
    return GoalRefs.notFound(vc.ws, ref);
  }
}
