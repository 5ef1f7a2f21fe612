package okr.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The block okr keeps in a repository's CODEOWNERS file, between two marker lines; everything
 * outside the markers is left as it was. The file is replaced atomically, never half-written.
 */
public final class CodeownersFile {

  public static final String BEGIN = "# BEGIN okr codeowners (written by `okr codeowners --write`)";
  public static final String END = "# END okr codeowners";

  private CodeownersFile() {}

  /**
   * The file GitHub reads: .github/CODEOWNERS, CODEOWNERS or docs/CODEOWNERS, the first present.
   */
  public static Path locate(Path top) {
    for (String name : List.of(".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS")) {
      if (Files.isRegularFile(top.resolve(name))) {
        return top.resolve(name);
      }
    }
    return top.resolve(".github/CODEOWNERS");
  }

  /**
   * {@code existing} with its okr block replaced by {@code block} (which holds the markers), or
   * with the block appended when it has none. Only the first block is replaced.
   */
  public static String merged(String existing, String block) {
    String text = existing.replace("\r\n", "\n");
    int begin = lineStart(text, BEGIN);
    int end = begin < 0 ? -1 : text.indexOf("\n" + END, begin);
    if (begin >= 0 && end >= 0) {
      int after = text.indexOf('\n', end + 1);
      String rest = after < 0 ? "" : text.substring(after + 1);
      return text.substring(0, begin) + block + rest;
    }
    if (text.isEmpty()) {
      return block;
    }
    return text + (text.endsWith("\n") ? "\n" : "\n\n") + block;
  }

  private static int lineStart(String text, String line) {
    if (text.startsWith(line)) {
      return 0;
    }
    int at = text.indexOf("\n" + line);
    return at < 0 ? -1 : at + 1;
  }

  /**
   * Writes the block into the file, creating it (and its folder) if needed; returns true if it
   * changed.
   */
  public static boolean write(Path file, String block) throws IOException {
    String existing =
        Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    String merged = merged(existing, block);
    if (merged.equals(existing)) {
      return false;
    }
    Files.createDirectories(file.getParent());
    AtomicFiles.replace(file, merged.getBytes(StandardCharsets.UTF_8));
    return true;
  }
}
