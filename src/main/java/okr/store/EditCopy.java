package okr.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * The copy of a goal file that {@code okr edit} hands to an editor, and the places its text goes:
 * the goal file itself once it passes the check, else a rescue file, so the text a person typed is
 * never lost. The copy lives in the workspace's own folder {@code .okr/edit/} (hidden, so never
 * read as a goal file, and git-ignored by {@code okr init}), under the goal file's name so the
 * editor recognises YAML; rescued text goes to {@code .okr/rescued/}. A second name ({@code
 * NAME-2.yaml}) is taken when the first is in use, so two edits never share a copy and no rescue
 * overwrites another.
 */
public final class EditCopy {

  private static final String EDIT_DIR = "edit";
  private static final String RESCUE_DIR = "rescued";

  private final Path root;
  private final Path file;
  private final byte[] original;
  private final Path copy;

  private EditCopy(Path root, Path file, byte[] original, Path copy) {
    this.root = root;
    this.file = file;
    this.original = original;
    this.copy = copy;
  }

  /** Copies {@code file} of the workspace at {@code root} to a fresh copy for the editor. */
  public static EditCopy of(Path root, Path file) throws IOException {
    byte[] original = Files.readAllBytes(file);
    WorkspaceLock.refuseLinkedFolder(root);
    Path dir = folder(root);
    Files.createDirectories(dir);
    String name = file.getFileName().toString();
    for (int n = 1; ; n++) {
      Path copy = dir.resolve(numbered(name, n));
      try {
        createPrivate(copy);
        EditOwner.record(copy);
        Files.write(copy, original, StandardOpenOption.WRITE);
        return new EditCopy(root, file, original, copy);
      } catch (FileAlreadyExistsException taken) {
        // another edit of a file of this name is open, or a killed one left its copy: next name
      }
    }
  }

  /** The folder of the copies, {@code .okr/edit/}. */
  static Path folder(Path root) {
    return root.resolve(WorkspaceLock.DIR).resolve(EDIT_DIR);
  }

  /** Whether a copy named {@code copyName} may have been made of a goal file named {@code name}. */
  static boolean mayBeCopyOf(String copyName, String name) {
    if (copyName.equals(name)) {
      return true;
    }
    int dot = name.lastIndexOf('.');
    String stem = dot <= 0 ? name : name.substring(0, dot);
    String ext = dot <= 0 ? "" : name.substring(dot);
    return copyName.startsWith(stem + "-")
        && copyName.endsWith(ext)
        && copyName.length() > stem.length() + 1 + ext.length()
        && copyName
            .substring(stem.length() + 1, copyName.length() - ext.length())
            .chars()
            .allMatch(c -> c >= '0' && c <= '9');
  }

  /**
   * Creates {@code copy}, failing if it exists, readable by its owner only: the goal file may be
   * private, and `.okr/` of a shared workspace is everyone's.
   */
  private static void createPrivate(Path copy) throws IOException {
    try {
      Files.createFile(
          copy,
          java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
              java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException notPosix) {
      Files.createFile(copy);
    }
  }

  /** The file the editor opens. */
  public Path copy() {
    return copy;
  }

  /** The goal file being edited. */
  public Path file() {
    return file;
  }

  /** What the copy holds now; empty when the editor removed it. */
  public byte[] edited() throws IOException {
    try {
      return Files.readAllBytes(copy);
    } catch (NoSuchFileException removed) {
      return new byte[0];
    }
  }

  /** Whether the copy is a plain file that differs from the goal file as the edit began. */
  public boolean changed() throws IOException {
    return Files.isRegularFile(copy, java.nio.file.LinkOption.NOFOLLOW_LINKS)
        && !Arrays.equals(edited(), original);
  }

  /**
   * What the editor left where the copy was when it is not a plain file ("a folder", "a link", "a
   * pipe"…): okr reads none of them, since a link could point anywhere and a pipe blocks its
   * reader. Empty when the copy is a plain file or gone.
   */
  public java.util.Optional<String> nonFile() {
    return SpecialFiles.kind(copy);
  }

  /**
   * Whether the goal file on disk is still as it was when the edit began; call under the workspace
   * lock, so that nothing can write it between this answer and {@link #apply}.
   */
  public boolean untouchedOnDisk() throws IOException {
    try {
      return Arrays.equals(Files.readAllBytes(file), original);
    } catch (NoSuchFileException removed) {
      return false;
    }
  }

  /**
   * Writes {@code bytes} over the goal file atomically, then removes the copy. Call under the
   * workspace lock, after {@link #untouchedOnDisk}.
   */
  public void apply(byte[] bytes) throws IOException {
    AtomicFiles.replace(file, bytes);
    discard();
  }

  /** Where {@link #rescue} would put the copy now. */
  public Path rescuePath() throws IOException {
    return rescuePath(root, file.getFileName().toString());
  }

  private static Path rescuePath(Path root, String name) {
    Path dir = root.resolve(WorkspaceLock.DIR).resolve(RESCUE_DIR);
    for (int n = 1; ; n++) {
      Path candidate = dir.resolve(numbered(name, n));
      if (!Files.exists(candidate, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        return candidate;
      }
    }
  }

  /**
   * Moves the copy to a rescue file of its own and returns where; a name taken meanwhile is
   * skipped, never overwritten.
   */
  public Path rescue() throws IOException {
    return rescue(root, file.getFileName().toString(), copy);
  }

  /**
   * Moves {@code copy} to a rescue file named after {@code name} in the workspace at {@code root}
   * and returns where, with its owner record gone.
   */
  static Path rescue(Path root, String name, Path copy) throws IOException {
    Files.createDirectories(root.resolve(WorkspaceLock.DIR).resolve(RESCUE_DIR));
    while (true) {
      Path target = rescuePath(root, name);
      try {
        // A hard link fails when the name exists, so a rescue made meanwhile is never replaced
        // (a rename would silently replace it).
        Files.createLink(target, copy);
        Files.delete(copy);
      } catch (FileAlreadyExistsException taken) {
        continue; // another okr rescued a file of this name a moment ago: take the next name
      } catch (UnsupportedOperationException noLinks) {
        Files.move(copy, target);
      }
      AtomicFiles.forceFolder(target.getParent());
      EditOwner.forget(copy);
      return target;
    }
  }

  /** Removes the copy: its text is in the goal file, or the person chose to drop it. */
  public void discard() throws IOException {
    Files.deleteIfExists(copy);
    EditOwner.forget(copy);
  }

  /** {@code name}, then {@code stem-2.ext}, {@code stem-3.ext}… */
  private static String numbered(String name, int n) {
    if (n == 1) {
      return name;
    }
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? name + "-" + n : name.substring(0, dot) + "-" + n + name.substring(dot);
  }
}
