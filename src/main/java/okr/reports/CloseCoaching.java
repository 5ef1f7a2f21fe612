package okr.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okr.model.EntryKind;
import okr.model.Grade;
import okr.model.ObjectiveType;
import okr.model.Period;
import okr.model.Workspace;
import okr.scoring.Bands;
import okr.scoring.ObjectiveStatus;

/**
 * What the method asks a team to notice when a period closes: committed objectives that missed
 * their success score, and owners whose aspirational objectives all scored 0.95 or more in this
 * period and the one before (the goals may not be ambitious enough).
 *
 * @param committedAt the score a committed objective is expected at
 * @param aspirationalAt the score an aspirational objective is meant to reach about
 */
public record CloseCoaching(
    String period,
    double committedAt,
    double aspirationalAt,
    List<Missed> missed,
    List<HighFlyer> highFlyers) {

  /** A score an aspirational objective reached that counts as aiming too low. */
  static final double TOO_EASY = 0.95;

  public CloseCoaching {
    missed = List.copyOf(missed);
    highFlyers = List.copyOf(highFlyers);
  }

  /** A committed objective below its success score. */
  public record Missed(String objective, double score) {}

  /** An owner whose aspirational objectives scored high in {@code previous} and this period. */
  public record HighFlyer(String owner, String previous) {}

  /** The coaching for closing {@code p} with these scored objectives of it. */
  public static CloseCoaching of(
      Workspace ws, Period p, List<ObjectiveStatus> objectives, Bands bands) {
    List<Missed> missed = new ArrayList<>();
    for (ObjectiveStatus o : objectives) {
      if (o.objective().type() == ObjectiveType.COMMITTED && !o.succeeded()) {
        missed.add(new Missed(o.objective().id(), o.score() == null ? 0 : o.score()));
      }
    }
    String previous = ws.settings().calendar().previous(p).map(Period::label).orElse(null);
    Map<String, Boolean> highScorers = new LinkedHashMap<>();
    for (ObjectiveStatus o : objectives) {
      if (o.objective().type() != ObjectiveType.ASPIRATIONAL
          || o.objective().header().owner() == null) {
        continue;
      }
      String owner = o.objective().header().owner();
      highScorers.merge(owner, o.score() != null && o.score() >= TOO_EASY, Boolean::logicalAnd);
    }
    List<HighFlyer> highFlyers = new ArrayList<>();
    for (Map.Entry<String, Boolean> owner : highScorers.entrySet()) {
      if (owner.getValue() && previous != null && scoredHighBefore(ws, owner.getKey(), previous)) {
        highFlyers.add(new HighFlyer(owner.getKey(), previous));
      }
    }
    return new CloseCoaching(
        p.label(),
        bands.successAt(ObjectiveType.COMMITTED),
        bands.successAt(ObjectiveType.ASPIRATIONAL),
        missed,
        highFlyers);
  }

  /**
   * Whether the owner's aspirational objectives were graded, all 0.95 or more, in {@code previous}.
   */
  private static boolean scoredHighBefore(Workspace ws, String owner, String previous) {
    List<Grade> before = new ArrayList<>();
    for (Grade g : ws.gradesOf(previous)) {
      if (g.kind() != EntryKind.OBJECTIVE) {
        continue;
      }
      ws.objective(ws.currentOf(g))
          .filter(o -> owner.equals(o.header().owner()) && o.type() == ObjectiveType.ASPIRATIONAL)
          .ifPresent(o -> before.add(g));
    }
    return !before.isEmpty() && before.stream().allMatch(g -> g.score() >= TOO_EASY);
  }
}
