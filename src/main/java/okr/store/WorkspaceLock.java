package okr.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The workspace's write lock: an operating-system lock on {@code .okr/lock}. The system drops it
 * when its process dies, so a killed okr never leaves a lock that blocks the next one.
 *
 * <p>The thread that holds it may take it again: a command holds it from reading its preconditions
 * to its last write ({@link WorkspaceWrite}), and the writers it calls take it for themselves.
 */
public final class WorkspaceLock implements AutoCloseable {

  static final String DIR = ".okr";
  private static final long WAIT_MILLIS = 10_000;

  /** The locks this process holds, by workspace, and which thread holds each how many times. */
  private static final java.util.Map<Path, Held> HELD = new java.util.HashMap<>();

  private static final class Held {
    final Thread owner = Thread.currentThread();
    int depth = 1;
  }

  private final FileChannel channel;
  private final FileLock lock;
  private final Path key;

  private WorkspaceLock(FileChannel channel, FileLock lock, Path key) {
    this.channel = channel;
    this.lock = lock;
    this.key = key;
  }

  /** Whether this thread holds the lock of the workspace at {@code root}. */
  public static boolean heldByThisThread(Path root) {
    synchronized (HELD) {
      Held held = HELD.get(key(root));
      return held != null && held.owner == Thread.currentThread();
    }
  }

  private static Path key(Path root) {
    return root.toAbsolutePath().normalize();
  }

  /**
   * Completes a write that a killed okr left half-done, if there is one: for commands that only
   * read, so they never see a change half made. Cheap when there is nothing to do.
   */
  public static void recoverIfNeeded(Path root) throws IOException {
    if (WriteIntent.pending(root)) {
      try (WorkspaceLock lock = acquire(root)) {
        // acquire recovered it
      }
    }
  }

  /**
   * Waits up to ten seconds for the lock; another writer holds it only for milliseconds. A write
   * that a killed okr left half-done is finished or undone first.
   */
  public static WorkspaceLock acquire(Path root) throws IOException {
    Path key = key(root);
    synchronized (HELD) {
      Held held = HELD.get(key);
      if (held != null && held.owner == Thread.currentThread()) {
        held.depth++;
        return new WorkspaceLock(null, null, key);
      }
    }
    WorkspaceLock taken = take(root, key);
    synchronized (HELD) {
      HELD.put(key, new Held());
    }
    return taken;
  }

  /**
   * Refuses a {@code .okr/} that is a symbolic link: okr's lock, its write intents and the editor's
   * copies would be made wherever it points, outside the workspace too.
   */
  static void refuseLinkedFolder(Path root) throws IOException {
    Path dir = root.resolve(DIR);
    if (Files.isSymbolicLink(dir)) {
      throw new IOException(
          dir
              + " is a symbolic link; okr keeps its lock and its copies in a plain folder there:"
              + " remove the link and run okr again");
    }
  }

  private static WorkspaceLock take(Path root, Path key) throws IOException {
    Path dir = root.resolve(DIR);
    Path file = dir.resolve("lock");
    FileChannel channel;
    refuseLinkedFolder(root);
    try {
      Files.createDirectories(dir);
      if (Files.isSymbolicLink(file)) {
        // A link would make okr create or lock a file elsewhere, wherever it points.
        throw new IOException(
            "it is a symbolic link; okr's lock is a plain file: remove the link and run okr again");
      }
      boolean created = !Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS);
      channel =
          FileChannel.open(
              file,
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE,
              java.nio.file.LinkOption.NOFOLLOW_LINKS);
      if (created) {
        shareWithEveryone(file);
      }
    } catch (IOException e) {
      throw new WriteFailed(file, e); // e.g. a read-only workspace
    }
    long deadline = System.nanoTime() + WAIT_MILLIS * 1_000_000;
    try {
      while (true) {
        FileLock lock;
        try {
          lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
          lock = null; // held by this process, e.g. another thread
        }
        if (lock != null) {
          WorkspaceLock held = new WorkspaceLock(channel, lock, key);
          try {
            // A write that a killed okr left half-done is finished or undone before anything else.
            WriteIntent.recover(root);
          } catch (IOException | RuntimeException e) {
            held.close();
            throw e;
          }
          return held;
        }
        if (System.nanoTime() > deadline) {
          throw new IOException("another okr process has been writing to this workspace for 10 s");
        }
        Thread.sleep(5);
      }
    } catch (InterruptedException e) {
      channel.close();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for the workspace lock", e);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /**
   * A workspace shared by several people (a folder on a shared disk) needs everyone to be able to
   * take the same lock: the lock file is made writable for all (it holds nothing; only the system
   * lock on it matters). Its folder keeps its permissions: what else is in it is the writer's.
   */
  private static void shareWithEveryone(Path file) {
    try {
      Files.setPosixFilePermissions(
          file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-rw-"));
    } catch (IOException | UnsupportedOperationException e) {
      // not ours to change, or not a POSIX file system: the lock still works for its owner
    }
  }

  @Override
  public void close() throws IOException {
    synchronized (HELD) {
      Held held = HELD.get(key);
      if (held != null && --held.depth > 0) {
        return;
      }
      HELD.remove(key);
    }
    if (lock == null) {
      return;
    }
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
