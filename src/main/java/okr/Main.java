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
import okr.cli.SystemClock;
import okr.cli.UsageException;
import okr.cli.WatchedOutput;

/** Entry point: everything the CLI touches comes in as arguments, so tests run it in-process. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    try {
      run(args);
    } catch (LinkageError | InternalError e) {
      // InternalError: the JVM's own failing to link a method handle, another face of the damage
      brokenClasses(e, args);
    } catch (VirtualMachineError e) {
      exhausted(e, args);
    }
  }

  /**
   * Out of memory, of stack, or of threads (the system's limit on processes reached): what the
   * machine or the JVM's limits refused, said in one line with what to change, the trace only with
   * --debug. Writes are all-or-nothing, so a write cut short here is finished or undone by the next
   * command.
   */
  private static void exhausted(VirtualMachineError e, String[] args) {
    if (java.util.Arrays.asList(args).contains("--debug")) {
      e.printStackTrace();
    }
    String message = e.getMessage() == null ? "" : e.getMessage();
    String said;
    if (message.contains("native thread")) {
      said =
          "okr: the system refused to start another thread (the limit on processes, `ulimit -u`,"
              + " is reached); end some processes or raise the limit, and run the command again";
    } else if (e instanceof OutOfMemoryError) {
      said =
          "okr: out of memory; give okr more with OKR_JAVA_OPTS=-Xmx2g (it takes at most 512 MB"
              + " by default)";
    } else {
      said =
          "okr: internal error: " + e.getClass().getSimpleName() + "; run with --debug to see it";
    }
    System.err.println(said);
    System.exit(ExitCode.IO_OR_INTERNAL);
  }

  /**
   * A class of okr's that does not load or link, or a method handle the JVM cannot resolve. In a
   * build that passed its tests that is damage: most often a class-data archive whose bytes changed
   * with its time kept (a bad disk, a copy that kept the times), which the launcher cannot tell
   * from a sound one before the JVM uses it. The launcher names the archive it used ({@code
   * -Dokr.archive}); okr removes it, so the next run works and a later one makes it again, and says
   * so in one line, the trace only with --debug.
   */
  private static void brokenClasses(Error e, String[] args) {
    if (java.util.Arrays.asList(args).contains("--debug")) {
      e.printStackTrace();
    }
    String loading =
        "okr: internal error: a class of okr could not be loaded ("
            + e.getClass().getSimpleName()
            + "); ";
    String archive = System.getProperty("okr.archive");
    if (archive != null && removed(Path.of(archive))) {
      System.err.println(
          loading
              + "its class-data archive may be damaged and was removed ("
              + asShellWord(archive)
              + "); run the command again");
    } else if (archive != null) {
      System.err.println(
          loading
              + "its class-data archive may be damaged: remove "
              + asShellWord(archive)
              + ", or set OKR_NO_ARCHIVE=1");
    } else {
      System.err.println(loading + "the installation may be damaged: reinstall okr");
    }
    System.exit(ExitCode.IO_OR_INTERNAL);
  }

  /**
   * The archive's path as one word to paste after {@code rm}: quoted when it holds anything but
   * plain characters, and with control characters shown as {@code ?}, as nothing from outside
   * reaches the terminal raw. (Written here rather than with render's escaping: with okr's classes
   * failing to load, this class is the one known to be loaded.)
   */
  static String asShellWord(String path) {
    if (!path.isEmpty() && path.chars().allMatch(Main::plainInShell)) {
      return path;
    }
    StringBuilder word = new StringBuilder("'");
    path.codePoints()
        .forEach(
            c -> {
              if (c == '\'') {
                word.append("'\\''");
              } else if (Character.isISOControl(c)
                  || Character.getType(c) == Character.FORMAT
                  || c == 0x2028
                  || c == 0x2029) {
                word.append('?');
              } else {
                word.appendCodePoint(c);
              }
            });
    return word.append('\'').toString();
  }

  private static boolean plainInShell(int c) {
    return c < 128 && (Character.isLetterOrDigit(c) || "/._-+=:,@%".indexOf(c) >= 0);
  }

  /** Removes an archive and its stamp; whether the archive is gone. */
  private static boolean removed(Path archive) {
    try {
      java.nio.file.Files.deleteIfExists(archive);
      java.nio.file.Files.deleteIfExists(Path.of(archive + ".ok"));
      return true;
    } catch (java.io.IOException | RuntimeException e) {
      return false;
    }
  }

  private static void run(String[] args) {
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
            new SystemClock(),
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
