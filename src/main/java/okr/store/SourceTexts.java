package okr.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The text of every file read, for diagnostics that quote a line. A file on disk is not held: its
 * text's hash is, and the file is read again when a line of it is quoted, and quoted only if it
 * still reads the same. Holding the text of a 10,000-file workspace cost more memory than the model
 * made from it. Texts that exist only in memory (files {@code okr new} plans) are held.
 */
final class SourceTexts {

  /** A few files' texts and line starts, for the diagnostics of one file printed together. */
  private static final int RECENT = 16;

  private final Map<Path, String> held = new ConcurrentHashMap<>();
  private final Map<Path, Integer> hashes = new ConcurrentHashMap<>();

  private final Map<Path, Lines> recent =
      new LinkedHashMap<>(RECENT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, Lines> eldest) {
          return size() > RECENT;
        }
      };

  /** A text with where each of its lines starts. */
  private record Lines(String text, int[] starts) {}

  void onDisk(Path file, String text) {
    onDisk(file, text.hashCode());
  }

  /** A file on disk whose text (its hash known) was not read this time: it came from the cache. */
  void onDisk(Path file, int textHash) {
    hashes.put(file, textHash);
  }

  void inMemory(Path file, String text) {
    held.put(file, text);
  }

  boolean contains(Path file) {
    return held.containsKey(file) || hashes.containsKey(file);
  }

  /** The given line of a file (1-based), without its line ending. */
  synchronized Optional<String> line(Path file, int line) {
    if (line < 1) {
      return Optional.empty();
    }
    Lines lines = recent.get(file);
    if (lines == null) {
      String text = text(file);
      if (text == null) {
        return Optional.empty();
      }
      lines = new Lines(text, lineStarts(text));
      recent.put(file, lines);
    }
    if (line > lines.starts().length) {
      return Optional.empty();
    }
    String text = lines.text();
    int start = lines.starts()[line - 1];
    int end = start;
    while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
      end++;
    }
    return Optional.of(text.substring(start, end));
  }

  private String text(Path file) {
    String text = held.get(file);
    if (text != null) {
      return text;
    }
    Integer hash = hashes.get(file);
    if (hash == null) {
      return null;
    }
    try {
      // Whatever took the file's place since (a huge file, a pipe) is not read.
      if (!Files.isRegularFile(file) || Files.size(file) > SourceText.MAX_JOURNAL_BYTES) {
        return null;
      }
      String again = SourceText.decode(file, Files.readAllBytes(file), new ArrayList<>());
      // Changed since it was read: its lines no longer match what the diagnostics point at.
      return again != null && again.hashCode() == hash ? again : null;
    } catch (IOException | SecurityException e) {
      return null;
    }
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
