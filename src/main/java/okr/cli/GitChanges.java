package okr.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** The files git says changed since a ref: committed, staged, unstaged and untracked. */
final class GitChanges {

  private GitChanges() {}

  static Set<Path> since(Path workspace, String ref) {
    if (ref.startsWith("-")) {
      throw new UsageException("--changed-since " + ref + ": not a git ref");
    }
    Path top = Path.of(git(workspace, "rev-parse", "--show-toplevel").strip());
    Set<Path> changed = new HashSet<>();
    String diff = git(workspace, "diff", "--name-only", "--no-renames", ref, "--");
    String untracked = git(workspace, "ls-files", "--others", "--exclude-standard", "--full-name");
    for (String line : (diff + "\n" + untracked).split("\n")) {
      if (!line.isBlank()) {
        changed.add(top.resolve(line.strip()).normalize());
      }
    }
    return changed;
  }

  private static String git(Path dir, String... args) {
    try {
      ProcessBuilder builder =
          new ProcessBuilder(okr.store.Git.command(args))
              .directory(dir.toFile())
              .redirectErrorStream(true);
      okr.store.Git.pin(builder.environment());
      Process p = builder.start();
      p.getOutputStream().close();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new UsageException(
            "--changed-since: git " + String.join(" ", args) + " failed: " + out.strip());
      }
      return out;
    } catch (IOException e) {
      throw new UsageException(
          "--changed-since needs git, which could not be run: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UsageException("--changed-since: interrupted");
    }
  }
}
