package okr.model;

import java.nio.file.Path;

/** Where a value was written: a file and a 1-based line and column. */
public record SourceSpan(Path file, int line, int column) {

  /** A span for a whole file, used when no finer place is known (e.g. unreadable file). */
  public static SourceSpan fileOnly(Path file) {
    return new SourceSpan(file, 0, 0);
  }

  public boolean hasPosition() {
    return line > 0;
  }
}
