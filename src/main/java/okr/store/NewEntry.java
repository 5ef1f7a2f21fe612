package okr.store;

import java.time.Clock;
import java.time.OffsetDateTime;
import okr.model.EntryKind;

/**
 * A journal entry to append: a check-in, a KPI measurement or an objective note. Numbers and
 * booleans are typed; all free text is written so that it reads back identically.
 */
public record NewEntry(
    String id,
    OffsetDateTime at,
    String by,
    EntryKind kind,
    String ref,
    Double value,
    Boolean done,
    Integer confidence,
    String progress,
    String plans,
    String problems)
    implements JournalText {

  /** An entry with a new id, written now by the system clock. */
  public NewEntry(
      OffsetDateTime at,
      String by,
      EntryKind kind,
      String ref,
      Double value,
      Boolean done,
      Integer confidence,
      String progress,
      String plans,
      String problems) {
    this(
        EntryIds.next(Clock.systemUTC()),
        at,
        by,
        kind,
        ref,
        value,
        done,
        confidence,
        progress,
        plans,
        problems);
  }

  /** The same entry with the id {@code id}: for entries made on a given clock. */
  public NewEntry withId(String id) {
    return new NewEntry(id, at, by, kind, ref, value, done, confidence, progress, plans, problems);
  }

  @Override
  public String toYaml() {
    return line().end();
  }

  /** The entry's line before it is closed, for entries that add keys of their own. */
  FlowLine line() {
    return new FlowLine()
        .word("id", id)
        .time("at", at)
        .name("by", by)
        .word(kind.key(), ref)
        .bool("value", done)
        .number("value", done == null ? value : null)
        .integer("confidence", confidence)
        .text("progress", progress)
        .text("plans", plans)
        .text("problems", problems);
  }
}
