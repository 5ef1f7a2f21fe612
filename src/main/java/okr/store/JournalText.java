package okr.store;

import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * Something appended to the journal: one line, a YAML flow mapping that starts with its own id.
 * Each entry is whole on its line, so a line-wise merge (git's union merge, a rebase, a
 * cherry-pick) can keep or drop an entry but never fuse two into one.
 */
public interface JournalText {

  /** The entry's id (an {@link okr.model.EntryId}), unique in the workspace. */
  String id();

  OffsetDateTime at();

  /** Who made the entry: its file is theirs, so two people never write to the same file. */
  String by();

  /** The entry as one line of the journal, ending with a newline. */
  String toYaml();

  /** The folder of the month the entry belongs to, by its own time stamp: {@code 2026-11}. */
  default String month() {
    return String.format(Locale.ROOT, "%04d-%02d", at().getYear(), at().getMonthValue());
  }
}
