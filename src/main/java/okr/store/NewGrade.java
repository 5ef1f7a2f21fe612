package okr.store;

import java.time.Clock;
import java.time.OffsetDateTime;
import okr.model.EntryKind;

/** A grade to append when a period is closed. */
public record NewGrade(
    String id,
    OffsetDateTime at,
    String by,
    String period,
    EntryKind kind,
    String ref,
    double score,
    String note)
    implements JournalText {

  public NewGrade(
      OffsetDateTime at,
      String by,
      String period,
      EntryKind kind,
      String ref,
      double score,
      String note) {
    this(EntryIds.next(Clock.systemUTC()), at, by, period, kind, ref, score, note);
  }

  @Override
  public String toYaml() {
    return new FlowLine()
        .word("id", id)
        .time("at", at)
        .name("by", by)
        .word("grade", period)
        .word(kind.key(), ref)
        .number("score", Math.round(score * 100) / 100.0)
        .text("note", note == null || note.isBlank() ? null : note)
        .end();
  }
}
