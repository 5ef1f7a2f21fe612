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

/** The weekly habit: key results checked in regularly, and falling confidence noticed. */
final class CheckinQualityRules implements WorkspaceRule {

  private final GoalHistory history;

  /**
   * @param history when each key result first appeared in a commit: a key result counts as
   *     unchecked from then (or from its period's start, if later), never from before it existed
   */
  CheckinQualityRules(GoalHistory history) {
    this.history = history;
  }

  @Override
  public void check(Workspace ws, LocalDate today, List<Diagnostic> out) {
    int interval = ws.settings().checkinEveryDays();
    // One pass over the journal, grouped by what each entry is about (renames followed).
    java.util.Map<String, List<JournalEntry>> byTarget = new java.util.HashMap<>();
    for (JournalEntry e : ws.journal()) {
      if (!e.at().toLocalDate().isAfter(today)) {
        byTarget
            .computeIfAbsent(
                e.kind().key() + ":" + ws.currentOf(e), k -> new java.util.ArrayList<>())
            .add(e);
      }
    }
    for (Objective o : ws.objectives()) {
      Optional<Period> period = ws.settings().calendar().periodOf(o);
      boolean running = period.map(p -> p.contains(today)).orElse(false);
      for (KeyResult kr : o.keyResults()) {
        String ref = o.id() + "/" + kr.id();
        LocalDate last = null;
        Integer previousConfidence = null;
        List<JournalEntry> relevant =
            new java.util.ArrayList<>(byTarget.getOrDefault("kr:" + ref, List.of()));
        if (kr.kpi() != null) {
          relevant.addAll(byTarget.getOrDefault("kpi:" + kr.kpi(), List.of()));
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
