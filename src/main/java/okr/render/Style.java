package okr.render;

import org.jline.jansi.Ansi;

/** Colour for terminals that want it, through JLine's Jansi; plain text everywhere else. */
public final class Style {

  /** What a piece of text is, not how it looks. */
  public enum Role {
    ERROR("RED", true),
    WARNING("YELLOW", true),
    HELP("CYAN", true),
    STRONG(null, true),
    GOOD("GREEN", false),
    AMBER("YELLOW", false),
    BAD("RED", false),
    DIM(null, false);

    /**
     * Jansi's colour by name, looked up only when painting, so that plain output never loads the
     * JLine jar.
     */
    private final String colour;

    private final boolean bold;

    Role(String colour, boolean bold) {
      this.colour = colour;
      this.bold = bold;
    }

    String apply(String text) {
      Ansi ansi = Ansi.ansi();
      if (bold) {
        ansi.bold();
      } else if (colour == null) {
        ansi.a(Ansi.Attribute.INTENSITY_FAINT);
      }
      if (colour != null) {
        ansi.fg(Ansi.Color.valueOf(colour));
      }
      return ansi.a(text).reset().toString();
    }
  }

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
    return colour && !text.isEmpty() ? role.apply(text) : text;
  }
}
