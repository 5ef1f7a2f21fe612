package okr.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okr.model.Diagnostic;
import okr.model.Workspace;

/**
 * A workspace as far as it could be read, the problems met on the way, and the text of each file so
 * diagnostics can quote the line they point at.
 */
public record LoadResult(
    Workspace workspace, List<Diagnostic> problems, Map<Path, String> sources, List<Path> files) {

  public LoadResult {
    problems = List.copyOf(problems);
    sources = Map.copyOf(sources);
    files = List.copyOf(files);
  }

  /** How many files were read (or tried): okr.yaml, goal files and journal months. */
  public int fileCount() {
    return files.size();
  }

  /** The given line of a file (1-based), without its line ending. */
  public Optional<String> line(Path file, int line) {
    String text = sources.get(file);
    if (text == null || line < 1) {
      return Optional.empty();
    }
    String[] lines = text.split("\r\n|\r|\n", -1);
    return line <= lines.length ? Optional.of(lines[line - 1]) : Optional.empty();
  }
}
