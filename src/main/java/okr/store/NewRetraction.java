package okr.store;

import java.time.Clock;
import java.time.OffsetDateTime;

/** A retraction to append: the entry {@code retracts} no longer counts, but stays in the file. */
public record NewRetraction(String id, OffsetDateTime at, String by, String retracts)
    implements JournalText {

  public NewRetraction(OffsetDateTime at, String by, String retracts) {
    this(EntryIds.next(Clock.systemUTC()), at, by, retracts);
  }

  @Override
  public String toYaml() {
    return new FlowLine()
        .word("id", id)
        .time("at", at)
        .name("by", by)
        .word("retracts", retracts)
        .end();
  }
}
