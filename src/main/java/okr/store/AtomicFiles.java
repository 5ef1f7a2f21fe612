package okr.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes that never leave a half-written file: new content goes to a temporary file in the same
 * folder, is forced to disk, and is renamed over the old file; then the folder itself is forced, so
 * the rename survives a crash. A symlink is written through to its target, and the target's
 * permissions are kept.
 */
public final class AtomicFiles {

  private AtomicFiles() {}

  /**
   * Replaces {@code file} (or creates it) with {@code content}, atomically; a refused write (disk
   * full, read-only folder) is a {@link WriteFailed} naming {@code file}, which is left as it was.
   */
  public static void replace(Path file, byte[] content) throws IOException {
    replaceAll(Map.of(file, content));
  }

  /**
   * Replaces several files, each atomically; a refused write fails before any file changed. Only a
   * rename failing half-way (it needs no space) could leave some files new and some old; use {@link
   * #replaceAll(Path, Map)} where a kill must not either.
   */
  public static void replaceAll(Map<Path, byte[]> contents) throws IOException {
    List<Staged> staged = new ArrayList<>();
    try {
      for (Map.Entry<Path, byte[]> file : contents.entrySet()) {
        staged.add(stage(file.getKey(), file.getValue(), null));
      }
      for (Staged file : staged) {
        commit(file);
      }
    } finally {
      for (Staged file : staged) {
        Files.deleteIfExists(file.temp());
      }
    }
  }

  /**
   * Replaces files of the workspace at {@code root}, one or several, all or none, whenever the
   * process is killed, and never leaves a temporary file for good: every new content is written and
   * forced to a temporary file beside its target under a {@link WriteIntent} that names them, and
   * only then renamed into place. A killed write is finished or undone by the next okr command
   * ({@link #recover}). Call under the workspace lock.
   */
  public static void replaceAll(Path root, Map<Path, byte[]> contents) throws IOException {
    if (contents.isEmpty()) {
      return;
    }
    String change = Long.toHexString(new java.security.SecureRandom().nextLong() >>> 4);
    List<WriteIntent.Move> moves = new ArrayList<>();
    Path realRoot = root.toRealPath();
    for (Path file : contents.keySet()) {
      Path target = resolveLinks(file);
      refuseOutside(file, target, realRoot);
      moves.add(
          new WriteIntent.Move(
              target.resolveSibling("." + target.getFileName() + "." + change + ".tmp"), target));
    }
    List<Staged> staged = new ArrayList<>();
    boolean committed = false;
    try {
      WriteIntent.write(root, WriteIntent.State.STAGING, moves);
      int i = 0;
      for (Map.Entry<Path, byte[]> file : contents.entrySet()) {
        staged.add(stage(file.getKey(), file.getValue(), moves.get(i++).temp()));
      }
      WriteIntent.write(root, WriteIntent.State.COMMIT, moves);
      committed = true;
      for (Staged file : staged) {
        commit(file);
      }
      WriteIntent.clear(root);
    } catch (IOException | RuntimeException e) {
      if (!committed) {
        for (Staged file : staged) {
          Files.deleteIfExists(file.temp());
        }
        WriteIntent.clear(root);
      }
      // Past the commit point the intent stays: the next okr command finishes the renames.
      throw e;
    }
  }

  /**
   * Finishes or undoes a multi-file write that a killed okr left behind; a no-op when there is
   * none. Call under the workspace lock.
   */
  static boolean recover(Path root) throws IOException {
    return WriteIntent.recover(root);
  }

  /** New content on disk beside the file it will replace. */
  private record Staged(Path file, Path target, Path temp) {}

  /** Writes {@code content} to {@code temp} (a new temporary file when null) beside the target. */
  private static Staged stage(Path file, byte[] content, Path temp) throws IOException {
    try {
      Path target = resolveLinks(file);
      Path dir = target.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Set<PosixFilePermission> permissions = permissionsOf(target);
      Path staged =
          temp != null ? temp : Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
      try {
        if (temp != null) {
          writeNew(staged, content);
        } else {
          writeForced(staged, content);
        }
        try {
          Files.setPosixFilePermissions(
              staged, permissions != null ? permissions : defaultPermissions());
        } catch (UnsupportedOperationException e) {
          // not a POSIX file system: the temporary file's own permissions stand
        }
        return new Staged(file, target, staged);
      } catch (IOException | RuntimeException e) {
        Files.deleteIfExists(staged);
        throw e;
      }
    } catch (WriteFailed e) {
      throw e;
    } catch (IOException e) {
      throw new WriteFailed(file, e);
    }
  }

  private static void commit(Staged file) throws IOException {
    Path dir = file.target().toAbsolutePath().getParent();
    try {
      Files.move(
          file.temp(),
          file.target(),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      throw new WriteFailed(
          file.file(),
          new IOException("this file system cannot replace files atomically: " + dir, e));
    } catch (IOException e) {
      throw new WriteFailed(file.file(), e);
    }
    forceFolder(dir);
  }

  /**
   * Creates a new file with {@code content}; fails if anything is already there, and with {@link
   * WriteFailed} when the system refuses the write.
   */
  public static void create(Path file, byte[] content) throws IOException {
    try {
      createOrThrow(file, content);
    } catch (FileAlreadyExistsException | WriteFailed e) {
      throw e;
    } catch (IOException e) {
      throw new WriteFailed(file, e);
    }
  }

  private static void createOrThrow(Path file, byte[] content) throws IOException {
    if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new FileAlreadyExistsException(file.toString());
    }
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
    try {
      writeForced(temp, content);
      Files.setPosixFilePermissions(temp, defaultPermissions());
      // A hard link fails if the name exists, so a file created meanwhile is never replaced.
      Files.createLink(file, temp);
      forceFolder(dir);
    } catch (UnsupportedOperationException e) {
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
      forceFolder(dir);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Creates {@code file}, which must not exist, with all of {@code content}, forced to disk. */
  static void writeNew(Path file, byte[] content) throws IOException {
    Files.deleteIfExists(file);
    try (FileChannel channel =
        FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      ByteBuffer buffer = ByteBuffer.wrap(content);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(true);
    }
  }

  /** Writes all of {@code content} to {@code temp} and forces it to disk. */
  private static void writeForced(Path temp, byte[] content) throws IOException {
    try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
      ByteBuffer buffer = ByteBuffer.wrap(content);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(true);
    }
  }

  /**
   * Refuses a write whose file really lies outside the workspace: a folder on its way (the journal
   * folder, a month folder) or the file itself linked elsewhere would put a team's entries into
   * another folder or another repository, which the workspace's own history never shows. The loader
   * reports such links and reads nothing through them; the writer must not write through them
   * either.
   */
  private static void refuseOutside(Path file, Path target, Path realRoot) throws IOException {
    Path existing = target.toAbsolutePath().getParent();
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    Path real = existing == null ? null : existing.toRealPath();
    if (real == null || !real.startsWith(realRoot)) {
      throw new WriteFailed(
          file,
          new IOException(
              "it would be written outside the workspace, through a symbolic link to "
                  + real
                  + "; replace the link with a folder inside the workspace"));
    }
  }

  /** Follows a chain of symlinks to the file that is really written, even if it is new. */
  static Path resolveLinks(Path file) throws IOException {
    Path current = file;
    for (int hops = 0; Files.isSymbolicLink(current); hops++) {
      if (hops > 40) {
        throw new IOException("too many levels of symbolic links: " + file);
      }
      Path link = Files.readSymbolicLink(current);
      current = current.toAbsolutePath().getParent().resolve(link).normalize();
    }
    return current;
  }

  private static Set<PosixFilePermission> permissionsOf(Path file) throws IOException {
    if (!Files.exists(file)) {
      return null;
    }
    try {
      return Files.getPosixFilePermissions(file);
    } catch (UnsupportedOperationException e) {
      return null;
    }
  }

  /** rw-r--r-- as for any file a user creates, rather than createTempFile's rw-------. */
  private static Set<PosixFilePermission> defaultPermissions() {
    return java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
  }

  /** Forces a folder's entries to disk; where the platform cannot, there is nothing to do. */
  static void forceFolder(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Windows cannot open folders; its rename is already durable enough for this use.
    }
  }
}
