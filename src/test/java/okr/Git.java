package okr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Real git for tests, isolated from the machine's and the user's git configuration. */
public final class Git {

  private Git() {}

  /** Whether a git command is on the PATH. */
  public static boolean installed() {
    try {
      return new ProcessBuilder("git", "--version").start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  /** Runs git in {@code dir} as user {@code name}; fails the test if git fails. */
  public static String as(String name, Path dir, String... args) {
    Result result = tryAs(name, dir, args);
    assertThat(result.exit())
        .as("git %s in %s: %s", String.join(" ", args), dir, result.output())
        .isZero();
    return result.output();
  }

  /** Runs git as the user {@code t}; fails the test if git fails. */
  public static String run(Path dir, String... args) {
    return as("t", dir, args);
  }

  /** What a git command printed (stdout and stderr together) and its exit code. */
  public record Result(int exit, String output) {}

  /** Runs git in {@code dir} as user {@code name}, whatever its exit code. */
  public static Result tryAs(String name, Path dir, String... args) {
    List<String> command =
        new ArrayList<>(
            List.of(
                "git",
                "-c",
                "user.name=" + name,
                "-c",
                "user.email=" + name + "@example.org",
                "-c",
                "init.defaultBranch=main",
                "-c",
                "commit.gpgsign=false"));
    command.addAll(List.of(args));
    try {
      ProcessBuilder builder =
          new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
      builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
      builder.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
      builder.environment().put("GIT_EDITOR", "true");
      builder.environment().put("GIT_MERGE_AUTOEDIT", "no");
      Process p = builder.start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("git %s finished", args[0]).isTrue();
      return new Result(p.exitValue(), out);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
