package okr.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import okr.model.SmartGoal;
import okr.render.TreeView;
import okr.scoring.GoalStatus;
import okr.scoring.Scorecard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "tree",
    mixinStandardHelpOptions = true,
    header = "Show the alignment cascade: company, team and individual objectives.",
    description = {
      "Draws each objective under the objective or key result it aligns to (`aligns_to`),",
      "with scores; SMART goals that align to an objective appear as leaves."
    })
final class TreeCommand implements Callable<Integer> {

  private final Context ctx;

  @ParentCommand OkrCommand parent;

  @Mixin ViewOptions view;

  TreeCommand(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    ViewContext vc = new ViewContext(ctx, parent.global(), view);
    Scorecard card = vc.scorer.scorecard(vc.selection, vc.headerPeriod(view));
    List<GoalStatus> goals = new ArrayList<>();
    for (SmartGoal g : vc.ws.goals()) {
      if (g.alignsTo() != null && vc.selection.matches(g)) {
        goals.add(vc.scorer.goal(g));
      }
    }
    new TreeView(vc.style)
        .render(card, goals)
        .forEach(line -> ctx.out().println(line.stripTrailing()));
    return vc.finish();
  }
}
