package okr;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import okr.cli.Context;
import okr.cli.OkrCli;

/** Entry point: everything the CLI touches comes in as arguments, so tests run it in-process. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    boolean terminal = isTerminal();
    // At a terminal each line shows as it is printed; into a pipe or file, output is written
    // in blocks, as C's stdio does: okr check on a large workspace prints 200,000 lines.
    PrintStream out =
        terminal
            ? new PrintStream(
                new java.io.FileOutputStream(java.io.FileDescriptor.out),
                true,
                StandardCharsets.UTF_8)
            : new PrintStream(
                new java.io.BufferedOutputStream(
                    new java.io.FileOutputStream(java.io.FileDescriptor.out), 1 << 16),
                false,
                StandardCharsets.UTF_8);
    PrintStream err =
        new PrintStream(
            new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
    Context ctx =
        new Context(
            System.in,
            out,
            err,
            System.getenv(),
            Clock.systemDefaultZone(),
            Path.of("").toAbsolutePath(),
            terminal,
            terminal);
    int code = OkrCli.execute(ctx, args);
    out.flush();
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
