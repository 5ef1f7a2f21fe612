package okr.cli;

import okr.store.LoadResult;
import okr.store.WorkspaceLoader;
import okr.store.WorkspaceLocator;

/** Finds and reads the workspace a command runs in. */
final class WorkspaceAccess {

  private WorkspaceAccess() {}

  static LoadResult load(Context ctx, GlobalOptions global) {
    WorkspaceLocator.Location location =
        WorkspaceLocator.locate(ctx.cwd(), global.directory(), ctx.env());
    return WorkspaceLoader.load(location);
  }
}
