package okr.scoring;

/** A traffic-light colour. Which scores get which colour is decided in one place: {@link Bands}. */
public enum Band {
  GREEN,
  AMBER,
  RED;

  public String word() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
