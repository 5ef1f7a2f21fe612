package okr.render;

import java.util.List;

/**
 * RFC 4180 CSV: fields with commas, quotes or line breaks are quoted, quotes doubled. CSV has no
 * escapes of its own and is often read at a terminal, so controls, bidi overrides and invisible
 * characters are shown as {@link TerminalText} shows them; line breaks stay real line breaks.
 *
 * <p>CSV is also opened in spreadsheets, which run a cell that starts with {@code = + - @} (or a
 * tab or carriage return before one) as a formula. Every text cell that could start one is written
 * as OWASP says: a single quote before it, and the cell quoted. Numbers okr works out itself are
 * passed as {@link #number} (or as a {@link Number}) and stay numbers, so {@code -1.5} is still
 * -1.5 in a spreadsheet; a title that reads {@code -1.5} is text and gets the quote.
 */
final class Csv {

  /** A number okr wrote, as it writes numbers in JSON: never guarded. */
  record Numeral(String text) {
    @Override
    public String toString() {
      return text;
    }
  }

  private Csv() {}

  /** A number as a cell, null when there is none. */
  static Numeral number(Double value) {
    String plain = JsonParts.plain(value);
    return plain == null ? null : new Numeral(plain);
  }

  static String row(List<?> fields) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(cell(fields.get(i)));
    }
    return out.append("\r\n").toString();
  }

  static String cell(Object field) {
    if (field == null) {
      return "";
    }
    boolean isText = !(field instanceof Numeral || field instanceof Number);
    String raw = field.toString();
    String text = visible(raw);
    if (isText && startsFormula(raw)) {
      return "\"'" + text.replace("\"", "\"\"") + '"';
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }

  /**
   * Whether a spreadsheet could take the text for a formula: its first character is one OWASP names
   * ({@code = + - @}, tab, carriage return), or the first after leading blanks and line breaks is,
   * or is a full-width form of one.
   */
  static boolean startsFormula(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char first = text.charAt(0);
    if (first == '\t' || first == '\r') {
      return true;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u00A0' || c == '\u3000') {
        continue;
      }
      return "=+-@\uFF1D\uFF0B\uFF0D\uFF20".indexOf(c) >= 0;
    }
    return false;
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
