package okr;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import okr.cli.Context;
import okr.cli.ExitCode;
import okr.cli.OkrCli;
import okr.cli.PlatformText;
import okr.cli.UsageException;
import okr.cli.WatchedOutput;

/** Entry point: everything the CLI touches comes in as arguments, so tests run it in-process. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    try {
      run(args);
    } catch (LinkageError e) {
      brokenClasses(e, args);
    }
  }

  /**
   * A class of okr's that does not load or link. In a build that passed its tests that is damage:
   * most often a class-data archive whose bytes changed with its time kept (a bad disk, a copy that
   * kept the times), which the launcher cannot tell from a sound one before the JVM uses it. Under
   * the launcher, okr ends as a crash does (134), so that the launcher removes the archive and says
   * so; started otherwise, it says the installation is damaged. Either way in one line, and the
   * trace only with --debug.
   */
  private static void brokenClasses(LinkageError e, String[] args) {
    if (java.util.Arrays.asList(args).contains("--debug")) {
      e.printStackTrace();
    }
    if (System.getProperty("okr.launcher") != null) {
      System.exit(LAUNCHER_REMOVES_ARCHIVE);
    }
    System.err.println(
        "okr: internal error: a class of okr could not be loaded ("
            + e.getClass().getSimpleName()
            + "); the installation may be damaged: reinstall okr");
    System.exit(ExitCode.IO_OR_INTERNAL);
  }

  /** The status of a JVM that crashed, on which the launcher removes the archive it used. */
  private static final int LAUNCHER_REMOVES_ARCHIVE = 134;

  private static void run(String[] args) {
    LauncherWatch.start(System.getProperty("okr.launcher"));
    boolean terminal = isTerminal();
    // At a terminal each line shows as it is printed; into a pipe or file, output is written
    // in blocks, as C's stdio does: okr check on a large workspace prints 200,000 lines.
    WatchedOutput stdout =
        new WatchedOutput(new java.io.FileOutputStream(java.io.FileDescriptor.out));
    PrintStream out =
        terminal
            ? new PrintStream(stdout, true, StandardCharsets.UTF_8)
            : new PrintStream(
                new java.io.BufferedOutputStream(stdout, 1 << 16), false, StandardCharsets.UTF_8);
    PrintStream err =
        new PrintStream(
            new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
    Map<String, String> env = System.getenv();
    PlatformText platform = PlatformText.of(env);
    String unreadable = platform.unreadableArgument(args);
    if (unreadable != null) {
      err.println("okr: " + unreadable + "; nothing was written");
      System.exit(ExitCode.USAGE);
    }
    Context ctx =
        new Context(
            System.in,
            out,
            err,
            platform.environment(),
            Clock.systemDefaultZone(),
            Path.of("").toAbsolutePath(),
            terminal,
            terminal);
    int code;
    try {
      code = OkrCli.execute(ctx, args);
    } catch (UsageException e) {
      // an environment variable okr read before a command ran, say
      err.println("okr: " + e.getMessage());
      code = ExitCode.USAGE;
    }
    out.flush();
    WatchedOutput.Outcome failed = WatchedOutput.outcome(stdout.failure(), out.checkError());
    if (failed != null) {
      if (failed.message() != null) {
        err.println(failed.message());
      }
      code = code == ExitCode.OK || failed.exit() == ExitCode.IO_OR_INTERNAL ? failed.exit() : code;
    }
    err.flush();
    System.exit(code);
  }

  /**
   * Whether stdin and stdout are a terminal. Before Java 22, {@code System.console()} is null
   * otherwise; from 22 on it may exist regardless, and {@code Console.isTerminal()} tells.
   */
  static boolean isTerminal() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  /**
   * Runs one okr command line.
   *
   * @param terminal whether stdin and stdout are an interactive terminal
   * @return the exit code: 0 success, 1 problems in the goal files, 2 usage, 3 I/O or internal
   */
  public static int run(
      InputStream in,
      PrintStream out,
      PrintStream err,
      Map<String, String> env,
      Clock clock,
      Path cwd,
      boolean terminal,
      String... args) {
    return OkrCli.execute(new Context(in, out, err, env, clock, cwd, terminal), args);
  }
}
