package okr.scoring;

/** Progress measured against the share of the period that has passed. */
public enum Pace {
  /** Before the first check-in interval of the period has passed: too soon to judge. */
  EARLY,
  ON_TRACK,
  AT_RISK,
  OFF_TRACK;

  /**
   * @param progress the progress made, 0..1 (or beyond)
   * @param expected the share of the period elapsed, 0..1
   */
  public static Pace of(double progress, double expected) {
    if (expected <= 0) {
      return ON_TRACK;
    }
    double ratio = progress / expected;
    if (ratio >= 0.7) {
      return ON_TRACK;
    }
    return ratio >= 0.5 ? AT_RISK : OFF_TRACK;
  }

  public String word() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
