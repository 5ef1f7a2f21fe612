package okr.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an import in one change: new goal files and the check-ins appended to the journal go to
 * disk together through one write intent, so a refused or killed write leaves neither a goal
 * without its check-ins nor check-ins about a goal that is not there.
 */
public final class ImportWrite {

  private ImportWrite() {}

  /** Writes {@code goalFiles} and appends {@code entries}; call under the workspace lock. */
  public static void write(Path root, Map<Path, String> goalFiles, List<NewEntry> entries)
      throws IOException {
    Map<Path, byte[]> contents = new LinkedHashMap<>();
    goalFiles.forEach((path, text) -> contents.put(path, text.getBytes(StandardCharsets.UTF_8)));
    if (!entries.isEmpty()) {
      contents.putAll(JournalWriter.appendedContents(root, entries));
    }
    for (Path path : goalFiles.keySet()) {
      java.nio.file.Files.createDirectories(path.toAbsolutePath().getParent());
    }
    AtomicFiles.replaceAll(root, contents);
  }

  /**
   * The id of an imported check-in, made from what it says, as for imported measurements: the same
   * row imported again names the same entry, so it is not written twice.
   */
  public static String checkinId(String ref, java.time.OffsetDateTime at, Object value) {
    return okr.model.EntryId.derived(
        JournalReader.fields(
            "import",
            ref,
            at.toInstant(),
            value instanceof Double d ? YamlText.number(d) : String.valueOf(value)),
        1);
  }
}
