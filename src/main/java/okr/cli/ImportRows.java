package okr.cli;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okr.store.CsvRows;

/**
 * Reads the rows of an import: one key result a row, with its objective's title, owner and period,
 * and optionally a check-in. Every bad cell is reported as {@code ROW: column `name`: problem}, all
 * of them, so one run shows everything to fix.
 */
final class ImportRows {

  /** One good row. {@code krType} is metric or milestone; check-in fields may be null. */
  record Row(
      int line,
      String objective,
      String owner,
      String period,
      String team,
      String type,
      String alignsTo,
      List<String> collaborators,
      String keyResult,
      boolean milestone,
      Double baseline,
      Double target,
      String unit,
      String value,
      java.time.OffsetDateTime date,
      Integer confidence) {}

  /** The good rows and a located message for each bad cell. */
  record Result(List<Row> rows, List<String> problems) {}

  static final List<String> REQUIRED =
      List.of("objective", "owner", "period", "key_result", "baseline", "target", "unit");

  static final List<String> OPTIONAL =
      List.of("type", "team", "aligns_to", "collaborators", "value", "date", "confidence");

  private ImportRows() {}

  /** A header as a key: case, spaces, dashes and underscores do not matter. */
  static String key(String header) {
    return header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "_");
  }

  static Result read(String text, ZoneId zone) {
    List<String> problems = new ArrayList<>();
    List<CsvRows.Row> rows = parse(text, problems);
    if (rows == null) {
      return new Result(List.of(), problems);
    }
    return read(rows, zone, problems);
  }

  /** Reads rows whose first is the header, adding to {@code problems}. */
  static Result read(List<CsvRows.Row> rows, ZoneId zone, List<String> problems) {
    Map<String, Integer> columns = columns(rows.get(0), REQUIRED, problems);
    if (columns == null) {
      return new Result(List.of(), problems);
    }
    List<Row> good = new ArrayList<>();
    for (CsvRows.Row row : rows.subList(1, rows.size())) {
      Cells cells = new Cells(row, columns, problems);
      if (!cells.ok()) {
        continue;
      }
      Row read = cells.row(zone);
      if (read != null) {
        good.add(read);
      }
    }
    return new Result(good, problems);
  }

  /** The CSV's rows, header first, or null after saying why there are none. */
  static List<CsvRows.Row> parse(String text, List<String> problems) {
    try {
      List<CsvRows.Row> rows = CsvRows.parse(text.startsWith("\uFEFF") ? text.substring(1) : text);
      if (rows.isEmpty()) {
        problems.add("1: the file is empty; it needs a header row naming the columns");
        return null;
      }
      return rows;
    } catch (CsvRows.MalformedCsv e) {
      problems.add(e.line() + ": " + e.getMessage());
      return null;
    }
  }

  /** Where each known column is, or null after naming the required ones missing. */
  static Map<String, Integer> columns(
      CsvRows.Row header, List<String> required, List<String> problems) {
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < header.fields().size(); i++) {
      columns.putIfAbsent(key(header.fields().get(i)), i);
    }
    List<String> missing = new ArrayList<>();
    for (String column : required) {
      if (!columns.containsKey(column)) {
        missing.add(column);
      }
    }
    if (!missing.isEmpty()) {
      problems.add(
          header.line()
              + ": the header row lacks the column"
              + (missing.size() == 1 ? " " : "s ")
              + String.join(", ", missing));
      return null;
    }
    return columns;
  }

  /** The cells of one row, read by column name, each problem added with the row and column. */
  static final class Cells {
    private final CsvRows.Row row;
    private final Map<String, Integer> columns;
    private final List<String> problems;
    private final int before;

    Cells(CsvRows.Row row, Map<String, Integer> columns, List<String> problems) {
      this.row = row;
      this.columns = columns;
      this.problems = problems;
      this.before = problems.size();
    }

    boolean ok() {
      int width = columns.values().stream().mapToInt(i -> i + 1).max().orElse(0);
      if (row.fields().size() < width) {
        problems.add(row.line() + ": expected " + width + " fields, found " + row.fields().size());
        return false;
      }
      return true;
    }

    String text(String column) {
      Integer i = columns.get(column);
      if (i == null || i >= row.fields().size()) {
        return null;
      }
      String cell = row.fields().get(i).strip();
      return cell.isEmpty() ? null : cell;
    }

    String required(String column) {
      String cell = text(column);
      if (cell == null) {
        bad(column, "is empty");
      }
      return cell;
    }

    Double number(String column) {
      String cell = text(column);
      if (cell == null) {
        return null;
      }
      List<String> refused = new ArrayList<>();
      Double value = okr.store.MeasurementImport.plainNumber(cell, refused);
      refused.forEach(problem -> bad(column, problem));
      return value;
    }

    void bad(String column, String problem) {
      problems.add(row.line() + ": column `" + column + "`: " + problem);
    }

    boolean clean() {
      return problems.size() == before;
    }

    int line() {
      return row.line();
    }

    /** A cell of comma-separated names as a list, empty for an empty cell. */
    private static List<String> names(String cell) {
      List<String> names = new ArrayList<>();
      if (cell != null) {
        for (String name : cell.split(",", -1)) {
          if (!name.isBlank()) {
            names.add(name.strip());
          }
        }
      }
      return names;
    }

    Row row(ZoneId zone) {
      String objective = required("objective");
      String owner = required("owner");
      String period = required("period");
      String kr = required("key_result");
      String type = text("type");
      if (type != null && !List.of("committed", "aspirational").contains(key(type))) {
        bad("type", "`" + type + "` is neither committed nor aspirational");
      }
      String unit = text("unit");
      boolean milestone = unit != null && key(unit).equals("milestone");
      Double baseline = number("baseline");
      Double target = number("target");
      if (!milestone && target == null && text("target") == null) {
        bad("target", "is empty (a metric needs a target; write `milestone` as the unit for one)");
      }
      if (!milestone && baseline == null && text("baseline") == null) {
        bad("baseline", "is empty (a metric needs the value it starts from)");
      }
      String value = text("value");
      if (value != null && !milestone) {
        number("value");
      } else if (value != null
          && !List.of("yes", "no", "done", "true", "false").contains(key(value))) {
        bad("value", "`" + value + "` is not yes or no (a milestone is done or not)");
      }
      java.time.OffsetDateTime date = null;
      String dateText = text("date");
      if (dateText != null) {
        date = okr.model.Times.parse(dateText, zone).orElse(null);
        if (date == null) {
          bad("date", "`" + dateText + "` is not a date (write 2026-11-20)");
        }
      } else if (value != null) {
        bad("date", "is empty (a check-in's value needs the day it was measured)");
      }
      Integer confidence = null;
      String confidenceText = text("confidence");
      if (confidenceText != null) {
        if (confidenceText.matches("[0-9]|10")) {
          confidence = Integer.valueOf(confidenceText);
        } else {
          bad("confidence", "`" + confidenceText + "` is not a whole number from 0 to 10");
        }
      }
      if (!clean()) {
        return null;
      }
      return new Row(
          line(),
          objective,
          owner,
          period,
          text("team"),
          type == null ? null : key(type),
          text("aligns_to"),
          names(text("collaborators")),
          kr,
          milestone,
          milestone ? null : baseline,
          milestone ? null : target,
          milestone ? null : unit,
          value,
          value == null ? null : date,
          value == null ? null : confidence);
    }
  }
}
