package okr.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The text of every file read, for diagnostics that quote a line. A file on disk is not held: a
 * hash of its bytes is, and the file is read again when a line of it is quoted, and quoted only if
 * its bytes still hash the same. Holding the text of a 10,000-file workspace cost more memory than
 * the model made from it. A line is cut from the bytes and only it is decoded: the whole file was
 * decoded and checked when it was read, and line breaks are single ASCII bytes in UTF-8, so a line
 * decodes on its own exactly as it did within the file. Texts that exist only in memory (files
 * {@code okr new} plans) are held.
 */
final class SourceTexts {

  /** A few files' contents and line starts, for the diagnostics of one file printed together. */
  private static final int RECENT = 16;

  private final Map<Path, String> held = new ConcurrentHashMap<>();
  private final Map<Path, Integer> hashes = new ConcurrentHashMap<>();

  /** Guarded by itself; files are read and their lines found outside the lock. */
  private final Map<Path, Lines> recent =
      new LinkedHashMap<>(RECENT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, Lines> eldest) {
          return size() > RECENT;
        }
      };

  /** A file's content, as text or as UTF-8 bytes, with where each of its lines starts in it. */
  private record Lines(String text, byte[] bytes, int[] starts) {

    int count() {
      return starts.length;
    }

    String line(int line) {
      int start = starts[line - 1];
      int end = start;
      if (text != null) {
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
          end++;
        }
        return text.substring(start, end);
      }
      while (end < bytes.length && bytes[end] != '\n' && bytes[end] != '\r') {
        end++;
      }
      return new String(bytes, start, end - start, StandardCharsets.UTF_8);
    }
  }

  /**
   * A file on disk, by the hash of its bytes ({@link Arrays#hashCode(byte[])}), whether read now or
   * taken from the cache: its lines are quoted from a fresh read only while that read has this
   * hash.
   */
  void onDisk(Path file, int bytesHash) {
    hashes.put(file, bytesHash);
  }

  void inMemory(Path file, String text) {
    held.put(file, text);
  }

  boolean contains(Path file) {
    return held.containsKey(file) || hashes.containsKey(file);
  }

  /** The given line of a file (1-based), without its line ending. */
  Optional<String> line(Path file, int line) {
    if (line < 1) {
      return Optional.empty();
    }
    Lines lines;
    synchronized (recent) {
      lines = recent.get(file);
    }
    if (lines == null) {
      lines = lines(file);
      if (lines == null) {
        return Optional.empty();
      }
      synchronized (recent) {
        recent.put(file, lines);
      }
    }
    if (line > lines.count()) {
      return Optional.empty();
    }
    return Optional.of(lines.line(line));
  }

  private Lines lines(Path file) {
    String text = held.get(file);
    if (text != null) {
      return new Lines(text, null, lineStarts(text));
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
      byte[] bytes = Files.readAllBytes(file);
      // Changed since it was read: its lines no longer match what the diagnostics point at.
      if (Arrays.hashCode(bytes) != hash) {
        return null;
      }
      return new Lines(null, bytes, lineStarts(bytes));
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
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, count);
  }

  /**
   * The byte offset of each line's first character in UTF-8 bytes, as {@link #lineStarts(String)}
   * counts them in the decoded text; a byte-order mark, which decoding drops, is before line 1.
   */
  static int[] lineStarts(byte[] bytes) {
    int[] starts = new int[16];
    int count = 0;
    starts[count++] = SourceText.hasByteOrderMark(bytes) ? 3 : 0;
    for (int i = starts[0]; i < bytes.length; i++) {
      byte c = bytes[i];
      if (c == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n') {
        i++;
      }
      if (c == '\r' || c == '\n') {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, count);
  }
}
