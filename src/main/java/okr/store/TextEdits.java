package okr.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okr.model.SourceSpan;

/**
 * Surgical edits of hand-written files: a word replaced at the exact place it was read from, every
 * other byte (comments, spacing, quoting) kept. Edits are checked against the text first, shown as
 * a diff, and written atomically under the workspace lock.
 */
public final class TextEdits {

  /** Replace {@code from} with {@code to} where the value at {@code at} starts. */
  public record Edit(SourceSpan at, String from, String to) {}

  /** A value is not where it was read: the edit is refused, and nothing is written. */
  public static final class Misplaced extends IOException {
    private static final long serialVersionUID = 1L;

    Misplaced(String message) {
      super(message);
    }
  }

  /** A file's text before and after. */
  public record Change(Path file, String before, String after) {}

  private TextEdits() {}

  /** The files as they would be after the edits; fails if a value is not where it was read. */
  public static List<Change> plan(List<Edit> edits) throws IOException {
    Map<Path, List<Edit>> byFile = new LinkedHashMap<>();
    for (Edit edit : edits) {
      byFile.computeIfAbsent(edit.at().file(), f -> new ArrayList<>()).add(edit);
    }
    List<Change> changes = new ArrayList<>();
    for (Map.Entry<Path, List<Edit>> file : byFile.entrySet()) {
      String before = Files.readString(file.getKey(), StandardCharsets.UTF_8);
      StringBuilder text = new StringBuilder(before);
      List<Edit> sorted = new ArrayList<>(file.getValue());
      sorted.sort(
          Comparator.comparingInt((Edit e) -> e.at().line())
              .thenComparingInt(e -> e.at().column())
              .reversed());
      for (Edit edit : sorted) {
        int offset = offsetOf(before, edit.at().line(), edit.at().column());
        if (offset < text.length() && (text.charAt(offset) == '"' || text.charAt(offset) == '\'')) {
          offset++;
        }
        if (!before.startsWith(edit.from(), offset)) {
          throw new Misplaced(
              file.getKey()
                  + ":"
                  + edit.at().line()
                  + ":"
                  + edit.at().column()
                  + ": expected `"
                  + edit.from()
                  + "` there; the file changed while okr read it");
        }
        text.replace(offset, offset + edit.from().length(), edit.to());
      }
      changes.add(new Change(file.getKey(), before, text.toString()));
    }
    return changes;
  }

  /**
   * Writes every change, and appends {@code journal} entries, under the workspace lock, all of them
   * or none: a file changed since it was read, or a write refused, stops the whole edit before any
   * file changed.
   */
  public static void apply(Path root, List<Change> changes, List<? extends JournalText> journal)
      throws IOException {
    try (WorkspaceLock lock = WorkspaceLock.acquire(root)) {
      java.util.Map<Path, byte[]> contents = new java.util.LinkedHashMap<>();
      for (Change change : changes) {
        String current = Files.readString(change.file(), StandardCharsets.UTF_8);
        if (!current.equals(change.before())) {
          throw new IOException(change.file() + " changed since okr read it; nothing was written");
        }
        contents.put(change.file(), change.after().getBytes(StandardCharsets.UTF_8));
      }
      contents.putAll(JournalWriter.appendedContents(root, journal));
      AtomicFiles.replaceAll(root, contents);
    }
  }

  /** The lines that differ, as a small unified-style diff with line numbers. */
  public static List<String> diff(Change change, String shownName) {
    List<String> out = new ArrayList<>();
    String[] before = change.before().split("\r\n|\r|\n", -1);
    String[] after = change.after().split("\r\n|\r|\n", -1);
    out.add(shownName + ":");
    for (int i = 0; i < Math.min(before.length, after.length); i++) {
      if (!before[i].equals(after[i])) {
        String number = String.format(java.util.Locale.ROOT, "%4d", i + 1);
        out.add(number + " - " + before[i]);
        out.add(number + " + " + after[i]);
      }
    }
    return out;
  }

  private static int offsetOf(String text, int line, int column) {
    // Lines end as the reader counted them: LF, CRLF or a lone CR.
    int offset = 0;
    for (int l = 1; l < line && offset < text.length(); l++) {
      while (offset < text.length() && text.charAt(offset) != '\n' && text.charAt(offset) != '\r') {
        offset++;
      }
      if (text.startsWith("\r\n", offset)) {
        offset += 2;
      } else if (offset < text.length()) {
        offset++;
      }
    }
    int end = offset;
    while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
      end++;
    }
    if (text.codePointCount(offset, end) < column - 1) {
      return text.length(); // no such column: the value is not there, and the edit is refused
    }
    return text.offsetByCodePoints(offset, column - 1);
  }
}
