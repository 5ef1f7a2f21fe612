package okr.scoring;

import java.util.ArrayList;
import java.util.List;
import okr.model.JournalEntry;

/**
 * A period's review: the scorecard, the KPIs, the SMART goals due in it, the notes people wrote,
 * the grades given when it was closed, and the grades of the periods before.
 *
 * @param grades the grades of this period with the id each is about today, in journal order
 * @param currentRefs what each check-in of the scorecard is about today, by entry id: notes cite a
 *     key result by the id it has now, not the one it had when written
 * @param initiatives each objective's initiatives as of the review's day, by objective id, the same
 *     computation {@code okr show} makes ({@link Initiatives})
 */
public record Report(
    Scorecard card,
    List<KpiStatus> kpis,
    boolean closed,
    List<GoalStatus> goals,
    List<ClosingNote> grades,
    java.util.Map<String, String> currentRefs,
    GradeHistory history,
    java.util.Map<String, List<InitiativeProgress>> initiatives) {

  /** A grade given when the period was closed, about {@code ref} as it is called today. */
  public record ClosingNote(String ref, okr.model.Grade grade) {}

  /** The review of {@code card}'s period in {@code ws}. */
  public static Report of(
      okr.model.Workspace ws,
      Scorecard card,
      List<KpiStatus> kpis,
      List<GoalStatus> goals,
      boolean closed,
      JournalView journal) {
    java.util.Map<String, String> refs = new java.util.HashMap<>();
    for (ObjectiveStatus o : card.objectives()) {
      for (KrStatus kr : o.keyResults()) {
        for (JournalEntry e : kr.checkins()) {
          refs.put(e.id(), ws.currentOf(e));
        }
      }
    }
    List<ClosingNote> grades = new ArrayList<>();
    for (okr.model.Grade g : ws.gradesOf(card.period().label())) {
      grades.add(new ClosingNote(ws.currentOf(g), g));
    }
    java.util.Map<String, List<InitiativeProgress>> work = new java.util.HashMap<>();
    for (ObjectiveStatus o : card.objectives()) {
      work.put(o.objective().id(), Initiatives.of(o.objective(), journal, card.asOf()));
    }
    return new Report(card, kpis, closed, goals, grades, refs, GradeHistory.of(ws), work);
  }

  /** The initiatives of an objective of the review, in file order. */
  public List<InitiativeProgress> initiatives(ObjectiveStatus o) {
    return initiatives.getOrDefault(o.objective().id(), List.of());
  }

  /** What a check-in is about today. */
  public String currentRef(JournalEntry e) {
    return currentRefs.getOrDefault(e.id(), e.ref());
  }

  /** The closing grades of an objective and then of its key results, those that have one. */
  public List<ClosingNote> closingNotes(ObjectiveStatus o) {
    List<ClosingNote> notes = new ArrayList<>();
    ClosingNote own = closingNote(o.objective().id());
    if (own != null) {
      notes.add(own);
    }
    for (KrStatus kr : o.keyResults()) {
      ClosingNote note = closingNote(kr.ref());
      if (note != null) {
        notes.add(note);
      }
    }
    return notes;
  }

  /** The closing note of an objective or key result, by its id today, or null. */
  public ClosingNote closingNote(String ref) {
    return grades.stream().filter(n -> n.ref().equals(ref)).findFirst().orElse(null);
  }

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
