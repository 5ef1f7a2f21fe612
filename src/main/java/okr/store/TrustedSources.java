package okr.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okr.model.KpiSource;

/**
 * The sources a person allowed {@code okr pull} to run, kept outside every workspace, next to the
 * personal settings ({@code ~/.config/okr/trusted}): a clone cannot allow its own commands. Each
 * allow is keyed on the workspace's path and the SHA-256 of the source's text, so a source whose
 * text changed (a pull from a teammate, a hostile branch) needs a new allow, as direnv does.
 *
 * <p>One allow a line: {@code SHA256 TAB KPI TAB WORKSPACE}; lines starting with {@code #} are
 * comments.
 */
public final class TrustedSources {

  /** One allowed source. */
  public record Allowed(String sha256, String kpi, String workspace) {}

  private final Path file;
  private final List<Allowed> allowed;

  private TrustedSources(Path file, List<Allowed> allowed) {
    this.file = file;
    this.allowed = List.copyOf(allowed);
  }

  /** The file the environment names (see {@link PersonalConfig#location}), or null for none. */
  public static Path location(Map<String, String> env) {
    Path config = PersonalConfig.location(env);
    return config == null ? null : config.resolveSibling("trusted");
  }

  /** Reads the allows; a missing file (or none named) allows nothing. */
  public static TrustedSources read(Path file) throws IOException {
    List<Allowed> allowed = new ArrayList<>();
    if (file != null && Files.exists(file)) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String[] parts = line.split("\t", 3);
        if (!line.startsWith("#") && parts.length == 3) {
          allowed.add(new Allowed(parts[0], parts[1], parts[2]));
        }
      }
    }
    return new TrustedSources(file, allowed);
  }

  public Path file() {
    return file;
  }

  /** The workspace as allows name it: its real path, so a symbolic link to it is the same place. */
  public static String workspace(Path root) {
    try {
      return root.toRealPath().toString();
    } catch (IOException e) {
      return root.toAbsolutePath().normalize().toString();
    }
  }

  /** The SHA-256 of a source's text, which an allow names. */
  public static String hash(KpiSource source) {
    return SourcePull.sha256(source.text().getBytes(StandardCharsets.UTF_8));
  }

  /** Whether this exact source text was allowed in this workspace. */
  public boolean allows(Path root, KpiSource source) {
    String workspace = workspace(root);
    String hash = hash(source);
    return allowed.stream()
        .anyMatch(a -> a.workspace().equals(workspace) && a.sha256().equals(hash));
  }

  /** The allows of one workspace, in the order they were made. */
  public List<Allowed> of(Path root) {
    String workspace = workspace(root);
    return allowed.stream().filter(a -> a.workspace().equals(workspace)).toList();
  }

  /**
   * The allows with {@code source} of {@code kpi} allowed too (replacing the KPI's older allow).
   */
  public TrustedSources allow(Path root, String kpi, KpiSource source) {
    String workspace = workspace(root);
    if (workspace.contains("\n") || workspace.contains("\t")) {
      throw new IllegalArgumentException(
          "the workspace's path holds a tab or a line break; okr cannot keep an allow for it");
    }
    List<Allowed> next = new ArrayList<>(revoke(root, kpi).allowed);
    next.add(new Allowed(hash(source), kpi, workspace));
    return new TrustedSources(file, next);
  }

  /** The allows without those of {@code kpi} in this workspace. */
  public TrustedSources revoke(Path root, String kpi) {
    String workspace = workspace(root);
    List<Allowed> next = new ArrayList<>(allowed);
    next.removeIf(a -> a.workspace().equals(workspace) && a.kpi().equals(kpi));
    return new TrustedSources(file, next);
  }

  /** Writes the allows back, atomically. */
  public void write() throws IOException {
    StringBuilder text =
        new StringBuilder(
            "# Sources `okr pull` may run, allowed with `okr trust KPI`; edit with okr trust.\n"
                + "# sha256 of the source text, KPI, workspace\n");
    for (Allowed a : allowed) {
      text.append(a.sha256()).append('\t').append(a.kpi()).append('\t').append(a.workspace());
      text.append('\n');
    }
    Files.createDirectories(file.getParent());
    AtomicFiles.replace(file, text.toString().getBytes(StandardCharsets.UTF_8));
  }
}
