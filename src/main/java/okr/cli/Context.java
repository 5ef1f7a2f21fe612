package okr.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/** What a command may touch of the outside world, handed in so that tests can fake it. */
public record Context(
    InputStream in,
    PrintStream out,
    PrintStream err,
    Map<String, String> env,
    Clock clock,
    Path cwd,
    boolean terminal,
    boolean systemTerminal) {

  /**
   * A context for tests: no system terminal. With {@code terminal}, prompts run on a JLine terminal
   * over {@code in} and {@code out}.
   */
  public Context(
      InputStream in,
      PrintStream out,
      PrintStream err,
      Map<String, String> env,
      Clock clock,
      Path cwd,
      boolean terminal) {
    this(in, out, err, env, clock, cwd, terminal, false);
  }

  /** A prompter for this context; call only on interactive paths, as it loads JLine. */
  public okr.prompt.Prompter prompter() {
    return systemTerminal
        ? okr.prompt.JLinePrompter.system()
        : okr.prompt.JLinePrompter.over(in, out);
  }

  /**
   * A prompter for this context where a Ctrl-C outside a line read calls {@code onInterrupt}
   * (streams get no signals).
   */
  okr.prompt.Prompter prompter(Runnable onInterrupt) {
    return systemTerminal
        ? okr.prompt.JLinePrompter.system(onInterrupt)
        : okr.prompt.JLinePrompter.over(in, out);
  }

  public String env(String name) {
    String value = env.get(name);
    return value == null || value.isEmpty() ? null : value;
  }
}
