package okr.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import okr.Main;

/** Runs okr in-process for tests that need its output as a value, not a transcript. */
public final class CliRunner {

  /** What a run printed and returned. */
  public record Result(int exit, String out, String err) {}

  private CliRunner() {}

  public static Result run(Path cwd, String... args) {
    return run(cwd, Map.of("NO_COLOR", "1", "USER", "tester"), args);
  }

  /** With the given environment, e.g. one with PATH so that okr can ask git who you are. */
  public static Result run(Path cwd, Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        Main.run(
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            env,
            Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC),
            cwd,
            false,
            args);
    return new Result(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
