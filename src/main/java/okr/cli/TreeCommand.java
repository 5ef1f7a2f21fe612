package okr.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import okr.model.SmartGoal;
import okr.render.TreeView;
import okr.reports.AlignmentTree;
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

  @picocli.CommandLine.Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ViewFormat format = ViewFormat.text;

  @picocli.CommandLine.Option(
      names = "--kpis",
      description = "Add the KPIs' leads: links, leading to lagging.")
  boolean kpis;

  /** Each leading KPI with the lagging ones it predicts: the other cascade, of indicators. */
  private void printLeads(ViewContext vc) {
    ctx.out().println();
    ctx.out().println(vc.style.paint(okr.render.Style.Role.STRONG, "KPIs: what leads what"));
    boolean any = false;
    String arrow = vc.style.glyphs().ascii() ? " -> " : " → ";
    for (okr.model.Kpi k : vc.ws.kpis()) {
      if (!k.leads().isEmpty() && vc.selection.matches(k)) {
        any = true;
        ctx.out()
            .println(
                okr.render.Text.fit(
                    "  "
                        + okr.render.TerminalText.sanitize(k.id())
                        + arrow
                        + okr.render.TerminalText.sanitize(String.join(", ", k.leads())),
                    vc.style.width()));
      }
    }
    if (!any) {
      ctx.out().println("  no KPI leads another yet");
    }
  }

  TreeCommand(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    ViewContext vc = new ViewContext(ctx, parent.global(), view);
    Scorecard card = vc.scorer.scorecard(vc.selection, vc.headerPeriod(view));
    List<GoalStatus> goals = new ArrayList<>();
    for (SmartGoal g : vc.ws.goals()) {
      // AlignmentTree keeps the goals that align to something in the card.
      if (vc.selection.matches(g)) {
        goals.add(vc.scorer.goal(g));
      }
    }
    if (format != ViewFormat.text) {
      ctx.out()
          .print(
              switch (format) {
                case json ->
                    okr.render.TreeFormats.json(card, AlignmentTree.of(card, List.of(), false))
                        + "\n";
                case csv -> okr.render.TreeFormats.csv(card);
                default ->
                    okr.render.TreeFormats.markdown(card, AlignmentTree.of(card, List.of(), false));
              });
      return vc.finish();
    }
    new TreeView(vc.style)
        .render(card, AlignmentTree.of(card, goals, true))
        .forEach(line -> ctx.out().println(line.stripTrailing()));
    if (kpis) {
      printLeads(vc);
    }
    return vc.finish();
  }
}
