package okr.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import okr.model.Settings;

/** Who "me" is: okr.yaml `me`, else `git config user.name`, else the login name. */
final class Identity {

  private Identity() {}

  static String me(Context ctx, Settings settings, Path workspace) {
    if (settings.me() != null && !settings.me().isBlank()) {
      return settings.me();
    }
    String git = gitUserName(ctx, workspace);
    if (git != null) {
      return git;
    }
    String user = ctx.env("USER") != null ? ctx.env("USER") : ctx.env("LOGNAME");
    return user != null ? user : "me";
  }

  /** Asks git, in the environment okr was given (tests give one without git's config). */
  private static String gitUserName(Context ctx, Path dir) {
    try {
      ProcessBuilder builder =
          new ProcessBuilder("git", "config", "user.name")
              .directory(dir.toFile().isDirectory() ? dir.toFile() : null)
              .redirectInput(ProcessBuilder.Redirect.PIPE)
              .redirectError(ProcessBuilder.Redirect.DISCARD);
      builder.environment().clear();
      builder.environment().putAll(ctx.env());
      if (ctx.env("PATH") == null) {
        return null;
      }
      Process git = builder.start();
      git.getOutputStream().close();
      if (!git.waitFor(2, TimeUnit.SECONDS)) {
        git.destroyForcibly();
        return null;
      }
      String name = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      return git.exitValue() == 0 && !name.isEmpty() ? name : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
