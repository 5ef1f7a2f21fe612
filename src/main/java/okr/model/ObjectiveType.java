package okr.model;

/** How an objective is graded: committed ones are expected at 1.0, aspirational at 0.7. */
public enum ObjectiveType {
  COMMITTED,
  ASPIRATIONAL
}
