package okr.model;

/** How often a KPI is expected to be measured. */
public enum Frequency {
  DAILY(1),
  WEEKLY(7),
  MONTHLY(30),
  QUARTERLY(91);

  private final int days;

  Frequency(int days) {
    this.days = days;
  }

  public int days() {
    return days;
  }
}
