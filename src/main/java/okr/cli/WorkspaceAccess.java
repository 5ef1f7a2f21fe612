package okr.cli;

import okr.store.LoadResult;
import okr.store.WorkspaceCache;
import okr.store.WorkspaceLoader;
import okr.store.WorkspaceLocator;
import okr.store.WorkspaceLock;

/** Finds and reads the workspace a command runs in. */
final class WorkspaceAccess {

  private WorkspaceAccess() {}

  static LoadResult load(Context ctx, GlobalOptions global) {
    WorkspaceLocator.Location location =
        WorkspaceLocator.locate(ctx.cwd(), global.directory(), ctx.env());
    try {
      // A change to several files that a killed okr left half-done is finished or undone
      // first, so no command ever reads it half made.
      WorkspaceLock.recoverIfNeeded(location.root());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(
          "a change that an earlier okr left half-done could not be completed: " + e.getMessage(),
          e);
    }
    // Reading for a view may take unchanged files from the user's cache of parsed files; a write
    // reads the workspace again under its lock without it (WorkspaceWrite).
    return WorkspaceLoader.load(location, WorkspaceCache.forUser(location.root(), ctx.env()));
  }
}
