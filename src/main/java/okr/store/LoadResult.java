package okr.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import okr.model.Diagnostic;
import okr.model.Workspace;

/**
 * A workspace as far as it could be read, the problems met on the way, and the text of each file so
 * diagnostics can quote the line they point at.
 */
public final class LoadResult {

  private final Workspace workspace;
  private final List<Diagnostic> problems;
  private final Map<Path, String> sources;
  private final List<Path> files;

  /** Each file split into lines once, when a diagnostic first quotes it. */
  private final Map<Path, String[]> lines = new ConcurrentHashMap<>();

  public LoadResult(
      Workspace workspace, List<Diagnostic> problems, Map<Path, String> sources, List<Path> files) {
    this.workspace = workspace;
    this.problems = List.copyOf(problems);
    this.sources = Map.copyOf(sources);
    this.files = List.copyOf(files);
  }

  public Workspace workspace() {
    return workspace;
  }

  public List<Diagnostic> problems() {
    return problems;
  }

  public Map<Path, String> sources() {
    return sources;
  }

  /** Every file read (or tried): okr.yaml, goal files and journal months. */
  public List<Path> files() {
    return files;
  }

  public int fileCount() {
    return files.size();
  }

  /** The given line of a file (1-based), without its line ending. */
  public Optional<String> line(Path file, int line) {
    String text = sources.get(file);
    if (text == null || line < 1) {
      return Optional.empty();
    }
    String[] split = lines.computeIfAbsent(file, f -> text.split("\r\n|\r|\n", -1));
    return line <= split.length ? Optional.of(split[line - 1]) : Optional.empty();
  }
}
