package okr.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Standard output that remembers why a write failed. A PrintStream swallows the IOException and
 * only sets a flag, so without this a full disk ({@code okr status >/dev/full}) would end in exit 0
 * with nothing written and no word said.
 */
public final class WatchedOutput extends FilterOutputStream {

  private IOException failure;

  public WatchedOutput(OutputStream out) {
    super(out);
  }

  /** The first write or flush that failed, or null. */
  public IOException failure() {
    return failure;
  }

  @Override
  public void write(int b) throws IOException {
    try {
      out.write(b);
    } catch (IOException e) {
      throw remember(e);
    }
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      throw remember(e);
    }
  }

  @Override
  public void flush() throws IOException {
    try {
      out.flush();
    } catch (IOException e) {
      throw remember(e);
    }
  }

  private IOException remember(IOException e) {
    if (failure == null) {
      failure = e;
    }
    return e;
  }

  /**
   * The exit code and message for output that could not be written: a reader that went away (
   * {@code okr log | head -1}) ends okr quietly with 141, as SIGPIPE ends cat, grep or git; any
   * other failure is an I/O error, exit 3 with one line.
   *
   * @return {@code null} when all output was written
   */
  public static Outcome outcome(IOException failure, boolean flagged) {
    if (failure == null && !flagged) {
      return null;
    }
    String reason = failure == null ? "" : okr.store.IoMessages.describe(failure).strip();
    if (reason.equalsIgnoreCase("broken pipe")) {
      return new Outcome(ExitCode.BROKEN_PIPE, null);
    }
    if (reason.isEmpty()) {
      reason = "the write failed";
    }
    return new Outcome(
        ExitCode.IO_OR_INTERNAL,
        "okr: cannot write standard output: "
            + Character.toLowerCase(reason.charAt(0))
            + reason.substring(1));
  }

  /** How okr ends when its output failed: the exit code, and a line for stderr (or none). */
  public record Outcome(int exit, String message) {}
}
