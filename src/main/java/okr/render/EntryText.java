package okr.render;

import okr.model.JournalEntry;

/** A check-in, measurement or note in a few words, as the log and the undo prompt show it. */
public final class EntryText {

  private EntryText() {}

  /** What the entry says: {@code 2800 confidence 7}, {@code done}, or empty for a bare note. */
  public static String what(JournalEntry e) {
    String what =
        e.done() != null
            ? (e.done() ? "done" : "not done")
            : e.value() == null
                ? ""
                : Numbers.format(e.value())
                    + (e.kind() == okr.model.EntryKind.INITIATIVE ? " %" : "");
    if (e.confidence() != null) {
      what += (what.isEmpty() ? "" : "  ") + "confidence " + e.confidence();
    }
    if (e.src() != null) {
      what += (what.isEmpty() ? "" : "  ") + pulled(e);
    }
    return what;
  }

  /** Where a pulled measurement came from: {@code pulled from command}. */
  public static String pulled(JournalEntry e) {
    return e.src() == null ? "" : "pulled from " + e.src().kind();
  }

  /** What it is about and what it says: {@code kr maratona/climb 2800 confidence 7}. */
  public static String summary(JournalEntry e) {
    String what = what(e);
    return e.kind().key() + " " + e.ref() + (what.isEmpty() ? "" : "  " + what);
  }
}
