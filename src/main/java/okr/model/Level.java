package okr.model;

/** Whose objective it is and how far it reaches. */
public enum Level {
  STRATEGIC,
  TACTICAL,
  INDIVIDUAL
}
