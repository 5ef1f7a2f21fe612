package okr.store;

import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * A rename to append: entries made before it that name {@code from} count for {@code to} from now
 * on.
 */
public record NewRename(String id, OffsetDateTime at, String by, String from, String to)
    implements JournalText {

  public NewRename(OffsetDateTime at, String by, String from, String to) {
    this(EntryIds.next(Clock.systemUTC()), at, by, from, to);
  }

  @Override
  public String toYaml() {
    return new FlowLine()
        .word("id", id)
        .time("at", at)
        .name("by", by)
        .word("renamed", from)
        .word("to", to)
        .end();
  }
}
