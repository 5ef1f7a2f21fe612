package okr.model;

/** What a journal entry is about, named by the key that holds its reference. */
public enum EntryKind {
  KR("kr"),
  KPI("kpi"),
  GOAL("goal"),
  OBJECTIVE("objective"),
  /** A check-in of an initiative's progress, {@code initiative: objective/initiative}. */
  INITIATIVE("initiative");

  private final String key;

  EntryKind(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}
