package okr.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/** What a path that is not a plain file is, named for a person: a folder, a link, a pipe… */
public final class SpecialFiles {

  // The file type bits of st_mode (Linux "unix:mode"), for the kinds Java has no test for.
  private static final int TYPE_MASK = 0170000;
  private static final int FIFO = 0010000;
  private static final int SOCKET = 0140000;
  private static final int CHARACTER_DEVICE = 0020000;
  private static final int BLOCK_DEVICE = 0060000;

  private SpecialFiles() {}

  /** Empty for a plain file or nothing at all; else "a folder", "a link", "a pipe"… */
  public static Optional<String> kind(Path path) {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException gone) {
      return Optional.empty();
    }
    if (attributes.isRegularFile()) {
      return Optional.empty();
    }
    if (attributes.isDirectory()) {
      return Optional.of("a folder");
    }
    if (attributes.isSymbolicLink()) {
      return Optional.of("a link");
    }
    return Optional.of(other(path));
  }

  private static String other(Path path) {
    int type;
    try {
      type =
          ((Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS)) & TYPE_MASK;
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException noUnixView) {
      return "a special file";
    }
    return switch (type) {
      case FIFO -> "a pipe";
      case SOCKET -> "a socket";
      case CHARACTER_DEVICE, BLOCK_DEVICE -> "a device";
      default -> "a special file";
    };
  }
}
