package okr.cli;

import okr.render.PathDisplay;
import okr.store.WriteFailed;

/**
 * A write the system refused (disk full, read-only folder) is not an internal error: one line names
 * the file and the reason, and the command exits 3 with the file as it was.
 */
final class WriteFailure {

  private WriteFailure() {}

  static int report(Context ctx, WriteFailed e) {
    ctx.err()
        .println(
            "okr: cannot write "
                + new PathDisplay(ctx.cwd()).show(e.file())
                + ": "
                + okr.render.TerminalText.sanitize(e.reason())
                + "; nothing was written to it");
    return ExitCode.IO_OR_INTERNAL;
  }

  /**
   * The workspace lock (store/WorkspaceLock) gives up after waiting ten seconds with a plain
   * IOException saying so; that is a busy workspace, not an internal error. Told apart by its
   * words, the only thing the lock gives to tell it by.
   */
  static boolean isLockTimeout(Throwable e) {
    return e.getClass() == java.io.IOException.class
        && e.getMessage() != null
        && e.getMessage().startsWith("another okr process has been writing");
  }

  static int lockTimeout(Context ctx) {
    ctx.err().println("okr: another okr is writing here; nothing was written, try again");
    return ExitCode.IO_OR_INTERNAL;
  }
}
