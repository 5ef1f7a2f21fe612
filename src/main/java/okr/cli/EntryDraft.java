package okr.cli;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import okr.model.EntryKind;
import okr.store.NewEntry;

/**
 * What a person said about one target in a check-in, turned into journal entries. A key result fed
 * by a KPI gets its value as a measurement of that KPI, since that is where its current value is
 * read from; its confidence and notes stay on the key result.
 */
record EntryDraft(
    CheckinTarget target,
    ValueText.Parsed value,
    Integer confidence,
    String progress,
    String plans,
    String problems) {

  boolean isEmpty() {
    return value == null
        && confidence == null
        && blank(progress)
        && blank(plans)
        && blank(problems);
  }

  List<NewEntry> entries(OffsetDateTime at, String by) {
    List<NewEntry> entries = new ArrayList<>();
    Double number = value == null ? null : value.number();
    Boolean done = value == null ? null : value.done();
    String linkedKpi = target.kr() == null ? null : target.kr().kpi();
    if (linkedKpi != null && number != null) {
      entries.add(
          new NewEntry(at, by, EntryKind.KPI, linkedKpi, number, null, null, null, null, null));
      number = null;
    }
    boolean rest =
        number != null
            || done != null
            || confidence != null
            || !blank(progress)
            || !blank(plans)
            || !blank(problems);
    if (rest) {
      entries.add(
          new NewEntry(
              at,
              by,
              target.kind(),
              target.ref(),
              number,
              done,
              confidence,
              nullIfBlank(progress),
              nullIfBlank(plans),
              nullIfBlank(problems)));
    }
    return entries;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String nullIfBlank(String s) {
    return blank(s) ? null : s;
  }
}
