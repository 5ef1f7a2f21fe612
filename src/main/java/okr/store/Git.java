package okr.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The git command, run so that its output does not depend on who runs it: the C locale, no pager,
 * no colour, no signatures, paths unquoted and relative to the top of the repository, log text in
 * UTF-8. Options that change what a command prints are passed explicitly on each command line
 * rather than trusted to the user's configuration. Output is read as bytes and split on NUL ({@code
 * -z}), so names with newlines or quotes cannot break a record.
 */
public final class Git {

  /** Configuration that would change output, pinned whatever the user's or system's says. */
  private static final List<String> PINNED =
      List.of(
          "--no-pager",
          "-c",
          "core.quotepath=off",
          "-c",
          "color.ui=never",
          "-c",
          "log.showSignature=false",
          "-c",
          "diff.relative=false",
          "-c",
          "i18n.logOutputEncoding=UTF-8",
          "-c",
          "core.abbrev=40",
          // A repository's own config may name a program to run on reads (a folder that came as
          // a tarball or a shared drive, not a clone): reading goals must never run it.
          "-c",
          "core.fsmonitor=false");

  private final Path dir;
  private final Path top;
  private final Map<String, String> env;

  private Git(Path dir, Path top, Map<String, String> env) {
    this.dir = dir;
    this.top = top;
    this.env = env;
  }

  /**
   * git in the repository holding {@code dir}, run with the environment okr was given; empty when
   * that environment has no PATH, git cannot be run, or {@code dir} is in no repository.
   */
  public static Optional<Git> at(Path dir, Map<String, String> env) {
    if (env.get("PATH") == null || !Files.isDirectory(dir)) {
      return Optional.empty();
    }
    Git probe = new Git(dir, dir, env);
    try {
      String top =
          new String(probe.run(null, "rev-parse", "--show-toplevel"), StandardCharsets.UTF_8)
              .strip();
      return top.isEmpty()
          ? Optional.empty()
          : Optional.of(new Git(dir, Path.of(top).toAbsolutePath().normalize(), env));
    } catch (GitFailed e) {
      return Optional.empty();
    }
  }

  /** Whether the repository is a shallow clone, whose history stops at a cut (CI checkouts). */
  public boolean shallow() {
    try {
      return new String(run(null, "rev-parse", "--is-shallow-repository"), StandardCharsets.UTF_8)
          .strip()
          .equals("true");
    } catch (GitFailed e) {
      return false;
    }
  }

  /** The top folder of the repository: paths git prints are relative to it. */
  public Path top() {
    return top;
  }

  /** git failed or could not be run; the message says what it said. */
  public static final class GitFailed extends Exception {
    GitFailed(String message) {
      super(message);
    }
  }

  /**
   * Runs {@code git ARGS} in the workspace and returns what it printed on standard output; {@code
   * input}, when not null, is written to its standard input from another thread, so a large answer
   * cannot block a large question.
   */
  public byte[] run(byte[] input, String... args) throws GitFailed {
    ProcessBuilder builder = new ProcessBuilder(command(args)).directory(dir.toFile());
    builder.environment().clear();
    builder.environment().putAll(env);
    pin(builder.environment());
    try {
      Path errors = Files.createTempFile("okr-git", ".err");
      try {
        builder.redirectError(errors.toFile());
        Process git = builder.start();
        Thread writer = feed(git.getOutputStream(), input);
        byte[] out = git.getInputStream().readAllBytes();
        writer.join();
        if (!git.waitFor(60, TimeUnit.SECONDS)) {
          git.destroyForcibly();
          throw new GitFailed("git " + args[0] + " did not finish within a minute");
        }
        if (git.exitValue() != 0) {
          String said = Files.readString(errors, StandardCharsets.UTF_8).strip();
          throw new GitFailed("git " + args[0] + " failed: " + firstLine(said));
        }
        return out;
      } finally {
        Files.deleteIfExists(errors);
      }
    } catch (IOException e) {
      throw new GitFailed("git could not be run: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GitFailed("interrupted while git ran");
    }
  }

  /**
   * {@code git ARGS} with the configuration that would change its output or run programs pinned.
   */
  public static List<String> command(String... args) {
    List<String> command = new ArrayList<>();
    command.add("git");
    command.addAll(PINNED);
    command.addAll(List.of(args));
    return command;
  }

  /** Sets the variables every git okr runs needs, in the environment it will run with. */
  public static void pin(Map<String, String> environment) {
    environment.put("LC_ALL", "C");
    environment.remove("LANGUAGE");
    // A read must not take the index lock or refresh it: another git (or okr) may be writing.
    environment.put("GIT_OPTIONAL_LOCKS", "0");
    environment.put("GIT_TERMINAL_PROMPT", "0");
  }

  private static String firstLine(String text) {
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }

  private static Thread feed(OutputStream stdin, byte[] input) {
    Thread writer =
        new Thread(
            () -> {
              try (stdin) {
                if (input != null) {
                  stdin.write(input);
                }
              } catch (IOException e) {
                // git stopped reading: its exit status tells why.
              }
            },
            "okr-git-input");
    writer.setDaemon(true);
    writer.start();
    return writer;
  }
}
