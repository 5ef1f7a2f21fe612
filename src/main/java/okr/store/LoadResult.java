package okr.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import okr.model.Diagnostic;
import okr.model.Workspace;

/**
 * A workspace as far as it could be read, the problems met on the way, and the text of each file so
 * diagnostics can quote the line they point at.
 */
public final class LoadResult {

  private final Workspace workspace;
  private final List<Diagnostic> problems;
  private final SourceTexts sources;
  private final List<Path> files;

  LoadResult(
      Workspace workspace, List<Diagnostic> problems, SourceTexts sources, List<Path> files) {
    this.workspace = workspace;
    this.problems = List.copyOf(problems);
    this.sources = sources;
    this.files = List.copyOf(files);
  }

  public Workspace workspace() {
    return workspace;
  }

  public List<Diagnostic> problems() {
    return problems;
  }

  /** Whether the text of a file was read (a file over the size limit, say, is not). */
  public boolean hasText(Path file) {
    return sources.contains(file);
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
    return sources.line(file, line);
  }
}
