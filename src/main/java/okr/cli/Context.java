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
    boolean terminal) {

  public String env(String name) {
    String value = env.get(name);
    return value == null || value.isEmpty() ? null : value;
  }
}
