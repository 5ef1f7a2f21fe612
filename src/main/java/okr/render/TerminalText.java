package okr.render;

/**
 * The one sanitizer for text that came from a goal file or the journal: control characters, escape
 * sequences, bidi overrides and invisible characters are shown escaped, never sent to the terminal,
 * so a title cannot clear the screen, fake a link or reorder what is shown.
 */
public final class TerminalText {

  private TerminalText() {}

  public static String sanitize(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); ) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7F) {
        // Printable ASCII, most of any text, is never escaped: no look at its Unicode type.
        if (out != null) {
          out.append(c);
        }
        i++;
        continue;
      }
      int cp = text.codePointAt(i);
      String escaped = escape(cp);
      if (escaped != null && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        out.append(escaped != null ? escaped : new String(Character.toChars(cp)));
      }
      i += Character.charCount(cp);
    }
    return out == null ? text : out.toString();
  }

  private static String escape(int cp) {
    return switch (cp) {
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      case 0x1B -> "\\e";
      default -> needsEscape(cp) ? String.format(java.util.Locale.ROOT, "\\u{%X}", cp) : null;
    };
  }

  static boolean needsEscape(int cp) {
    return cp < 0x20
        || cp == 0x7F
        || (cp >= 0x80 && cp <= 0x9F) // C1 controls, e.g. CSI 0x9B
        // Every format character: zero-width and directional marks, bidi embeddings, overrides and
        // isolates, the word joiner, the soft hyphen, the byte order mark, and the tag characters
        // (U+E0000–E007F) that spell hidden text.
        || Character.getType(cp) == Character.FORMAT
        // Line and paragraph separators break a line where no one sees a line break.
        || cp == 0x2028
        || cp == 0x2029
        // Hangul fillers: letters by their type, but drawn as nothing.
        || cp == 0x115F
        || cp == 0x1160
        || cp == 0x3164
        || cp == 0xFFA0
        || Character.getType(cp) == Character.SURROGATE // a lone half of a pair
        || Character.getType(cp) == Character.UNASSIGNED && cp > 0xFFFF
        || Character.getType(cp) == Character.PRIVATE_USE;
  }
}
