package okr.model;

/** The three kinds of goal file. */
public enum Kind {
  OBJECTIVE("objective"),
  KPI("kpi"),
  GOAL("goal");

  private final String word;

  Kind(String word) {
    this.word = word;
  }

  public String word() {
    return word;
  }
}
