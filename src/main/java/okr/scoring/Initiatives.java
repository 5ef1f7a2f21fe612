package okr.scoring;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import okr.model.EntryKind;
import okr.model.Initiative;
import okr.model.InitiativeStatus;
import okr.model.JournalEntry;
import okr.model.Objective;
import okr.model.Ref;

/**
 * The progress of an objective's initiatives on a day: the latest check-in, else what the file
 * says. One place decides "done" and "overdue" for every view and for {@code okr check}.
 */
public final class Initiatives {

  private Initiatives() {}

  /** Every initiative of {@code o}, in file order, as of {@code asOf}. */
  public static List<InitiativeProgress> of(Objective o, JournalView journal, LocalDate asOf) {
    List<InitiativeProgress> all = new ArrayList<>();
    for (Initiative i : o.initiatives()) {
      all.add(of(o, i, journal, asOf));
    }
    return all;
  }

  /** One initiative of {@code o}; an initiative without an id has no check-ins. */
  public static InitiativeProgress of(
      Objective o, Initiative i, JournalView journal, LocalDate asOf) {
    String ref = i.id() == null ? null : Ref.of(o.id(), i.id()).toString();
    List<JournalEntry> checkins =
        ref == null ? List.of() : journal.entries(EntryKind.INITIATIVE, ref);
    Double latest = null;
    for (JournalEntry e : checkins) {
      if (e.value() != null) {
        latest = e.value();
      }
    }
    Double progress = latest != null ? latest : i.progress();
    if (progress == null && i.done()) {
      progress = 100.0;
    }
    boolean done = i.done() || progress != null && progress >= 100;
    boolean overdue =
        i.due() != null && asOf.isAfter(i.due()) && !done && i.status() != InitiativeStatus.DROPPED;
    long daysOverdue = overdue ? ChronoUnit.DAYS.between(i.due(), asOf) : 0;
    return new InitiativeProgress(
        i, ref, progress, latest != null, done, overdue, daysOverdue, checkins);
  }
}
