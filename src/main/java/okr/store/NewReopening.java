package okr.store;

import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * A reopening to append: the grades given to {@code period} before it no longer count, so the
 * period can be closed again; they stay in the journal as history.
 */
public record NewReopening(String id, OffsetDateTime at, String by, String period, String note)
    implements JournalText {

  public NewReopening(OffsetDateTime at, String by, String period, String note) {
    this(EntryIds.next(Clock.systemUTC()), at, by, period, note);
  }

  @Override
  public String toYaml() {
    return new FlowLine()
        .word("id", id)
        .time("at", at)
        .name("by", by)
        .word("reopen", period)
        .text("note", note == null || note.isBlank() ? null : note)
        .end();
  }
}
