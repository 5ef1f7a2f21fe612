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
}
