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

  /**
   * Where each line of a file starts, found once when a diagnostic first quotes the file. Offsets,
   * not the lines themselves: a large workspace's text would otherwise be held twice.
   */
  private final Map<Path, int[]> lineStarts = new ConcurrentHashMap<>();

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
    int[] starts = lineStarts.computeIfAbsent(file, f -> lineStarts(text));
    if (line > starts.length) {
      return Optional.empty();
    }
    int start = starts[line - 1];
    int end = start;
    while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
      end++;
    }
    return Optional.of(text.substring(start, end));
  }

  /** The offset of each line's first character; CRLF, CR and LF each end a line. */
  static int[] lineStarts(String text) {
    int[] starts = new int[16];
    int count = 0;
    starts[count++] = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        i++;
      }
      if (c == '\r' || c == '\n') {
        if (count == starts.length) {
          starts = java.util.Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    return java.util.Arrays.copyOf(starts, count);
  }
}
