package okr.store;

import java.io.IOException;

/**
 * One command's write, all of it under the workspace lock: take the lock, read the workspace again
 * as it is now, let the command check its preconditions (the period not yet closed, the id still
 * free, the file as it was shown) and plan its writes on that reading, then write. Whatever another
 * process wrote before the lock was taken is therefore seen, and nothing can be written between the
 * check and the write. The journal writer and text edits inside take the same lock again, which the
 * holding thread may.
 */
public final class WorkspaceWrite {

  /** What a command does with the workspace read under the lock. */
  public interface Body<T> {
    T run(LoadResult fresh) throws IOException;
  }

  private WorkspaceWrite() {}

  public static <T> T run(WorkspaceLocator.Location location, Body<T> body) throws IOException {
    try (WorkspaceLock lock = WorkspaceLock.acquire(location.root())) {
      return body.run(WorkspaceLoader.load(location));
    }
  }
}
