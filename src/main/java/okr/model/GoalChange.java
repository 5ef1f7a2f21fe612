package okr.model;

/**
 * One change to an objective's or key result's title, target, baseline, stretch, weight or
 * direction, between two versions of its goal file.
 *
 * @param ref the objective id, or {@code objective/kr}, under the name it has today (renames
 *     followed)
 * @param field the key that changed: {@code title}, {@code target}, {@code baseline}, {@code
 *     stretch}, {@code weight} or {@code direction}
 * @param before the value before, as written (null when the key was not there)
 * @param after the value after (null when the key was removed)
 * @param rise +1 when a number went up, -1 when it went down, 0 for anything else
 * @param commit the commit that made it; null for a change not committed yet
 * @param beforeUnreadable whether {@code before} is text okr cannot read as a value (an old version
 *     that said {@code target: 1_000}), kept as written
 * @param afterUnreadable the same for {@code after}
 */
public record GoalChange(
    String ref,
    String field,
    String before,
    String after,
    int rise,
    Commit commit,
    boolean beforeUnreadable,
    boolean afterUnreadable) {

  /** A change between two readable values. */
  public GoalChange(
      String ref, String field, String before, String after, int rise, Commit commit) {
    this(ref, field, before, after, rise, commit, false, false);
  }

  /** The fields whose change moves a goalpost; a new title does not. */
  public boolean movesGoalpost() {
    return !field.equals("title");
  }

  /** "target lowered 70 → 60", "direction changed increase → decrease", "stretch set to 90". */
  public String describe() {
    String from = shown(before, beforeUnreadable);
    String to = shown(after, afterUnreadable);
    String verb = rise > 0 ? "raised" : rise < 0 ? "lowered" : "changed";
    return field + " " + verb + " " + from + " → " + to;
  }

  private static String shown(String value, boolean unreadable) {
    return value == null ? "none" : unreadable ? value + " (unreadable)" : value;
  }
}
