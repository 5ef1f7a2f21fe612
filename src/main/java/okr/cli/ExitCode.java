package okr.cli;

/** The exit codes, as documented in the README and `okr --help`. */
public final class ExitCode {
  public static final int OK = 0;
  public static final int PROBLEMS = 1;
  public static final int USAGE = 2;
  public static final int IO_OR_INTERNAL = 3;

  /** The person stopped an interactive command (Ctrl-C, Ctrl-D), as shells report SIGINT. */
  public static final int INTERRUPTED = 130;

  /**
   * The reader of okr's output went away ({@code okr log | head -1}): okr stops quietly with the
   * code a shell shows for a process SIGPIPE ended (128 + 13), as cat, grep and git do.
   */
  public static final int BROKEN_PIPE = 141;

  private ExitCode() {}
}
