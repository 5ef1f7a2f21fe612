package okr.model;

/** Which way a key result's value should move, or which line it should hold. */
public enum Direction {
  INCREASE,
  DECREASE,
  AT_LEAST,
  AT_MOST;

  public String word() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
