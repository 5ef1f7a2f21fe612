package okr.render;

/** How a text view is drawn: its width, colour and character set. */
public record ViewStyle(int width, Style style, Glyphs glyphs) {

  public static ViewStyle plain(int width) {
    return new ViewStyle(width, Style.plain(), new Glyphs(false));
  }

  public String paint(Style.Role role, String text) {
    return style.paint(role, text);
  }
}
