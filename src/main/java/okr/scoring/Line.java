package okr.scoring;

/** Where an {@code at-least}/{@code at-most} key result stands: it holds its line or broke it. */
public enum Line {
  HELD,
  BROKEN;

  public String word() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
