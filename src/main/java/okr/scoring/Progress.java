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
      case INCREASE -> (c - b) / (t - b);
      case DECREASE -> (b - c) / (b - t);
      case AT_LEAST -> c >= t ? 1.0 : shortfall(b, t, c);
      case AT_MOST -> c <= t ? 1.0 : overshoot(b, t, c);
    };
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
      return (c - b) / (t - b);
    }
    return t == 0 ? 0 : c / t;
  }

  private static double overshoot(Double b, double t, double c) {
    if (b != null && b > t) {
      return (b - c) / (b - t);
    }
    return c == 0 ? 0 : t / c;
  }
}
