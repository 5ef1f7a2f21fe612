package okr.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits RFC 4180 CSV text into rows: fields separated by commas, optionally in double quotes, with
 * "" for a quote and line breaks allowed inside quotes; CRLF or LF line ends. Each row keeps the
 * line it started on, for error messages.
 *
 * <p>Hand-written rather than Jackson's CSV module: that module is not published for the Jackson
 * version okr uses, and mixing versions of Jackson modules is asking for trouble.
 */
public final class CsvRows {

  /** One row: its fields and the 1-based line it starts on. */
  public record Row(int line, List<String> fields) {}

  /** Thrown for a quote left open at the end of the text. */
  public static final class MalformedCsv extends RuntimeException {
    private final int line;

    MalformedCsv(int line, String message) {
      super(message);
      this.line = line;
    }

    public int line() {
      return line;
    }
  }

  private CsvRows() {}

  public static List<Row> parse(String text) {
    List<Row> rows = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean fieldStarted = false;
    int line = 1;
    int rowLine = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
      } else if (c == '"' && !fieldStarted) {
        quoted = true;
        fieldStarted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        fieldStarted = false;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        fields.add(field.toString());
        if (!(fields.size() == 1 && fields.get(0).isEmpty())) {
          rows.add(new Row(rowLine, List.copyOf(fields)));
        }
        fields.clear();
        field.setLength(0);
        fieldStarted = false;
        line++;
        rowLine = line;
      } else {
        field.append(c);
        fieldStarted = true;
      }
    }
    if (quoted) {
      throw new MalformedCsv(rowLine, "a quoted field is not closed");
    }
    if (fieldStarted || !fields.isEmpty() || field.length() > 0) {
      fields.add(field.toString());
      rows.add(new Row(rowLine, List.copyOf(fields)));
    }
    return rows;
  }
}
