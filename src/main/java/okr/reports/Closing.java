package okr.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import okr.model.EntryKind;
import okr.model.Grade;
import okr.model.Objective;
import okr.model.Period;
import okr.model.PeriodCalendar;
import okr.model.Workspace;
import okr.scoring.KrStatus;
import okr.scoring.ObjectiveStatus;
import okr.scoring.Scorer;

/**
 * What {@code okr close} grades: the objectives whose {@code period:} names the period (in any
 * case), scored as of its last day, or as of the day it is closed early.
 *
 * @param asOf the day the grades are computed for
 * @param closedOn the day the period was closed, when its grades count; null while it is open
 */
public record Closing(
    Period period, LocalDate asOf, LocalDate closedOn, List<ObjectiveStatus> objectives) {

  public Closing {
    objectives = List.copyOf(objectives);
  }

  /** One grade to write: the final score of an objective or key result. */
  public record Mark(EntryKind kind, String ref, double score) {}

  /** The closing of {@code p} on {@code today}. */
  public static Closing of(Workspace ws, Period p, LocalDate today) {
    List<Grade> earlier = ws.gradesOf(p.label());
    LocalDate asOf = p.atMostEnd(today);
    Scorer scorer = new Scorer(ws, asOf);
    PeriodCalendar calendar = ws.settings().calendar();
    List<ObjectiveStatus> objectives = new ArrayList<>();
    for (Objective o : ws.objectives()) {
      if (calendar.names(o.period(), p)) {
        objectives.add(scorer.objective(o));
      }
    }
    return new Closing(
        p, asOf, earlier.isEmpty() ? null : earlier.get(0).at().toLocalDate(), objectives);
  }

  /** Whether it grades a period that has not ended yet. */
  public boolean early() {
    return asOf.isBefore(period.end());
  }

  /** The grades of an objective and of each of its key results; no data is graded 0. */
  public static List<Mark> marks(ObjectiveStatus o) {
    List<Mark> marks = new ArrayList<>();
    marks.add(new Mark(EntryKind.OBJECTIVE, o.objective().id(), scoreOf(o.score())));
    for (KrStatus kr : o.keyResults()) {
      marks.add(new Mark(EntryKind.KR, kr.ref(), scoreOf(kr.score())));
    }
    return marks;
  }

  /** Every grade it would write, to tell whether a score changed between reading and writing. */
  public List<Mark> marks() {
    List<Mark> all = new ArrayList<>();
    objectives.forEach(o -> all.addAll(marks(o)));
    return all;
  }

  private static double scoreOf(Double score) {
    return score == null ? 0 : score;
  }
}
