package okr.cli;

import java.util.concurrent.Callable;
import okr.render.StatusFormats;
import okr.render.StatusView;
import okr.scoring.Scorecard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    header = "Show the scorecard: where every objective of the period stands.",
    description = {
      "Lists the objectives active today (or in --period), grouped by level and team, each with",
      "its score on the 0.0-1.0 scale, band, pace against the time elapsed, confidence and last",
      "check-in, and under it its key results with progress bars. `okr` alone runs this."
    })
final class StatusCommand implements Callable<Integer> {

  private final Context ctx;

  @ParentCommand OkrCommand parent;

  @Mixin ViewOptions view;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ViewFormat format = ViewFormat.text;

  StatusCommand(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    ViewContext vc = new ViewContext(ctx, parent.global(), view);
    Scorecard card = vc.scorer.scorecard(vc.selection, vc.headerPeriod(view));
    switch (format) {
      case json -> ctx.out().println(StatusFormats.json(card));
      case csv -> ctx.out().print(StatusFormats.csv(card));
      case md -> ctx.out().print(StatusFormats.markdown(card));
      default -> {
        for (String line : new StatusView(vc.style).render(card)) {
          ctx.out().println(line.stripTrailing());
        }
      }
    }
    return vc.finish();
  }
}
