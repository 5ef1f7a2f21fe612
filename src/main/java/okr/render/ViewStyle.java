package okr.render;

/** How a text view is drawn: its width, colour and character set. */
public record ViewStyle(int width, Style style, Glyphs glyphs) {

  public static ViewStyle plain(int width) {
    return new ViewStyle(width, Style.plain(), new Glyphs(false));
  }

  public String paint(Style.Role role, String text) {
    return style.paint(role, text);
  }

  /** A view's first line: the workspace's name, then the parts, in bold and fitted. */
  public String header(String workspaceName, String... parts) {
    String name = workspaceName == null ? "" : TerminalText.sanitize(workspaceName) + glyphs.sep();
    return paint(Style.Role.STRONG, Text.fit(name + String.join(glyphs.sep(), parts), width));
  }
}
