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
                + e.reason()
                + "; nothing was written to it");
    return ExitCode.IO_OR_INTERNAL;
  }
}
