package okr.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Copies in {@code .okr/edit/} left by an {@code okr edit} that was killed (kill -9, a crash, a
 * closed terminal) before it could apply, keep or discard them. At the start of each {@code okr
 * edit}, a copy untouched for a day whose okr is gone ({@link EditOwner}) is cleared away: removed
 * when its text is that of a goal file of its name (nothing typed is lost), else moved to {@code
 * .okr/rescued/} as an edit with errors would be. A copy an {@code okr edit} still has open is
 * never touched, however old: an editor may stay open for days.
 */
public final class EditLeftovers {

  /** How long a copy must be untouched before it counts as left over. */
  public static final Duration AGE = Duration.ofDays(1);

  private EditLeftovers() {}

  /**
   * Clears the left-over copies of the workspace at {@code root}, whose goal files are {@code
   * goalFiles}, as of {@code now}; returns where the texts that were kept went.
   */
  public static List<Path> clear(Path root, Collection<Path> goalFiles, Instant now)
      throws IOException {
    Path dir = EditCopy.folder(root);
    List<Path> kept = new ArrayList<>();
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      return kept;
    }
    List<Path> copies = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path entry : entries) {
        if (!EditOwner.isOwnerFile(entry.getFileName().toString())) {
          copies.add(entry);
        }
      }
    }
    for (Path copy : copies) {
      if (!leftOver(copy, now)) {
        continue;
      }
      if (!Files.isRegularFile(copy, LinkOption.NOFOLLOW_LINKS)) {
        // A folder, link or pipe an editor left: no text of the person's. (A folder that is not
        // empty stays.)
        try {
          Files.deleteIfExists(copy);
        } catch (java.nio.file.DirectoryNotEmptyException notEmpty) {
          continue;
        }
      } else if (isAGoalFile(Files.readAllBytes(copy), copy.getFileName(), goalFiles)) {
        Files.delete(copy);
      } else {
        kept.add(EditCopy.rescue(root, copy.getFileName().toString(), copy));
      }
      EditOwner.forget(copy);
    }
    return kept;
  }

  private static boolean leftOver(Path copy, Instant now) throws IOException {
    Instant touched = Files.getLastModifiedTime(copy, LinkOption.NOFOLLOW_LINKS).toInstant();
    return touched.plus(AGE).isBefore(now) && !EditOwner.alive(copy);
  }

  /** Whether {@code text} is that of a goal file named as the copy was (its first name). */
  private static boolean isAGoalFile(byte[] text, Path copyName, Collection<Path> goalFiles) {
    for (Path file : goalFiles) {
      try {
        if (EditCopy.mayBeCopyOf(copyName.toString(), file.getFileName().toString())
            && Arrays.equals(Files.readAllBytes(file), text)) {
          return true;
        }
      } catch (IOException unreadable) {
        // not this one
      }
    }
    return false;
  }
}
