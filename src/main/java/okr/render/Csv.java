package okr.render;

import java.util.List;

/** RFC 4180 CSV: fields with commas, quotes or line breaks are quoted, quotes doubled. */
final class Csv {

  private Csv() {}

  static String row(List<?> fields) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      Object field = fields.get(i);
      String text = field == null ? "" : field.toString();
      if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
        out.append('"').append(text.replace("\"", "\"\"")).append('"');
      } else {
        out.append(text);
      }
    }
    return out.append("\r\n").toString();
  }
}
