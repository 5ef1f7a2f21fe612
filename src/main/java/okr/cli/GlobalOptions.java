package okr.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Options every command accepts, before or after the command name. Picocli copies inherited options
 * into each subcommand but sets the values on this one object.
 */
public final class GlobalOptions {

  @Option(
      names = "-C",
      paramLabel = "DIR",
      scope = ScopeType.INHERIT,
      description = "Run as if okr was started in DIR (also: OKR_DIR names the workspace).")
  String directory;

  @Option(
      names = "--today",
      paramLabel = "DATE",
      scope = ScopeType.INHERIT,
      description = "Take DATE (YYYY-MM-DD) as today, for demos and tests (also: OKR_TODAY).")
  String today;

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      scope = ScopeType.INHERIT,
      description =
          "Colour: auto, always or never (default: auto; honours NO_COLOR, CLICOLOR_FORCE).")
  String color = "auto";

  @Option(
      names = "--width",
      paramLabel = "N",
      scope = ScopeType.INHERIT,
      description = "Lay text out for N columns (default: the terminal's, else COLUMNS, else 80).")
  Integer width;

  @Option(
      names = "--ascii",
      scope = ScopeType.INHERIT,
      description = "Draw with ASCII only, no Unicode bars or tree lines.")
  boolean ascii;

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Show internal details, such as stack traces, when something fails.")
  boolean debug;

  /** Today: --today, else OKR_TODAY, else the clock's date. */
  public LocalDate today(Context ctx) {
    String text = today != null ? today : ctx.env("OKR_TODAY");
    if (text == null) {
      return SystemClock.today(ctx.clock());
    }
    try {
      LocalDate day = okr.model.IsoDate.plain(text);
      return DayRange.check(
          day != null ? day : LocalDate.parse(text), today != null ? "--today" : "OKR_TODAY", text);
    } catch (DateTimeParseException e) {
      String source = today != null ? "--today" : "OKR_TODAY";
      throw new UsageException(source + " " + text + ": not a date; write it as YYYY-MM-DD");
    }
  }

  /** Now, to the second, on the day okr takes as today (which --today may move). */
  public java.time.OffsetDateTime now(Context ctx) {
    java.time.OffsetDateTime now =
        java.time.OffsetDateTime.now(ctx.clock())
            .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    java.time.LocalDate day = today(ctx);
    return now.toLocalDate().equals(day) ? now : now.with(day);
  }

  public String directory() {
    return directory;
  }

  public boolean debug() {
    return debug;
  }

  public boolean ascii() {
    return ascii;
  }

  /** Colour only for a terminal that has not asked for none, unless forced. */
  public boolean colour(Context ctx) {
    return switch (color) {
      case "always" -> true;
      case "never" -> false;
      case "auto" ->
          ctx.env("CLICOLOR_FORCE") != null && !"0".equals(ctx.env("CLICOLOR_FORCE"))
              || ctx.terminal() && ctx.env("NO_COLOR") == null;
      default -> throw new UsageException("--color " + color + ": use auto, always or never");
    };
  }

  /** The width to lay text out in. */
  public int width(Context ctx) {
    if (width != null) {
      if (width < 20) {
        throw new UsageException("--width " + width + ": must be at least 20");
      }
      return width;
    }
    return Math.max(20, terminalColumns(ctx));
  }

  /**
   * The width to keep to for text that is read whole and must not be cut: --width when given, the
   * terminal's when writing to one; none when piped, where a reader or a script takes it all.
   */
  public java.util.OptionalInt layoutWidth(Context ctx) {
    if (width != null || ctx.terminal()) {
      return java.util.OptionalInt.of(width(ctx));
    }
    return java.util.OptionalInt.empty();
  }

  /** The terminal's width, else COLUMNS, else 80. */
  static int terminalColumns(Context ctx) {
    if (ctx.systemTerminal()) {
      java.util.OptionalInt detected = okr.render.TerminalWidth.detect();
      if (detected.isPresent()) {
        return detected.getAsInt();
      }
    }
    String columns = ctx.env("COLUMNS");
    if (columns != null && okr.render.WholeNumbers.isPositive(columns, 2, 4)) {
      return Integer.parseInt(columns);
    }
    return 80;
  }
}
