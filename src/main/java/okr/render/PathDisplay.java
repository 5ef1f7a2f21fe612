package okr.render;

import java.nio.file.Path;

/** Shows file paths relative to the current folder when they lie below it, as compilers do. */
public final class PathDisplay {

  private final Path cwd;

  public PathDisplay(Path cwd) {
    this.cwd = cwd.toAbsolutePath().normalize();
  }

  /** For a terminal: sanitized. */
  public String show(Path file) {
    return TerminalText.sanitize(showRaw(file));
  }

  /** For machine formats, which escape by their own rules and keep the exact text. */
  public String showRaw(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path shown = absolute.startsWith(cwd) ? cwd.relativize(absolute) : absolute;
    return shown.toString().replace('\\', '/');
  }
}
