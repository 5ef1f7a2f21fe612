package okr.render;

import java.util.List;

/**
 * RFC 4180 CSV: fields with commas, quotes or line breaks are quoted, quotes doubled. CSV has no
 * escapes of its own and is often read at a terminal, so controls, bidi overrides and invisible
 * characters are shown as {@link TerminalText} shows them; line breaks stay real line breaks.
 */
final class Csv {

  private Csv() {}

  static String row(List<?> fields) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      Object field = fields.get(i);
      String text = field == null ? "" : visible(field.toString());
      if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
        out.append('"').append(text.replace("\"", "\"\"")).append('"');
      } else {
        out.append(text);
      }
    }
    return out.append("\r\n").toString();
  }

  private static String visible(String text) {
    StringBuilder out = new StringBuilder(text.length());
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      out.append(i > 0 ? "\n" : "").append(TerminalText.sanitize(lines[i]));
    }
    return out.toString();
  }
}
