package okr.check;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import okr.model.Diagnostic;
import okr.model.EntryKind;
import okr.model.GoalHistory;
import okr.model.JournalEntry;
import okr.model.KeyResult;
import okr.model.Objective;
import okr.model.Period;
import okr.model.Workspace;
import okr.scoring.JournalView;

/** The weekly habit: key results checked in regularly, and falling confidence noticed. */
final class CheckinQualityRules implements WorkspaceRule {

  private final GoalHistory history;
  private final TodaysJournal journal;

  /**
   * @param history when each key result first appeared in a commit: a key result counts as
   *     unchecked from then (or from its period's start, if later), never from before it existed
   * @param journal the journal as of the check's day, grouped by what each entry is about (renames
   *     followed)
   */
  CheckinQualityRules(GoalHistory history, TodaysJournal journal) {
    this.history = history;
    this.journal = journal;
  }

  @Override
  public void check(Workspace ws, LocalDate today, List<Diagnostic> out) {
    int interval = ws.settings().checkinEveryDays();
    JournalView byTarget = journal.view();
    for (Objective o : ws.objectives()) {
      Optional<Period> period = ws.settings().calendar().periodOf(o);
      boolean running = period.map(p -> p.contains(today)).orElse(false);
      for (KeyResult kr : o.keyResults()) {
        String ref = o.id() + "/" + kr.id();
        LocalDate last = null;
        Integer previousConfidence = null;
        List<JournalEntry> relevant = byTarget.entries(EntryKind.KR, ref);
        if (kr.kpi() != null) {
          relevant = new java.util.ArrayList<>(relevant);
          relevant.addAll(byTarget.entries(EntryKind.KPI, kr.kpi()));
          relevant.sort(java.util.Comparator.comparing(JournalEntry::at));
        }
        for (JournalEntry e : relevant) {
          boolean own = e.kind() == EntryKind.KR;
          boolean measured = e.kind() == EntryKind.KPI;
          if (own || measured) {
            last = e.at().toLocalDate();
          }
          if (own && e.confidence() != null) {
            if (previousConfidence != null && previousConfidence - e.confidence() >= 3) {
              out.add(
                  Diagnostic.warning(
                      "confidence-drop",
                      e.spans().at("confidence"),
                      "confidence in `"
                          + ref
                          + "` dropped from "
                          + previousConfidence
                          + " to "
                          + e.confidence()
                          + " on "
                          + e.at().toLocalDate(),
                      "talk about it at the next check-in: what changed, and what would help?"));
            }
            previousConfidence = e.confidence();
          }
        }
        Optional<LocalDate> appeared = history.appeared(ref);
        // With git, a key result no commit holds yet was written just now: nothing is overdue.
        boolean committed = !history.available() || appeared.isPresent();
        if (running && committed) {
          LocalDate since = last != null ? last : period.get().start();
          if (last == null && appeared.isPresent() && appeared.get().isAfter(since)) {
            since = appeared.get();
          }
          long days = ChronoUnit.DAYS.between(since, today);
          if (days > 2L * interval && kr.kpi() == null) {
            out.add(
                Diagnostic.warning(
                    "kr-no-checkin",
                    kr.spans().self(),
                    "`"
                        + ref
                        + "` has had no check-in for "
                        + days
                        + " days"
                        + (last == null ? noneSince(since, period.get().start()) : ""),
                    "check in weekly, even when nothing moved: okr checkin " + ref));
          }
        }
      }
    }
  }

  private static String noneSince(LocalDate since, LocalDate periodStart) {
    return since.equals(periodStart) ? " (none this period)" : " (none since it was added)";
  }
}
