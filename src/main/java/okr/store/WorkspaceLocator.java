package okr.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Finds the workspace the way git finds a repository: {@code -C DIR} changes the starting folder,
 * {@code OKR_DIR} names the workspace outright, otherwise the nearest folder upwards that holds
 * okr.yaml; with none, the personal workspace in {@code $XDG_DATA_HOME/okr} (else {@code
 * ~/.local/share/okr}), so one person can use okr with no set-up.
 */
public final class WorkspaceLocator {

  public static final String SETTINGS_FILE = "okr.yaml";

  private WorkspaceLocator() {}

  /**
   * Where the workspace is, how it was found (for messages), and whether it is the personal one,
   * whose okr.yaml belongs to one person.
   */
  public record Location(Path root, String how, boolean personal) {
    Location(Path root, String how, Map<String, String> env) {
      this(root, how, isPersonal(root, env));
    }
  }

  public static Location locate(Path cwd, String dashC, Map<String, String> env) {
    Path start = cwd;
    if (dashC != null) {
      start = cwd.resolve(dashC).normalize();
      if (!Files.isDirectory(start)) {
        throw new WorkspaceNotFound("-C " + dashC + ": no such folder");
      }
    } else if (notBlank(env.get("OKR_DIR"))) {
      Path named = cwd.resolve(env.get("OKR_DIR")).normalize();
      if (!Files.isDirectory(named)) {
        throw new WorkspaceNotFound("OKR_DIR=" + env.get("OKR_DIR") + ": no such folder");
      }
      return new Location(named, "OKR_DIR", env);
    }
    for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve(SETTINGS_FILE))) {
        return new Location(dir, "found okr.yaml", env);
      }
    }
    if (dashC != null) {
      // -C names a folder the user means; reading it as an unconfigured workspace is what
      // they expect (like the personal default, okr.yaml is optional).
      return new Location(start, "-C", env);
    }
    return new Location(personalDefault(env), "personal workspace", true);
  }

  /** Whether {@code root} is the personal workspace, however it was reached. */
  static boolean isPersonal(Path root, Map<String, String> env) {
    Path personal = personalDefault(env).toAbsolutePath().normalize();
    return root.toAbsolutePath().normalize().equals(personal);
  }

  static Path personalDefault(Map<String, String> env) {
    String xdg = env.get("XDG_DATA_HOME");
    if (notBlank(xdg) && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg, "okr");
    }
    String home = env.getOrDefault("HOME", System.getProperty("user.home"));
    return Path.of(home, ".local", "share", "okr");
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }

  /** The named folder does not exist. */
  public static final class WorkspaceNotFound extends RuntimeException {
    public WorkspaceNotFound(String message) {
      super(message);
    }
  }
}
