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
    Map<String, StringBuilder> byMonth = new LinkedHashMap<>();
    for (JournalText entry : entries) {
      byMonth.computeIfAbsent(entry.monthFile(), m -> new StringBuilder()).append(entry.toYaml());
    }
    List<Path> written = new ArrayList<>();
    try (WorkspaceLock lock = WorkspaceLock.acquire(root)) {
      for (Map.Entry<String, StringBuilder> month : byMonth.entrySet()) {
        Path file = root.resolve(WorkspaceLoader.JOURNAL_DIR).resolve(month.getKey());
        AtomicFiles.replace(file, appended(file, month.getKey(), month.getValue().toString()));
        written.add(file);
      }
    }
    return written;
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
