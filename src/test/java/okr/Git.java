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

  /**
   * Commits everything staged as {@code author} (email {@code git@example.org}, so a hostile name
   * cannot break the address) at {@code date} (ISO 8601), which is both the author and the commit
   * date; fails the test if git fails.
   */
  public static String commit(Path dir, String author, String date, String message) {
    return withEnv(
        dir,
        java.util.Map.of(
            "GIT_AUTHOR_NAME", author,
            "GIT_AUTHOR_EMAIL", "git@example.org",
            "GIT_AUTHOR_DATE", date,
            "GIT_COMMITTER_NAME", author,
            "GIT_COMMITTER_EMAIL", "git@example.org",
            "GIT_COMMITTER_DATE", date),
        "commit",
        "-q",
        "--allow-empty",
        "-m",
        message);
  }

  /** What a git command printed (stdout and stderr together) and its exit code. */
  public record Result(int exit, String output) {}

  /** Runs git in {@code dir} as user {@code name}, whatever its exit code. */
  public static Result tryAs(String name, Path dir, String... args) {
    return tryWith(name, dir, java.util.Map.of(), args);
  }

  private static String withEnv(Path dir, java.util.Map<String, String> env, String... args) {
    Result result = tryWith("t", dir, env, args);
    assertThat(result.exit())
        .as("git %s in %s: %s", String.join(" ", args), dir, result.output())
        .isZero();
    return result.output();
  }

  private static Result tryWith(
      String name, Path dir, java.util.Map<String, String> env, String... args) {
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
      builder.environment().putAll(env);
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
