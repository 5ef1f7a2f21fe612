package okr.store;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code git log -z --raw --no-abbrev --format=FORMAT}: each commit's header fields, then one
 * raw record per file it changed (old and new blob, status, path or old and new paths); and the
 * same raw records without a commit from {@code git diff-index -z}. Fields are taken by position
 * between NULs, never by what they look like, so an author named ":100644" or holding a newline
 * cannot pass for a record.
 */
final class GitLog {

  /** The format this parser reads: a marker, the hash, author name and email, commit date. */
  static final String FORMAT = "--format=%x01%H%x00%an%x00%ae%x00%cI";

  /** One file changed by one commit; a blob is null where the file did not exist. */
  record FileChange(
      String hash,
      String author,
      String email,
      OffsetDateTime when,
      char status,
      String oldPath,
      String newPath,
      String oldBlob,
      String newBlob) {}

  private GitLog() {}

  static List<FileChange> parse(byte[] output) {
    String[] tokens = new String(output, StandardCharsets.UTF_8).split("\0", -1);
    List<FileChange> changes = new ArrayList<>();
    int i = 0;
    String hash = null;
    String author = null;
    String email = null;
    OffsetDateTime when = null;
    while (i < tokens.length) {
      String token = stripNewlines(tokens[i++]);
      if (token.isEmpty()) {
        continue;
      }
      if (token.charAt(0) == '\u0001') {
        if (i + 3 > tokens.length) {
          break;
        }
        hash = token.substring(1);
        author = tokens[i++];
        email = tokens[i++];
        when = date(tokens[i++]);
      } else if (token.charAt(0) == ':' && i < tokens.length) {
        // ":100644 100644 OLD NEW M" (or R86, C75 with a score)
        String[] parts = token.substring(1).split(" ");
        if (parts.length < 5) {
          continue;
        }
        char status = parts[4].isEmpty() ? '?' : parts[4].charAt(0);
        String path = tokens[i++];
        String newPath = path;
        if ((status == 'R' || status == 'C') && i < tokens.length) {
          newPath = tokens[i++];
        }
        changes.add(
            new FileChange(
                hash, author, email, when, status, path, newPath, blob(parts[2]), blob(parts[3])));
      }
    }
    return changes;
  }

  private static String blob(String id) {
    return id.isEmpty() || id.chars().allMatch(c -> c == '0') ? null : id;
  }

  private static String stripNewlines(String token) {
    int start = 0;
    while (start < token.length() && token.charAt(start) == '\n') {
      start++;
    }
    return token.substring(start);
  }

  private static OffsetDateTime date(String text) {
    try {
      return OffsetDateTime.parse(text.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
