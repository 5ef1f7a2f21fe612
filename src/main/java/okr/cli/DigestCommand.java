package okr.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import okr.model.Period;
import okr.render.DigestFormats;
import okr.render.DigestView;
import okr.scoring.Digest;
import okr.scoring.Selection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "digest",
    mixinStandardHelpOptions = true,
    header = "Summarize what changed since a day: check-ins, scores, problems, who is silent.",
    description = {
      "  okr digest --since 2w --format md",
      "For the objectives active in the interval (or in --period): the check-ins made, each key",
      "result's score the day before the interval and now, objectives whose band or pace",
      "changed, new problems, falling confidence, and the owners of running key results with",
      "no check-in in the interval. Both ends count; --as-of DATE ends the interval on DATE."
    })
final class DigestCommand implements Callable<Integer> {

  enum Format {
    text,
    md,
    json
  }

  private final Context ctx;

  @ParentCommand OkrCommand parent;

  @Mixin ViewOptions view;

  @Option(
      names = "--since",
      paramLabel = "WHEN",
      description =
          "Start of the interval: Nd or Nw before today (or --as-of), or a date YYYY-MM-DD"
              + " (default: 7d).")
  String since = "7d";

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  DigestCommand(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    ViewContext vc = new ViewContext(ctx, parent.global(), view);
    LocalDate until = vc.asOf;
    LocalDate from = start(since, until);
    Selection selection =
        view.period != null
            ? vc.selection
            : new Selection(Period.between(from, until), vc.selection.owner(), vc.selection.team());
    Digest digest = Digest.of(vc.ws, selection, from, until);
    switch (format) {
      case json -> ctx.out().println(DigestFormats.json(digest));
      case md -> ctx.out().print(DigestFormats.markdown(digest));
      default ->
          new DigestView(vc.style)
              .render(digest)
              .forEach(line -> ctx.out().println(line.stripTrailing()));
    }
    return vc.finish();
  }

  /** The first day of the interval: {@code Nd} or {@code Nw} before {@code until}, or a date. */
  static LocalDate start(String since, LocalDate until) {
    java.util.OptionalLong relative = okr.model.DayCount.days(since);
    LocalDate day;
    if (relative.isPresent()) {
      long days = relative.getAsLong();
      day = days > 3_000_000 ? LocalDate.of(1000, 1, 1) : until.minusDays(days);
    } else {
      try {
        day = LocalDate.parse(since);
      } catch (DateTimeParseException e) {
        throw new UsageException(
            "--since "
                + okr.render.TerminalText.sanitize(since)
                + ": write a number of days or weeks (7d, 2w) or a date (YYYY-MM-DD)");
      }
    }
    if (day.isAfter(until)) {
      throw new UsageException(
          "--since " + since + ": " + day + " is after the last day of the digest, " + until);
    }
    return day;
  }
}
