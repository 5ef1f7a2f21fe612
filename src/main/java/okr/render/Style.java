package okr.render;

/** Colour for terminals that want it; plain text everywhere else. */
public final class Style {

  /** What a piece of text is, not how it looks. */
  public enum Role {
    ERROR("\u001B[1;31m"),
    WARNING("\u001B[1;33m"),
    HELP("\u001B[1;36m"),
    STRONG("\u001B[1m"),
    GOOD("\u001B[32m"),
    AMBER("\u001B[33m"),
    BAD("\u001B[31m"),
    DIM("\u001B[2m");

    private final String code;

    Role(String code) {
      this.code = code;
    }
  }

  private static final String RESET = "\u001B[0m";
  private final boolean colour;

  private Style(boolean colour) {
    this.colour = colour;
  }

  public static Style plain() {
    return new Style(false);
  }

  public static Style coloured() {
    return new Style(true);
  }

  public boolean isColoured() {
    return colour;
  }

  public String paint(Role role, String text) {
    return colour && !text.isEmpty() ? role.code + text + RESET : text;
  }
}
