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

  /**
   * An id as inline code. Ids are slugs; anything else (a workspace with errors) is written as
   * escaped text, since a code span cannot escape a backtick.
   */
  static String code(String id) {
    if (id != null && id.matches("[a-z0-9][a-z0-9/-]*")) {
      return "`" + id + "`";
    }
    return cell(id);
  }
}
