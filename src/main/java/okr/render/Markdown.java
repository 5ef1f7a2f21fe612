package okr.render;

/**
 * Text made safe for Markdown: a table cell, a heading, a list item. User text is shown as it is
 * and never becomes structure: every character CommonMark or GitHub gives a meaning to is escaped
 * with a backslash, so no title or note can form a link ({@code [x](javascript:...)}, {@code
 * <data:...>}, a reference definition), an image (a remote {@code ![](https://...)} that tracks who
 * reads), an autolink (the colon of a scheme, the dot of {@code www.}, the {@code @} of an address
 * are escaped), emphasis, code, a table column or an HTML tag.
 */
final class Markdown {

  private Markdown() {}

  static String cell(String text) {
    if (text == null) {
      return "";
    }
    String shown = TerminalText.sanitize(text);
    StringBuilder out = new StringBuilder(shown.length() + 16);
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      if (c == '<') {
        out.append("&lt;");
      } else if (c == '>') {
        out.append("&gt;");
      } else if (ALWAYS.indexOf(c) >= 0
          || i == 0 && AT_START.indexOf(c) >= 0 && blankAt(shown, i + 1)
          || c == ':' && shown.startsWith("/", i + 1) // a scheme: https://, javascript://
          || c == '.' && i >= 3 && shown.regionMatches(true, i - 3, "www", 0, 3)
          || (c == '.' || c == ')')
              && blankAt(shown, i + 1)
              && oneToNineDigits(shown, i)) { // "1. " starts a list
        out.append('\\').append(c);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Characters with a meaning anywhere in a line: escapes, code, emphasis, strikethrough, links and
   * images (with brackets escaped, neither can form, nor can a reference definition), table
   * columns, character references, heading closers and email autolinks.
   */
  private static final String ALWAYS = "\\`*_[]|~&#@!";

  /** Characters that start a list item when a text starts a line with one and a blank. */
  private static final String AT_START = "+-";

  private static boolean blankAt(String text, int i) {
    return i >= text.length() || text.charAt(i) == ' ' || text.charAt(i) == '\t';
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

  /**
   * Whether the text before {@code end} is one to nine ASCII digits: the regex {@code \\d{1,9}} by
   * hand, so that a Markdown view compiles no pattern (MarkdownTest compares the two).
   */
  static boolean oneToNineDigits(String s, int end) {
    if (end < 1 || end > 9) {
      return false;
    }
    for (int i = 0; i < end; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
