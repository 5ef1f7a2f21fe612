package okr.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Appends entries to the journal, {@code checkins/YYYY-MM.yaml} by the month of each entry. Every
 * byte already in a file stays as it is; the new entries go after them, and the file is replaced
 * atomically under the workspace lock, so a crash or a second writer never leaves a torn or lost
 * entry.
 */
public final class JournalWriter {

  private JournalWriter() {}

  /** Appends all entries, and returns the files written, in order. */
  public static List<Path> append(Path root, List<? extends JournalText> entries)
      throws IOException {
    Map<String, StringBuilder> byMonth = byMonth(entries);
    try (WorkspaceLock lock = WorkspaceLock.acquire(root)) {
      // Entries of several months are written together: all of them, or none.
      Map<Path, byte[]> contents = appendedContents(root, byMonth);
      AtomicFiles.replaceAll(contents);
      return new ArrayList<>(contents.keySet());
    }
  }

  /**
   * The journal months with {@code entries} appended, to be written together with other files; call
   * under the workspace lock.
   */
  static Map<Path, byte[]> appendedContents(Path root, List<? extends JournalText> entries)
      throws IOException {
    return appendedContents(root, byMonth(entries));
  }

  private static Map<String, StringBuilder> byMonth(List<? extends JournalText> entries) {
    Map<String, StringBuilder> byMonth = new LinkedHashMap<>();
    for (JournalText entry : entries) {
      byMonth.computeIfAbsent(entry.monthFile(), m -> new StringBuilder()).append(entry.toYaml());
    }
    return byMonth;
  }

  private static Map<Path, byte[]> appendedContents(Path root, Map<String, StringBuilder> byMonth)
      throws IOException {
    Map<Path, byte[]> contents = new LinkedHashMap<>();
    for (Map.Entry<String, StringBuilder> month : byMonth.entrySet()) {
      Path file = root.resolve(WorkspaceLoader.JOURNAL_DIR).resolve(month.getKey());
      contents.put(file, appended(file, month.getKey(), month.getValue().toString()));
    }
    return contents;
  }

  private static byte[] appended(Path file, String month, String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (Files.exists(file)) {
      byte[] old = Files.readAllBytes(file);
      out.write(old);
      if (old.length > 0 && old[old.length - 1] != '\n') {
        out.write('\n');
      }
    } else {
      String name = month.substring(0, month.length() - ".yaml".length());
      out.write(
          ("# okr journal for "
                  + name
                  + ": check-ins and measurements, appended by okr.\n"
                  + "# Entries are only ever added; order does not matter.\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    out.write(text.getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }
}
