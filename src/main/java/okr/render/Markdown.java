package okr.render;

/** Text made safe for a Markdown table cell or heading. */
final class Markdown {

  private Markdown() {}

  static String cell(String text) {
    if (text == null) {
      return "";
    }
    return TerminalText.sanitize(text)
        .replace("\\", "\\\\")
        .replace("|", "\\|")
        .replace("*", "\\*")
        .replace("_", "\\_")
        .replace("`", "\\`")
        .replace("<", "&lt;");
  }
}
