package okr.store;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import okr.model.EntryKind;

/**
 * A separate process for the concurrency and crash tests: appends entries one by one, each its own
 * locked, atomic append, and reports each one on stdout after it returned, as a command that exited
 * 0 would.
 */
public final class JournalAppender {

  private JournalAppender() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]);
    String writer = args[1];
    int start = Integer.parseInt(args[2]);
    int count = Integer.parseInt(args[3]);
    OffsetDateTime at = OffsetDateTime.parse("2026-11-20T12:00:00+01:00");
    for (int i = start; i < start + count; i++) {
      NewEntry entry =
          new NewEntry(
              at.plusSeconds(i),
              writer,
              EntryKind.GOAL,
              "g",
              (double) i,
              null,
              5,
              "entry-" + i,
              null,
              null);
      JournalWriter.append(root, List.of(entry));
      System.out.println("ok " + i);
      System.out.flush();
    }
  }
}
