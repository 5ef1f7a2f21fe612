package okr.store;

import java.time.OffsetDateTime;

/** Something appended to the journal: it knows its time (hence its month) and its text. */
public interface JournalText {

  OffsetDateTime at();

  /** The entry as YAML text, in the journal's format, ending with a newline. */
  String toYaml();

  /** The journal file this entry belongs in: the month of its time stamp. */
  default String monthFile() {
    return String.format("%04d-%02d.yaml", at().getYear(), at().getMonthValue());
  }
}
