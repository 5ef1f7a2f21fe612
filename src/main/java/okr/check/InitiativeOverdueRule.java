package okr.check;

import java.time.LocalDate;
import java.util.List;
import okr.model.Diagnostic;
import okr.model.Objective;
import okr.model.Period;
import okr.model.Workspace;
import okr.scoring.InitiativeProgress;
import okr.scoring.Initiatives;
import okr.scoring.JournalView;

/**
 * A reminder: an initiative past its {@code due:} day, neither done nor dropped, while its
 * objective's period runs. After the period it is history (a rollover carries open initiatives).
 */
final class InitiativeOverdueRule implements WorkspaceRule {

  private final TodaysJournal todays;

  InitiativeOverdueRule(TodaysJournal todays) {
    this.todays = todays;
  }

  @Override
  public void check(Workspace ws, LocalDate today, List<Diagnostic> out) {
    JournalView journal = null;
    for (Objective o : ws.objectives()) {
      if (o.initiatives().stream().allMatch(i -> i.due() == null)) {
        continue;
      }
      Period period = ws.settings().calendar().periodOf(o).orElse(null);
      if (period == null || today.isAfter(period.end())) {
        continue;
      }
      if (journal == null) {
        journal = todays.view();
      }
      for (InitiativeProgress p : Initiatives.of(o, journal, today)) {
        if (p.overdue()) {
          out.add(overdue(o, p));
        }
      }
    }
  }

  private static Diagnostic overdue(Objective o, InitiativeProgress p) {
    String name =
        p.ref() != null
            ? "`" + p.ref() + "`"
            : "the initiative \"" + p.initiative().title() + "\" of `" + o.id() + "`";
    String progress =
        p.progress() == null
            ? "no progress recorded"
            : okr.model.Bound.plain(p.progress()) + " % done";
    String howDone =
        p.ref() != null
            ? "check in its progress (`okr checkin " + p.ref() + " --value 100` when it is done)"
            : "write its `progress:` (or `done: true`)";
    return Diagnostic.warning(
        "initiative-overdue",
        p.initiative().spans().at("due"),
        name
            + " was due "
            + p.initiative().due()
            + ", "
            + p.daysOverdue()
            + (p.daysOverdue() == 1 ? " day" : " days")
            + " ago, and is not done ("
            + progress
            + ")",
        howDone + ", mark it `status: dropped`, or move its `due:`");
  }
}
