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
    double[] scores = new double[objectives.size()];
    int n = 0;
    for (ObjectiveStatus o : objectives) {
      if ((type == null || o.objective().type() == type) && o.score() != null) {
        scores[n++] = o.score();
      }
    }
    return n == 0 ? null : mean(scores, n);
  }

  /**
   * The mean of the first {@code n} values, to the bit as {@code DoubleStream.average()} gives it
   * (compensated summation, ScorecardTest compares the two): a mean on the edge of a rounding shows
   * the same two decimals as before. A loop rather than a stream: the stream and its lambdas are
   * linked in the interpreter on every run (docs/architecture.md).
   */
  static double mean(double[] values, int n) {
    double sum = 0; // the high-order bits of the running sum
    double compensation = 0; // the (negated) low-order bits
    double simpleSum = 0;
    for (int i = 0; i < n; i++) {
      double value = values[i];
      double tmp = value - compensation;
      double velvel = sum + tmp;
      compensation = (velvel - sum) - tmp;
      sum = velvel;
      simpleSum += value;
    }
    double total = sum - compensation;
    if (Double.isNaN(total) && Double.isInfinite(simpleSum)) {
      total = simpleSum;
    }
    return total / n;
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
