package okr.store;

import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The write-ahead intent of a change to several files, {@code .okr/intent}: which temporary file
 * becomes which file. It is written before the first temporary file ({@code staging}), written
 * again once every temporary file is on disk ({@code commit}, the point after which the change
 * happens), and deleted when every file is in place. A command killed at any moment leaves either
 * no intent, a staging intent (the next command deletes its temporary files: nothing changed), or a
 * commit intent (the next command finishes the renames: everything changed), as git's lock files
 * and SQLite's journal do.
 */
final class WriteIntent {

  static final String FILE = "intent";
  private static final String HEADER = "okr-intent 1 ";

  enum State {
    STAGING,
    COMMIT
  }

  /** One file of the change: its temporary file and where it goes. */
  record Move(Path temp, Path target) {}

  private WriteIntent() {}

  static Path file(Path root) {
    return root.resolve(WorkspaceLock.DIR).resolve(FILE);
  }

  /**
   * Whether a killed okr left an intent, or the temporary file of one it was writing when it died,
   * for the next command to deal with.
   */
  static boolean pending(Path root) {
    Path file = file(root);
    return Files.exists(file) || Files.exists(file.resolveSibling(FILE + ".tmp"));
  }

  /** Records the intent, durably, replacing any earlier state of it. */
  static void write(Path root, State state, List<Move> moves) throws IOException {
    StringBuilder text =
        new StringBuilder(HEADER)
            .append(state.name().toLowerCase(java.util.Locale.ROOT))
            .append('\n');
    for (Move move : moves) {
      text.append(encode(move.temp())).append(' ').append(encode(move.target())).append('\n');
    }
    Path file = file(root);
    Path temp = file.resolveSibling(FILE + ".tmp");
    try {
      Files.createDirectories(file.getParent());
      AtomicFiles.writeNew(temp, text.toString().getBytes(StandardCharsets.UTF_8));
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      AtomicFiles.forceFolder(file.getParent());
    } catch (WriteFailed e) {
      throw e;
    } catch (IOException e) {
      // A full disk refuses the intent before any goal file is touched: say so, naming the
      // file, rather than as an internal error; the half-written intent is not an intent.
      try {
        Files.deleteIfExists(temp);
      } catch (IOException cleanup) {
        e.addSuppressed(cleanup); // recover() deals with a temporary intent left behind
      }
      throw new WriteFailed(file, e);
    }
  }

  /** Forgets the intent once the change is complete or undone. */
  static void clear(Path root) throws IOException {
    Files.deleteIfExists(file(root));
    Files.deleteIfExists(file(root).resolveSibling(FILE + ".tmp"));
    AtomicFiles.forceFolder(file(root).getParent());
  }

  /**
   * Completes or undoes a change that a killed command left half-done; call under the workspace
   * lock. Returns whether there was one.
   */
  static boolean recover(Path root) throws IOException {
    Path file = file(root);
    Files.deleteIfExists(file.resolveSibling(FILE + ".tmp"));
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return false;
    }
    if (lines.isEmpty() || !lines.get(0).startsWith(HEADER)) {
      throw new IOException(
          file + " is not an okr write intent; move it away if you made it, and run okr again");
    }
    State state =
        State.valueOf(lines.get(0).substring(HEADER.length()).toUpperCase(java.util.Locale.ROOT));
    List<Move> moves = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      int space = line.indexOf(' ');
      Move move = new Move(decode(line.substring(0, space)), decode(line.substring(space + 1)));
      if (!plausible(move)) {
        throw new IOException(
            file
                + " names "
                + move.target()
                + ", which okr would never write that way; remove the file if you did not"
                + " expect it, and run okr again");
      }
      moves.add(move);
    }
    for (Move move : moves) {
      if (state == State.COMMIT) {
        if (Files.exists(move.temp())) {
          Files.move(
              move.temp(),
              move.target(),
              StandardCopyOption.ATOMIC_MOVE,
              StandardCopyOption.REPLACE_EXISTING);
          AtomicFiles.forceFolder(move.target().toAbsolutePath().getParent());
        }
      } else {
        Files.deleteIfExists(move.temp());
      }
    }
    clear(root);
    return true;
  }

  /**
   * Whether a move is one okr makes: a temporary file named after its target, in the same folder.
   * An intent is trusted only that far, so a file planted in {@code .okr/} cannot make okr rename
   * anything over anything.
   */
  private static boolean plausible(Move move) {
    Path temp = move.temp().normalize();
    Path target = move.target().normalize();
    if (temp.getParent() == null || !temp.getParent().equals(target.getParent())) {
      return false;
    }
    String name = temp.getFileName().toString();
    String prefix = "." + target.getFileName() + ".";
    return name.startsWith(prefix)
        && name.endsWith(".tmp")
        && name.substring(prefix.length(), name.length() - ".tmp".length()).matches("[0-9a-f]+");
  }

  private static String encode(Path path) {
    return URLEncoder.encode(path.toAbsolutePath().toString(), StandardCharsets.UTF_8);
  }

  private static Path decode(String text) {
    return Path.of(URLDecoder.decode(text, StandardCharsets.UTF_8));
  }
}
