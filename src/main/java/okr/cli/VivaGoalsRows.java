package okr.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import okr.store.CsvRows;

/**
 * Turns a Viva Goals export into okr's import rows. Viva Goals (retired in 2025) wrote one row per
 * objective and one per key result, a key result naming its objective in {@code Parent}; okr's
 * import wants one row per key result carrying its objective. The columns assumed are documented in
 * docs/cli.md: no public description of the export was found, so they follow the fields Viva Goals
 * showed for an OKR.
 */
final class VivaGoalsRows {

  static final List<String> REQUIRED =
      List.of("title", "type", "owner", "parent", "end_date", "start_value", "target_value");

  private VivaGoalsRows() {}

  /**
   * The rows as okr's import columns, header first, each keeping its line in the export, or null
   * when the header is unusable; every bad objective row or parent is added to {@code problems}.
   */
  static List<CsvRows.Row> translate(
      List<CsvRows.Row> rows, Function<LocalDate, String> quarter, List<String> problems) {
    Map<String, Integer> columns = ImportRows.columns(rows.get(0), REQUIRED, problems);
    if (columns == null) {
      return null;
    }
    List<CsvRows.Row> out = new ArrayList<>();
    out.add(
        new CsvRows.Row(
            rows.get(0).line(),
            List.of(
                "objective",
                "owner",
                "period",
                "key_result",
                "baseline",
                "target",
                "unit",
                "team",
                "value",
                "date")));
    Map<String, List<String>> objectives = new HashMap<>();
    List<ImportRows.Cells> keyResults = new ArrayList<>();
    for (CsvRows.Row row : rows.subList(1, rows.size())) {
      ImportRows.Cells cells = new ImportRows.Cells(row, columns, problems);
      if (!cells.ok()) {
        continue;
      }
      String type = cells.required("type");
      if (type == null) {
        continue;
      }
      switch (ImportRows.key(type)) {
        case "objective" -> {
          String title = cells.required("title");
          String owner = cells.required("owner");
          String end = cells.required("end_date");
          LocalDate day = end == null ? null : day(end);
          if (end != null && day == null) {
            cells.bad("end_date", "`" + end + "` is not a date (write 2026-12-31)");
          }
          if (cells.clean()) {
            objectives.put(
                title, List.of(title, owner, quarter.apply(day), orEmpty(cells.text("team"))));
          }
        }
        case "key_result" -> keyResults.add(cells);
        default -> cells.bad("type", "`" + type + "` is neither Objective nor Key Result");
      }
    }
    for (ImportRows.Cells kr : keyResults) {
      String parent = kr.required("parent");
      List<String> objective = parent == null ? null : objectives.get(parent);
      if (parent != null && objective == null) {
        kr.bad("parent", "`" + parent + "` names no objective row of the file");
      }
      if (objective == null) {
        continue;
      }
      boolean milestone = kr.text("start_value") == null && kr.text("target_value") == null;
      String unit = milestone ? "milestone" : orEmpty(kr.text("metric_unit"));
      String value = orEmpty(kr.text("current_value"));
      String date = orEmpty(kr.text("last_check_in"));
      if (date.isEmpty()) {
        value = "";
      }
      out.add(
          new CsvRows.Row(
              kr.line(),
              List.of(
                  objective.get(0),
                  objective.get(1),
                  objective.get(2),
                  orEmpty(kr.text("title")),
                  orEmpty(kr.text("start_value")),
                  orEmpty(kr.text("target_value")),
                  unit,
                  objective.get(3),
                  value,
                  date)));
    }
    out.subList(1, out.size()).sort(java.util.Comparator.comparingInt(CsvRows.Row::line));
    return out;
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }

  private static LocalDate day(String text) {
    try {
      return LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }
}
