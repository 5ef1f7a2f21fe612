package okr.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Option;

/** What a view shows: which period, as of which day, whose. */
public final class ViewOptions {

  @Option(
      names = "--period",
      paramLabel = "P",
      description =
          "Show period P (2026, 2026-H1, 2026-Q3, 2026-11, 2026-W47 or a name from"
              + " okr.yaml); default: what is active today.")
  String period;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "Replay: count only journal entries up to DATE, and score as of that day.")
  String asOf;

  @Option(
      names = "--owner",
      paramLabel = "NAME",
      description = "Only what NAME owns (a key, name or email from okr.yaml people: too).")
  String owner;

  @Option(names = "--mine", description = "Only what I own (who I am: see okr whoami).")
  boolean mine;

  @Option(names = "--team", paramLabel = "TEAM", description = "Only the team TEAM.")
  String team;

  /** The day views are computed for: --as-of, else today. */
  LocalDate asOf(LocalDate today) {
    if (asOf == null) {
      return today;
    }
    try {
      return DayRange.check(LocalDate.parse(asOf), "--as-of", asOf);
    } catch (DateTimeParseException e) {
      throw new UsageException("--as-of " + asOf + ": not a date; write it as YYYY-MM-DD");
    }
  }
}
