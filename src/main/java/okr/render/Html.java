package okr.render;

/**
 * Text made safe for HTML: the five characters with meaning are written as entities, and what a
 * reader would not see (C0 and C1 controls, bidi overrides and isolates, zero-width characters,
 * lone surrogates) is shown escaped as {@link TerminalText} shows it (U+202E as backslash, u,
 * {202E}).
 */
final class Html {

  private Html() {}

  static String text(String value) {
    if (value == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      i += Character.charCount(c);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '\n', '\t' -> out.append((char) c);
        default ->
            out.append(
                TerminalText.needsEscape(c)
                    ? TerminalText.sanitize(new String(Character.toChars(c)))
                    : new String(Character.toChars(c)));
      }
    }
    return out.toString();
  }
}
