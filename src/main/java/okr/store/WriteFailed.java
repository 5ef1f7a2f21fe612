package okr.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A write the system refused: the disk is full, a file-size limit was reached, the folder is
 * read-only. It names the file the person knows (not the temporary file beside it) and the reason
 * in plain words; the file itself is as it was.
 */
public final class WriteFailed extends IOException {

  private final transient Path file;

  WriteFailed(Path file, IOException cause) {
    super(file + ": " + reason(cause), cause);
    this.file = file;
  }

  public Path file() {
    return file;
  }

  /** "no space left on device", "file too large", "permission denied". */
  public String reason() {
    return reason((IOException) getCause());
  }

  private static String reason(IOException cause) {
    String text = IoMessages.describe(cause);
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
