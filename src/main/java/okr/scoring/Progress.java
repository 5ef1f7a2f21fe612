package okr.scoring;

import okr.model.Direction;

/** The progress formulas of a key result, on plain numbers. */
public final class Progress {

  private Progress() {}

  /**
   * Raw progress from baseline {@code b} to target {@code t} at current value {@code c}: 0 at the
   * baseline, 1 at the target, beyond 1 past it and below 0 when going backwards. For {@code
   * at-least}/{@code at-most} it is 1 while the value holds the line, else the share of the way
   * from the baseline (or from zero) to the line.
   *
   * @param b the baseline; may be null for at-least/at-most
   */
  public static double of(Direction direction, Double b, double t, double c) {
    return switch (direction) {
      case INCREASE -> share(c, b, t);
      case DECREASE -> share(c, b, t);
      case AT_LEAST -> c >= t ? 1.0 : shortfall(b, t, c);
      case AT_MOST -> c <= t ? 1.0 : overshoot(b, t, c);
    };
  }

  /**
   * How far {@code c} has come from {@code from} towards {@code to}: {@code (c - from) / (to -
   * from)}, with both differences taken in halves when a whole one would overflow (a baseline of
   * -1e308 and a target of 1e308 are 2e308 apart, past the largest double, which made the progress
   * NaN and showed a reached target as 0 %).
   */
  static double share(double c, double from, double to) {
    double done = c - from;
    double way = to - from;
    if (Double.isInfinite(done) || Double.isInfinite(way)) {
      done = c / 2 - from / 2;
      way = to / 2 - from / 2;
    }
    return done / way;
  }

  /** The score used for grading: progress clamped to 0..1. */
  public static double score(double progress) {
    if (Double.isNaN(progress)) {
      return 0;
    }
    return Math.max(0, Math.min(1, progress));
  }

  private static double shortfall(Double b, double t, double c) {
    if (b != null && b < t) {
      return share(c, b, t);
    }
    return t == 0 ? 0 : c / t;
  }

  private static double overshoot(Double b, double t, double c) {
    if (b != null && b > t) {
      return share(c, b, t);
    }
    return c == 0 ? 0 : t / c;
  }
}
