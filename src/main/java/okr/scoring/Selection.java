package okr.scoring;

import java.time.LocalDate;
import java.util.Objects;
import okr.model.KeyResult;
import okr.model.Kpi;
import okr.model.Level;
import okr.model.Objective;
import okr.model.People;
import okr.model.Period;
import okr.model.SmartGoal;

/**
 * Which entities a view shows: those of a period (or active on a day) and, optionally, of one owner
 * or team. An objective belongs to an owner who owns it or any of its key results, or collaborates
 * on it or on one of them (`collaborators:`). An owner written as a person's key, display name or
 * email in {@code people:} is that person.
 */
public record Selection(Period period, String owner, String team, People people) {

  public Selection {
    people = people == null ? People.NONE : people;
  }

  public Selection(Period period, String owner, String team) {
    this(period, owner, team, People.NONE);
  }

  public boolean overlaps(Period other) {
    return period.overlaps(other);
  }

  public boolean matches(Objective o, Period objectivePeriod) {
    if (objectivePeriod == null || !overlaps(objectivePeriod)) {
      return false;
    }
    return ownedBy(o) && inTeam(o.header().team());
  }

  public boolean matches(Kpi k) {
    return owns(k.header().owner()) && inTeam(k.header().team());
  }

  public boolean matches(SmartGoal g) {
    return owns(g.header().owner()) && inTeam(g.header().team());
  }

  private boolean ownedBy(Objective o) {
    if (owns(o.header().owner()) || o.collaborators().stream().anyMatch(this::owns)) {
      return true;
    }
    for (KeyResult kr : o.keyResults()) {
      if (people.same(owner, kr.owner()) || kr.collaborators().stream().anyMatch(this::owns)) {
        return true;
      }
    }
    return false;
  }

  private boolean owns(String entityOwner) {
    return owner == null || people.same(owner, entityOwner);
  }

  private boolean inTeam(String entityTeam) {
    return team == null || Objects.equals(team, entityTeam);
  }

  /** The level an objective is shown under: as written, else tactical when it has a team. */
  public static Level levelOf(Objective o) {
    if (o.level() != null) {
      return o.level();
    }
    return o.header().team() != null ? Level.TACTICAL : Level.INDIVIDUAL;
  }

  public static Selection day(LocalDate day, String owner, String team) {
    return day(day, owner, team, People.NONE);
  }

  public static Selection day(LocalDate day, String owner, String team, People people) {
    return new Selection(new Period(day.toString(), day, day), owner, team, people);
  }
}
