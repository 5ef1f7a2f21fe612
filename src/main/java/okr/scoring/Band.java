package okr.scoring;

/** Google's grading colours for a 0.0-1.0 score. */
public enum Band {
  GREEN,
  AMBER,
  RED;

  public static Band of(double score, double greenAt, double amberAt) {
    if (score >= greenAt) {
      return GREEN;
    }
    return score >= amberAt ? AMBER : RED;
  }

  public String word() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
