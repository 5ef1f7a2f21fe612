package okr.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import okr.model.Diagnostic;
import okr.model.SourceSpan;

/**
 * One person's own settings, outside any workspace: {@code $XDG_CONFIG_HOME/okr/config.yaml} (else
 * {@code ~/.config/okr/config.yaml}). It says who "me" is, which a shared okr.yaml cannot. Read
 * with the same care as the goal files: unknown keys and bad values are located errors.
 */
public final class PersonalConfig {

  private static final Set<String> KEYS = Set.of("me");

  private PersonalConfig() {}

  /**
   * What the file says: {@code me} (null when the file is absent, empty or has errors), the
   * problems found, and the file's text to quote them.
   */
  public record Result(Path file, String me, List<Diagnostic> problems, String text) {
    public Result {
      problems = List.copyOf(problems);
    }

    /** The given line of the file (1-based), for diagnostics. */
    public Optional<String> line(Path of, int line) {
      if (text == null || !of.equals(file) || line < 1) {
        return Optional.empty();
      }
      List<String> lines = text.lines().toList();
      return line <= lines.size() ? Optional.of(lines.get(line - 1)) : Optional.empty();
    }
  }

  /**
   * Where the file is: under {@code XDG_CONFIG_HOME} when that is an absolute path, else under
   * {@code HOME}; null when the environment names neither, so a test's environment never reaches
   * the real home folder.
   */
  public static Path location(Map<String, String> env) {
    String xdg = env.get("XDG_CONFIG_HOME");
    if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg, "okr", "config.yaml");
    }
    String home = env.get("HOME");
    if (home == null || home.isBlank() || !Path.of(home).isAbsolute()) {
      return null;
    }
    return Path.of(home, ".config", "okr", "config.yaml");
  }

  /** Reads the file named by the environment; a missing file is no problem. */
  public static Result read(Map<String, String> env) {
    Path file = location(env);
    return file == null ? new Result(null, null, List.of(), null) : read(file);
  }

  static Result read(Path file) {
    List<Diagnostic> problems = new ArrayList<>();
    if (!Files.exists(file)) {
      return new Result(file, null, problems, null);
    }
    byte[] bytes;
    try {
      if (Files.size(file) > SourceText.MAX_BYTES) {
        problems.add(
            Diagnostic.error(
                "file-too-large",
                SourceSpan.fileOnly(file),
                "the personal settings file is over 1 MiB",
                "it holds one line, `me: NAME`; write just that"));
        return new Result(file, null, problems, null);
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException | SecurityException e) {
      problems.add(
          Diagnostic.error(
              "unreadable",
              SourceSpan.fileOnly(file),
              "the personal settings file cannot be read: " + IoMessages.describe(e),
              "check its permissions, or set OKR_USER instead"));
      return new Result(file, null, problems, null);
    }
    String text = SourceText.decode(file, bytes, problems);
    if (text == null) {
      return new Result(file, null, problems, null);
    }
    LocatedYamlParser.Result parsed = LocatedYamlParser.parse(file, text);
    problems.addAll(parsed.problems());
    if (!parsed.clean() || parsed.root().isEmpty()) {
      return new Result(file, null, problems, text);
    }
    MapReader r =
        MapReader.of(parsed.root().get(), "the personal settings", KEYS, problems).orElse(null);
    String me = null;
    if (r != null && r.keys().contains("me")) {
      me = r.requiredText("me", "dana");
      if (me != null) {
        me = me.strip();
      }
    }
    return new Result(file, problems.isEmpty() ? me : null, problems, text);
  }
}
