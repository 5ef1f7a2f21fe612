package okr.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Appends entries to the journal: {@code checkins/YYYY-MM/PERSON.yaml}, by the month of each entry
 * and the person who made it, one entry a line. Two people therefore never write to the same file,
 * so their clones merge without touching each other's lines (even in an octopus merge, which uses
 * no merge attributes), and the same person's clones merge line by line under the union rule that
 * {@code checkins/.gitattributes} sets. Every byte already in a file stays as it is; the new
 * entries go after them, and the file is replaced atomically under the workspace lock.
 */
public final class JournalWriter {

  /** A person's file in a month is continued in {@code NAME.2.yaml} beyond this size. */
  static final int PART_BYTES = 8 * 1024 * 1024;

  static final String ATTRIBUTES = ".gitattributes";

  /** What {@code checkins/.gitattributes} holds when okr creates it. */
  static final String ATTRIBUTES_TEXT =
      "# Written by okr. Each journal entry is one line with its own id, so when two clones\n"
          + "# added entries to the same file, git keeps the lines of both sides.\n"
          + "*.yaml merge=union\n";

  private static final Set<String> DEVICE_NAMES =
      Set.of(
          "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7",
          "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

  private JournalWriter() {}

  /** Appends all entries, and returns the files written, in order. */
  public static List<Path> append(Path root, List<? extends JournalText> entries)
      throws IOException {
    try (WorkspaceLock lock = WorkspaceLock.acquire(root)) {
      // Entries of several files are written together: all of them, or none.
      Map<Path, byte[]> contents = appendedContents(root, entries);
      AtomicFiles.replaceAll(root, contents);
      List<Path> written = new ArrayList<>(contents.keySet());
      written.removeIf(f -> f.getFileName().toString().equals(ATTRIBUTES));
      return written;
    }
  }

  /**
   * The journal files with {@code entries} appended, and {@code checkins/.gitattributes} when it is
   * missing, to be written together with other files; call under the workspace lock.
   */
  static Map<Path, byte[]> appendedContents(Path root, List<? extends JournalText> entries)
      throws IOException {
    Path dir = root.resolve(WorkspaceLoader.JOURNAL_DIR);
    Map<Path, ByteArrayOutputStream> byFile = new LinkedHashMap<>();
    Map<Path, Long> sizes = new LinkedHashMap<>();
    for (JournalText entry : entries) {
      byte[] line = entry.toYaml().getBytes(StandardCharsets.UTF_8);
      Path file = fileFor(dir.resolve(entry.month()), personFile(entry.by()), line.length, sizes);
      byFile.computeIfAbsent(file, f -> new ByteArrayOutputStream()).writeBytes(line);
    }
    Map<Path, byte[]> contents = new LinkedHashMap<>();
    for (Map.Entry<Path, ByteArrayOutputStream> file : byFile.entrySet()) {
      contents.put(file.getKey(), appended(file.getKey(), file.getValue().toByteArray()));
    }
    Path attributes = dir.resolve(ATTRIBUTES);
    if (!contents.isEmpty() && !Files.exists(attributes, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      contents.put(attributes, ATTRIBUTES_TEXT.getBytes(StandardCharsets.UTF_8));
    }
    return contents;
  }

  /**
   * The file of {@code name} in a month folder that still has room for {@code bytes} more: {@code
   * NAME.yaml}, then {@code NAME.2.yaml} and so on. {@code sizes} tracks what this write adds.
   */
  private static Path fileFor(Path month, String name, int bytes, Map<Path, Long> sizes)
      throws IOException {
    for (int part = 1; ; part++) {
      Path file = month.resolve(part == 1 ? name + ".yaml" : name + "." + part + ".yaml");
      Long size = sizes.get(file);
      if (size == null) {
        size = Files.exists(file) ? Files.size(file) : 0L;
      }
      if (size == 0 || size + bytes <= PART_BYTES) {
        sizes.put(file, size + bytes);
        return file;
      }
      sizes.put(file, size);
    }
  }

  /**
   * The file name of a person: their name as lowercase ASCII letters, digits and dashes ({@code
   * Dana Scully} is {@code dana-scully}); never a name Windows reserves for a device.
   */
  static String personFile(String by) {
    String ascii =
        by == null
            ? ""
            : Normalizer.normalize(by, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() > 40) {
      slug = slug.substring(0, 40).replaceAll("-+$", "");
    }
    if (slug.isEmpty()) {
      return "someone";
    }
    return DEVICE_NAMES.contains(slug) ? slug + "-person" : slug;
  }

  private static byte[] appended(Path file, byte[] lines) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (Files.exists(file)) {
      byte[] old = Files.readAllBytes(file);
      out.write(old);
      if (old.length > 0 && old[old.length - 1] != '\n') {
        out.write('\n');
      }
    }
    out.write(lines);
    return out.toByteArray();
  }
}
