package okr.store;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import okr.model.Decimal;
import okr.model.EntryKind;
import okr.model.Suggestions;

/**
 * Reads KPI measurements from CSV with the columns {@code kpi,at,value} (a header row names them,
 * in any order): every bad row is reported with its line, none is skipped silently.
 */
public final class MeasurementImport {

  /** The rows that were good, as entries, and a message for each bad one. */
  public record Result(List<NewEntry> entries, List<String> problems) {}

  private MeasurementImport() {}

  public static Result read(String csv, Set<String> kpis, String by, ZoneId zone) {
    return read(csv, kpis, by, zone, (kpi, value) -> null, null);
  }

  /**
   * @param refuse why a KPI's value cannot be recorded (outside its bounds), or null when it can
   * @param latest the latest time a row may carry (the end of tomorrow), or null for any: a row
   *     dated decades ahead is a typo that would stand as the latest measurement for decades
   */
  public static Result read(
      String csv,
      Set<String> kpis,
      String by,
      ZoneId zone,
      java.util.function.BiFunction<String, Double, String> refuse,
      OffsetDateTime latest) {
    List<NewEntry> entries = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    List<CsvRows.Row> rows;
    try {
      rows = CsvRows.parse(csv.startsWith("\uFEFF") ? csv.substring(1) : csv);
    } catch (CsvRows.MalformedCsv e) {
      problems.add(e.line() + ": " + e.getMessage());
      return new Result(entries, problems);
    }
    if (rows.isEmpty()) {
      problems.add("1: the file is empty; it needs a header row `kpi,at,value`");
      return new Result(entries, problems);
    }
    List<String> header = rows.get(0).fields().stream().map(String::strip).toList();
    int kpiColumn = header.indexOf("kpi");
    int atColumn = header.indexOf("at");
    int valueColumn = header.indexOf("value");
    if (kpiColumn < 0 || atColumn < 0 || valueColumn < 0) {
      problems.add(
          rows.get(0).line()
              + ": the first row must name the columns kpi, at and value (it reads "
              + String.join(",", header)
              + ")");
      return new Result(entries, problems);
    }
    for (CsvRows.Row row : rows.subList(1, rows.size())) {
      if (row.fields().size() != header.size()) {
        problems.add(
            row.line() + ": expected " + header.size() + " fields, found " + row.fields().size());
        continue;
      }
      String kpi = row.fields().get(kpiColumn).strip();
      String atText = row.fields().get(atColumn).strip();
      String valueText = row.fields().get(valueColumn).strip();
      List<String> rowProblems = new ArrayList<>();
      if (!kpis.contains(kpi)) {
        rowProblems.add(
            "unknown KPI `"
                + kpi
                + "`"
                + Suggestions.closest(kpi, kpis)
                    .map(s -> "; did you mean `" + s + "`?")
                    .orElse(""));
      }
      OffsetDateTime at = okr.model.Times.parse(atText, zone).orElse(null);
      if (at == null) {
        rowProblems.add(
            "`"
                + atText
                + "` is not a date or time (write 2026-11-20 or 2026-11-20T18:02:00+01:00)");
      } else if (latest != null && at.isAfter(latest)) {
        rowProblems.add("`" + atText + "` is after tomorrow (pass --future if it is right)");
      }
      Double value = plainNumber(valueText, rowProblems);
      if (value != null && kpis.contains(kpi) && refuse.apply(kpi, value) != null) {
        rowProblems.add(refuse.apply(kpi, value));
      }
      if (rowProblems.isEmpty()) {
        entries.add(
            new NewEntry(at, by, EntryKind.KPI, kpi, value, null, null, null, null, null)
                .withId(importedId(kpi, at, value)));
      } else {
        problems.add(row.line() + ": " + String.join("; ", rowProblems));
      }
    }
    return new Result(entries, problems);
  }

  /**
   * A plain decimal number ({@code 5800}, {@code -1.5}, {@code .5}) as imports and sources give
   * them, or null after adding to {@code problems} why the text is not one.
   */
  /** Reads a value through the one decimal grammar; a refusal is added to {@code problems}. */
  public static Double plainNumber(String text, List<String> problems) {
    Decimal.Reading reading = Decimal.read(text);
    if (!reading.ok()) {
      problems.add(
          "`"
              + text
              + "` "
              + reading.problem().phrase()
              + (reading.plain() == null ? "" : " (write `" + reading.plain() + "`)"));
      return null;
    }
    return reading.value();
  }

  /**
   * The id of an imported measurement, made from what it says (the KPI, the moment, the value):
   * importing the same rows again, from this clone or another, names the same entries, so nothing
   * is counted twice.
   */
  static String importedId(String kpi, OffsetDateTime at, double value) {
    return okr.model.EntryId.derived(
        JournalReader.fields("import", kpi, at.toInstant(), YamlText.number(value)), 1);
  }
}
