package okr.render;

import org.jline.jansi.Ansi;

/** Colour for terminals that want it, through JLine's Jansi; plain text everywhere else. */
public final class Style {

  /** What a piece of text is, not how it looks. */
  public enum Role {
    ERROR(Ansi.Color.RED, true),
    WARNING(Ansi.Color.YELLOW, true),
    HELP(Ansi.Color.CYAN, true),
    STRONG(null, true),
    GOOD(Ansi.Color.GREEN, false),
    AMBER(Ansi.Color.YELLOW, false),
    BAD(Ansi.Color.RED, false),
    DIM(null, false);

    private final Ansi.Color colour;
    private final boolean bold;

    Role(Ansi.Color colour, boolean bold) {
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
        ansi.fg(colour);
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
