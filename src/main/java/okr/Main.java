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
    PrintStream out =
        new PrintStream(
            new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err =
        new PrintStream(
            new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
    boolean terminal = System.console() != null;
    int code =
        run(
            System.in,
            out,
            err,
            System.getenv(),
            Clock.systemDefaultZone(),
            Path.of("").toAbsolutePath(),
            terminal,
            args);
    out.flush();
    err.flush();
    System.exit(code);
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
