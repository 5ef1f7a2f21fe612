package okr.scoring;

import okr.model.Direction;
import okr.model.KeyResult;

/** The progress and score formulas of a key result, on plain numbers. */
public final class Progress {

  /** With a stretch, reaching the target scores this much, and reaching the stretch 1.0. */
  public static final double TARGET_WITH_STRETCH = 0.7;

  private Progress() {}

  /**
   * Raw progress from baseline {@code b} to target {@code t} at current value {@code c}: 0 at the
   * baseline, 1 at the target, beyond 1 past it and below 0 when going backwards. A line ({@code
   * at-least}/{@code at-most}) has no progress, only {@link #holds}: 1 while held, 0 once broken.
   */
  public static double of(Direction direction, Double b, double t, double c) {
    return switch (direction) {
      case INCREASE, DECREASE -> share(c, b, t);
      case AT_LEAST, AT_MOST -> holds(direction, t, c) ? 1.0 : 0.0;
    };
  }

  /** Whether value {@code c} holds the line {@code t}: at or above it, or at or below it. */
  public static boolean holds(Direction direction, double t, double c) {
    return direction == Direction.AT_MOST ? c <= t : c >= t;
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

  /**
   * The value a metric key result has on a day it is exactly on pace: as far from baseline towards
   * target as {@code elapsedShare} of its period has passed, the share its {@link Pace} is measured
   * against. Null for a milestone, a line (held or broken, it has no way to go) and a key result
   * without baseline or target.
   */
  public static Double expectedValue(KeyResult kr, double elapsedShare) {
    if (kr.isMilestone() || kr.holdsLine() || kr.baseline() == null || kr.target() == null) {
      return null;
    }
    double share = Math.max(0, Math.min(1, elapsedShare));
    return kr.baseline() + share * (kr.target() - kr.baseline());
  }

  /** The score used for grading: progress clamped to 0..1. */
  public static double score(double progress) {
    if (Double.isNaN(progress)) {
      return 0;
    }
    return Math.max(0, Math.min(1, progress));
  }

  /**
   * The score of a metric key result at value {@code c}: its progress clamped to 0..1; with a
   * stretch, the way from baseline to target scores 0 to 0.7 and the way from target to stretch 0.7
   * to 1.0, linearly, and nothing beyond the stretch adds more.
   */
  public static double score(KeyResult kr, double c) {
    Direction d = kr.effectiveDirection();
    if (kr.holdsLine()) {
      return holds(d, kr.target(), c) ? 1.0 : 0.0;
    }
    double p = of(d, kr.baseline(), kr.target(), c);
    if (kr.stretch() == null || kr.stretch().equals(kr.target())) {
      return score(p);
    }
    if (p <= 1) {
      return TARGET_WITH_STRETCH * score(p);
    }
    double beyond = (c - kr.target()) / (kr.stretch() - kr.target());
    return TARGET_WITH_STRETCH + (1 - TARGET_WITH_STRETCH) * score(beyond);
  }
}
