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
 */
public final class WorkspaceLock implements AutoCloseable {

  static final String DIR = ".okr";
  private static final long WAIT_MILLIS = 10_000;

  private final FileChannel channel;
  private final FileLock lock;

  private WorkspaceLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Completes a write that a killed okr left half-done, if there is one: for commands that only
   * read, so they never see a change half made. Cheap when there is nothing to do.
   */
  public static void recoverIfNeeded(Path root) throws IOException {
    if (Files.exists(WriteIntent.file(root))) {
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
    Path dir = root.resolve(DIR);
    FileChannel channel;
    try {
      Files.createDirectories(dir);
      channel =
          FileChannel.open(
              dir.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new WriteFailed(dir.resolve("lock"), e); // e.g. a read-only workspace
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
          WorkspaceLock held = new WorkspaceLock(channel, lock);
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

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
