package okr.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Which okr process an edit copy in {@code .okr/edit/} belongs to: a small file beside it ({@code
 * .NAME.owner}) holding the process id and the time it started, so that a copy left by an okr that
 * was killed can be told from one an {@code okr edit} still has open, even once the process id is
 * used again by another program.
 */
final class EditOwner {

  private EditOwner() {}

  /** The owner file of {@code copy}. */
  static Path of(Path copy) {
    return copy.resolveSibling("." + copy.getFileName() + ".owner");
  }

  /** Whether {@code name} in {@code .okr/edit/} is an owner file rather than a copy. */
  static boolean isOwnerFile(String name) {
    return name.startsWith(".") && name.endsWith(".owner");
  }

  /** Records this process as the owner of {@code copy}. */
  static void record(Path copy) throws IOException {
    ProcessHandle self = ProcessHandle.current();
    AtomicFiles.replace(of(copy), describe(self).getBytes(StandardCharsets.UTF_8));
  }

  /** Removes the record of {@code copy}'s owner. */
  static void forget(Path copy) throws IOException {
    Files.deleteIfExists(of(copy));
  }

  /**
   * Whether the okr that made {@code copy} may still be running: its process exists and started
   * when the recorded one did. A copy with no record (made by an older okr) has no live owner.
   */
  static boolean alive(Path copy) {
    String recorded;
    try {
      recorded = Files.readString(of(copy), StandardCharsets.UTF_8).strip();
    } catch (IOException | java.io.UncheckedIOException e) {
      return false;
    }
    int space = recorded.indexOf(' ');
    long pid;
    try {
      pid = Long.parseLong(space < 0 ? recorded : recorded.substring(0, space));
    } catch (NumberFormatException e) {
      return false;
    }
    Optional<ProcessHandle> process = ProcessHandle.of(pid);
    // An unknown start time (the system does not say) counts as the same process: kept.
    return process.isPresent()
        && (space < 0
            || process.get().info().startInstant().isEmpty()
            || describe(process.get()).equals(recorded));
  }

  private static String describe(ProcessHandle process) {
    return process.pid()
        + process.info().startInstant().map(start -> " " + start.toEpochMilli()).orElse("");
  }
}
