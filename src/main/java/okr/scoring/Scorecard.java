package okr.scoring;

import java.time.LocalDate;
import java.util.List;
import okr.model.ObjectiveType;
import okr.model.Period;

/**
 * The objectives of a period with their scores, as of a day: what `okr status` shows.
 *
 * @param health the health metrics of the selection outside their green threshold
 */
public record Scorecard(
    String workspaceName,
    Period period,
    LocalDate asOf,
    List<ObjectiveStatus> objectives,
    Bands bands,
    List<HealthAlert> health) {

  public Scorecard {
    health = List.copyOf(health);
  }

  /** How many objectives show a colour: by pace while their period runs, by grade after. */
  public long count(Band band) {
    // Loops rather than streams: each lambda a view meets is linked in the interpreter on every
    // run (docs/architecture.md).
    long count = 0;
    for (ObjectiveStatus o : objectives) {
      if (o.colour() == band) {
        count++;
      }
    }
    return count;
  }

  public long stale() {
    long count = 0;
    for (ObjectiveStatus o : objectives) {
      if (o.stale()) {
        count++;
      }
    }
    return count;
  }

  /** The mean score of the objectives of one type that have a score, or null. */
  public Double average(ObjectiveType type) {
    return objectives.stream()
        .filter(o -> type == null || o.objective().type() == type)
        .filter(o -> o.score() != null)
        .mapToDouble(ObjectiveStatus::score)
        .average()
        .stream()
        .boxed()
        .findFirst()
        .orElse(null);
  }

  /**
   * The colour a summary of the objectives of one type (or all, for null) shows: once the period is
   * over, the grade band of their average; while it runs a low average is only early, so the worst
   * colour among them, as their rows show it. Null when none has a colour.
   */
  public Band averageColour(ObjectiveType type) {
    Double average = average(type);
    if (average == null) {
      return null;
    }
    if (type != null && !asOf.isBefore(period.end())) {
      return bands.grade(type, average);
    }
    Band worst = null;
    for (ObjectiveStatus o : objectives) {
      if ((type == null || o.objective().type() == type)
          && o.colour() != null
          && (worst == null || o.colour().ordinal() > worst.ordinal())) {
        worst = o.colour();
      }
    }
    return worst;
  }

  /** Day n of the period and its length, for the header. */
  public long dayOfPeriod() {
    return period.dayNumber(asOf);
  }
}
