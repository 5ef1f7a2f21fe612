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
    String git = gitUserName(workspace);
    if (git != null) {
      return git;
    }
    String user = ctx.env("USER");
    return user != null ? user : System.getProperty("user.name", "me");
  }

  private static String gitUserName(Path dir) {
    try {
      Process git =
          new ProcessBuilder("git", "config", "user.name")
              .directory(dir.toFile().isDirectory() ? dir.toFile() : null)
              .redirectErrorStream(false)
              .redirectInput(ProcessBuilder.Redirect.PIPE)
              .start();
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
