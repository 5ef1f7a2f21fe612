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
 * allow is keyed on the workspace's path, the SHA-256 of the source's text and the SHA-256 of each
 * workspace file its command names ({@link SourceFiles}), so a source whose text or script changed
 * (a pull from a teammate, a hostile branch) needs a new allow, as direnv does.
 *
 * <p>One allow a line: {@code SHA256 TAB KPI TAB WORKSPACE}, then {@code TAB SHA256 SPACE PATH} for
 * each file; lines starting with {@code #} are comments. A line of an older okr names no files, so
 * a command that names one needs a new allow.
 */
public final class TrustedSources {

  /** One allowed source, and the files it named then (relative path to SHA-256). */
  public record Allowed(String sha256, String kpi, String workspace, Map<String, String> files) {}

  /** Whether a source may run here. */
  public enum State {
    ALLOWED,
    CHANGED,
    NOT_ALLOWED
  }

  /** A source's state, and when a file it names changed since the allow, which. */
  public record Verdict(State state, List<String> changedFiles) {}

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
        String[] parts = line.split("\t", -1);
        if (!line.startsWith("#") && parts.length >= 3) {
          java.util.SortedMap<String, String> files = new java.util.TreeMap<>();
          for (int i = 3; i < parts.length; i++) {
            int space = parts[i].indexOf(' ');
            if (space > 0) {
              files.put(parts[i].substring(space + 1), parts[i].substring(0, space));
            }
          }
          allowed.add(new Allowed(parts[0], parts[1], parts[2], files));
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

  /** The workspace files a source names, which its allow covers (none for an address). */
  public static Map<String, String> files(Path root, KpiSource source) {
    return source.kind() == KpiSource.Kind.COMMAND
        ? SourceFiles.named(root, source.command())
        : Map.of();
  }

  /** Whether this exact source text, and the files it names as they are now, were allowed here. */
  public boolean allows(Path root, KpiSource source) {
    return verdict(root, "", source).state() == State.ALLOWED;
  }

  /**
   * Whether {@code kpi}'s source may run here: allowed with this text and these files; changed
   * since (naming the files that changed when the text did not); or never allowed.
   */
  public Verdict verdict(Path root, String kpi, KpiSource source) {
    String workspace = workspace(root);
    String hash = hash(source);
    Map<String, String> files = files(root, source);
    List<Allowed> sameText =
        allowed.stream()
            .filter(a -> a.workspace().equals(workspace) && a.sha256().equals(hash))
            .toList();
    if (sameText.stream().anyMatch(a -> a.files().equals(files))) {
      return new Verdict(State.ALLOWED, List.of());
    }
    if (!sameText.isEmpty()) {
      Allowed closest =
          sameText.stream().filter(a -> a.kpi().equals(kpi)).findFirst().orElse(sameText.get(0));
      return new Verdict(State.CHANGED, SourceFiles.changed(closest.files(), files));
    }
    boolean had = of(root).stream().anyMatch(a -> a.kpi().equals(kpi));
    return new Verdict(had ? State.CHANGED : State.NOT_ALLOWED, List.of());
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
    next.add(new Allowed(hash(source), kpi, workspace, files(root, source)));
    return new TrustedSources(file, next);
  }

  /** The allows without those of {@code kpi} in this workspace. */
  public TrustedSources revoke(Path root, String kpi) {
    String workspace = workspace(root);
    List<Allowed> next = new ArrayList<>(allowed);
    next.removeIf(a -> a.workspace().equals(workspace) && a.kpi().equals(kpi));
    return new TrustedSources(file, next);
  }

  /** A change to the allows, made on them as read under the lock. */
  public interface Change {
    TrustedSources apply(TrustedSources current) throws IOException;
  }

  /** One process's threads take turns here; the file lock orders processes. */
  private static final java.util.concurrent.locks.ReentrantLock IN_PROCESS =
      new java.util.concurrent.locks.ReentrantLock();

  /**
   * Reads the allows, changes them and writes them back while holding a lock on {@code
   * trusted.lock} next to the file, so two {@code okr trust} at once each keep their allow.
   */
  public static void update(Path file, Change change) throws IOException {
    Files.createDirectories(file.getParent());
    IN_PROCESS.lock();
    try (java.nio.channels.FileChannel channel =
            java.nio.channels.FileChannel.open(
                file.resolveSibling("trusted.lock"),
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE,
                java.nio.file.LinkOption.NOFOLLOW_LINKS);
        java.nio.channels.FileLock lock = channel.lock()) {
      change.apply(read(file)).write();
    } finally {
      IN_PROCESS.unlock();
    }
  }

  /** Writes the allows back, atomically. */
  public void write() throws IOException {
    StringBuilder text =
        new StringBuilder(
            "# Sources `okr pull` may run, allowed with `okr trust KPI`; edit with okr trust.\n"
                + "# sha256 of the source text, KPI, workspace, then sha256 and path of each file it names\n");
    for (Allowed a : allowed) {
      text.append(a.sha256()).append('\t').append(a.kpi()).append('\t').append(a.workspace());
      a.files().forEach((path, sha) -> text.append('\t').append(sha).append(' ').append(path));
      text.append('\n');
    }
    Files.createDirectories(file.getParent());
    AtomicFiles.replace(file, text.toString().getBytes(StandardCharsets.UTF_8));
  }
}
