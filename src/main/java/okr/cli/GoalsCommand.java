package okr.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import okr.model.SmartGoal;
import okr.render.GoalsView;
import okr.scoring.GoalStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "goals",
    mixinStandardHelpOptions = true,
    header = "List SMART goals with progress, due date, days left and pace.",
    description = {
      "Shows every SMART goal (kind: goal) that is open on the day shown, or due in --period."
    })
final class GoalsCommand implements Callable<Integer> {

  private final Context ctx;

  @ParentCommand OkrCommand parent;

  @Mixin ViewOptions view;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ViewFormat format = ViewFormat.text;

  @Option(
      names = "--smart",
      description = "Show each goal's SMART letters: which are met, and why not.")
  boolean smart;

  GoalsCommand(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    ViewContext vc = new ViewContext(ctx, parent.global(), view);
    List<GoalStatus> goals = new ArrayList<>();
    for (SmartGoal g : vc.ws.goals()) {
      if (!vc.selection.matches(g)) {
        continue;
      }
      GoalStatus status = vc.scorer.goal(g);
      if (view.period == null
          || status.due() == null
          || vc.selection.period().contains(status.due())) {
        goals.add(status);
      }
    }
    if (smart && format == ViewFormat.text) {
      List<okr.render.SmartTable.Row> rows = new ArrayList<>();
      for (GoalStatus g : goals) {
        rows.add(
            new okr.render.SmartTable.Row(
                g.goal(), okr.check.SmartRules.letters(g.goal(), vc.ws, vc.today)));
      }
      new okr.render.SmartTable(vc.style)
          .render(rows)
          .forEach(line -> ctx.out().println(line.stripTrailing()));
      return vc.finish();
    }
    switch (format) {
      case json -> ctx.out().println(GoalsView.json(vc.asOf, goals));
      case csv -> ctx.out().print(GoalsView.csv(goals));
      case md -> ctx.out().print(GoalsView.markdown(goals));
      default ->
          new GoalsView(vc.style)
              .render(vc.ws.settings().name(), vc.asOf, goals)
              .forEach(line -> ctx.out().println(line.stripTrailing()));
    }
    return vc.finish();
  }
}
