package okr.scoring;

import java.util.ArrayList;
import java.util.List;
import okr.model.JournalEntry;

/** A period's review: the scorecard, the KPIs, and the notes people wrote. */
public record Report(Scorecard card, List<KpiStatus> kpis, boolean closed) {

  /** The newest check-ins of an objective that carry progress, plans or problems. */
  public static List<JournalEntry> highlights(ObjectiveStatus o, int max) {
    List<JournalEntry> notes = new ArrayList<>();
    for (KrStatus kr : o.keyResults()) {
      for (JournalEntry e : kr.checkins()) {
        if (e.progress() != null || e.plans() != null || e.problems() != null) {
          notes.add(e);
        }
      }
    }
    notes.sort(java.util.Comparator.comparing(JournalEntry::at).reversed());
    return notes.subList(0, Math.min(max, notes.size()));
  }

  /** Confidence at each check-in day, oldest first, averaged over the key results. */
  public static List<Point> confidence(ObjectiveStatus o) {
    java.util.TreeMap<java.time.LocalDate, List<Integer>> byDay = new java.util.TreeMap<>();
    for (KrStatus kr : o.keyResults()) {
      for (JournalEntry e : kr.checkins()) {
        if (e.confidence() != null) {
          byDay.computeIfAbsent(e.at().toLocalDate(), d -> new ArrayList<>()).add(e.confidence());
        }
      }
    }
    List<Point> points = new ArrayList<>();
    byDay.forEach(
        (day, values) ->
            points.add(
                new Point(day, values.stream().mapToInt(Integer::intValue).average().orElse(0))));
    return points;
  }

  /**
   * Progress at each update of a key result, for its chart: a milestone's done as 0 or 1, a line's
   * held or broken, a metric's share of the way from baseline to target. Nothing for a metric
   * without a baseline and target apart.
   */
  public static List<Point> progressHistory(KrStatus kr) {
    okr.model.KeyResult k = kr.kr();
    List<Point> points = new ArrayList<>();
    for (Point p : kr.history()) {
      if (k.isMilestone()) {
        points.add(p);
      } else if (k.holdsLine()) {
        points.add(new Point(p.day(), Progress.score(k, p.value())));
      } else if (k.target() != null
          && k.baseline() != null
          && !java.util.Objects.equals(k.baseline(), k.target())) {
        points.add(
            new Point(
                p.day(), Progress.of(k.effectiveDirection(), k.baseline(), k.target(), p.value())));
      }
    }
    return points;
  }
}
