package okr.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okr.model.Period;
import okr.model.PeriodCalendar;
import okr.model.Settings;
import okr.store.CsvRows;

/**
 * Turns a Viva Goals Explorer export (CSV) into okr's import rows. The export has one row per
 * objective, key result or initiative, each with its Viva {@code Id}; a row names its parents in
 * {@code Aligned To (weight, Objective ID)} as {@code Title(weight: 50%, Id: 2295704)}. okr's
 * import wants one row per key result carrying its objective, so each key result row is joined with
 * the objective row it is aligned to. docs/cli.md lists the columns and where the facts about them
 * come from.
 */
final class VivaGoalsRows {

  static final List<String> REQUIRED =
      List.of("id", "title", "object_type", "owner", "start_date", "end_date", "aligned_to");

  /** The columns okr's import reads, in the order the translated rows carry them. */
  private static final List<String> OUT =
      List.of(
          "objective",
          "owner",
          "period",
          "key_result",
          "baseline",
          "target",
          "unit",
          "type",
          "team",
          "aligns_to",
          "collaborators",
          "value",
          "date");

  /** One parent in an Aligned To cell: {@code (weight: 14.29%, Id: 2295704)} after its title. */
  private static final Pattern PARENT = Pattern.compile("\\(weight:[^()]*?Id:\\s*(\\d+)\\s*\\)");

  /** A Last Check-in time as the older exports write it: {@code 2022-05-16 23:20:57 UTC}. */
  private static final Pattern UTC_TIME =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2}) (\\d{2}:\\d{2}:\\d{2}) UTC");

  /**
   * What a row is, from its Object Type. Viva Goals lets an organisation rename its objects
   * (Microsoft's "Customize terminology": an objective may be called a Goal, Theme, Big Rock or
   * Outcome; a key result a Metric, Outcome or Result; an initiative a Project, To Do, Deliverable,
   * Milestone or Action), and the export writes the renamed word.
   */
  enum Kind {
    OBJECTIVE,
    KEY_RESULT,
    INITIATIVE,
    /** Outcome (either renamed object) or OKR (older Ally.io exports): told by its parent. */
    EITHER,
    UNKNOWN;

    static Kind of(String type) {
      return switch (ImportRows.key(type)) {
        case "objective", "goal", "theme", "big_rock" -> OBJECTIVE;
        case "key_result", "keyresult", "metric", "result" -> KEY_RESULT;
        case "initiative", "project", "to_do", "deliverable", "milestone", "action" -> INITIATIVE;
        case "outcome", "okr" -> EITHER;
        default -> UNKNOWN;
      };
    }
  }

  /** One row of the export that is read: its cells, its Viva id, what it is, its parents' ids. */
  private record Item(ImportRows.Cells cells, String id, Kind kind, List<String> parents) {
    int line() {
      return cells.line();
    }

    String title() {
      return cells.text("title");
    }
  }

  /** An objective row as okr's columns: its title, owner, period, and the other objective keys. */
  private record Objective(
      Item item,
      String title,
      String owner,
      String period,
      String type,
      String team,
      String collaborators,
      Period days) {
    List<String> group() {
      return List.of(title, period, owner);
    }
  }

  private VivaGoalsRows() {}

  /**
   * The rows as okr's import columns, header first, each keeping its line in the export, or null
   * when the header is unusable. Every bad cell is added to {@code problems}; every row left out on
   * purpose (an initiative, an objective without key results, a parent outside the file) to {@code
   * notes}, both as {@code ROW: text}.
   */
  static List<CsvRows.Row> translate(
      List<CsvRows.Row> rows, Settings settings, List<String> problems, List<String> notes) {
    Map<String, Integer> columns = ImportRows.columns(header(rows.get(0)), REQUIRED, problems);
    if (columns == null) {
      return null;
    }
    Map<String, Item> byId = new LinkedHashMap<>();
    for (CsvRows.Row row : rows.subList(1, rows.size())) {
      if (row.fields().stream().allMatch(String::isBlank)) {
        continue; // spreadsheets save empty rows as a line of commas
      }
      ImportRows.Cells cells = new ImportRows.Cells(row, columns, problems);
      if (!cells.ok()) {
        continue;
      }
      String id = cells.required("id");
      String type = cells.required("object_type");
      cells.required("title");
      if (id == null || type == null) {
        continue;
      }
      Item same = byId.get(id);
      if (same != null) {
        cells.bad("id", "`" + id + "` is on row " + same.line() + " too; each row has its own");
        continue;
      }
      Kind kind = Kind.of(type);
      if (kind == Kind.UNKNOWN) {
        cells.bad(
            "object_type",
            "`" + type + "` is not a Viva Goals object type (Objective, Key result, Project…)");
        continue;
      }
      byId.put(id, new Item(cells, id, kind, parents(cells.text("aligned_to"))));
    }
    List<Item> items = new ArrayList<>();
    for (Item item : byId.values()) {
      items.add(item.kind() == Kind.EITHER ? told(item, byId) : item);
    }
    Map<Item, Objective> objectives = new LinkedHashMap<>();
    for (Item item : items) {
      if (item.kind() == Kind.INITIATIVE) {
        notes.add(
            item.line()
                + ": skipped "
                + item.cells().text("object_type")
                + " `"
                + orEmpty(item.title())
                + "`: okr imports objectives and key results; add it to its objective's"
                + " initiatives: by hand");
      } else if (item.kind() == Kind.OBJECTIVE) {
        Objective objective = objective(item, settings, problems);
        if (objective != null) {
          objectives.put(item, objective);
        }
      }
    }
    Map<String, Item> itemById = new LinkedHashMap<>();
    items.forEach(item -> itemById.put(item.id(), item));
    List<Item> keyResults = new ArrayList<>();
    Map<Item, Objective> objectiveOf = new LinkedHashMap<>();
    for (Item item : items) {
      if (item.kind() != Kind.KEY_RESULT) {
        continue;
      }
      Objective objective = owningObjective(item, itemById, objectives);
      if (objective != null) {
        keyResults.add(item);
        objectiveOf.put(item, objective);
      }
    }
    Set<Objective> withKeyResults = new HashSet<>(objectiveOf.values());
    for (Objective objective : objectives.values()) {
      if (!withKeyResults.contains(objective)) {
        notes.add(
            objective.item().line()
                + ": skipped objective `"
                + objective.title()
                + "`: it has no key result in the file");
      }
    }
    Map<List<String>, String> ids = ids(keyResults, objectiveOf);
    List<CsvRows.Row> out = new ArrayList<>();
    out.add(new CsvRows.Row(rows.get(0).line(), OUT));
    for (Item kr : keyResults) {
      Objective objective = objectiveOf.get(kr);
      String alignsTo = alignsTo(objective, itemById, objectives, objectiveOf, ids, notes);
      out.add(new CsvRows.Row(kr.line(), cellsOf(kr, objective, alignsTo, notes)));
    }
    out.subList(1, out.size()).sort(Comparator.comparingInt(CsvRows.Row::line));
    return out;
  }

  /**
   * The header with the alignment column under one name (exports write it {@code Aligned To
   * (weight, Objective ID)}, and a view saved by hand may shorten it to {@code Aligned To}), and
   * without the unnamed columns at its end.
   */
  private static CsvRows.Row header(CsvRows.Row header) {
    List<String> names = new ArrayList<>();
    for (String name : header.fields()) {
      names.add(ImportRows.key(name).startsWith("aligned_to") ? "aligned_to" : name);
    }
    // the unnamed columns after Checkins hold more check-ins, as many as the longest row has:
    // a row with fewer of them is not short
    while (!names.isEmpty() && names.get(names.size() - 1).isBlank()) {
      names.remove(names.size() - 1);
    }
    return new CsvRows.Row(header.line(), names);
  }

  /** The Viva ids an Aligned To cell names, in its order; several parents are joined by " / ". */
  static List<String> parents(String alignedTo) {
    List<String> ids = new ArrayList<>();
    if (alignedTo != null) {
      Matcher m = PARENT.matcher(alignedTo);
      while (m.find()) {
        ids.add(m.group(1));
      }
    }
    return ids;
  }

  /**
   * An Outcome or OKR row is a key result when it is aligned to an objective (a row that is one, or
   * is told one this way), else an objective.
   */
  private static Item told(Item item, Map<String, Item> byId) {
    Kind kind = kindOf(item, byId, new HashSet<>());
    return new Item(item.cells(), item.id(), kind, item.parents());
  }

  private static Kind kindOf(Item item, Map<String, Item> byId, Set<String> seen) {
    if (item.kind() != Kind.EITHER) {
      return item.kind();
    }
    if (!seen.add(item.id())) {
      return Kind.OBJECTIVE; // aligned in a circle: none of them is under an objective
    }
    for (String id : item.parents()) {
      Item parent = byId.get(id);
      if (parent != null && kindOf(parent, byId, seen) == Kind.OBJECTIVE) {
        return Kind.KEY_RESULT;
      }
    }
    return Kind.OBJECTIVE;
  }

  /** An objective row's keys, or null when a cell is bad (each added to {@code problems}). */
  private static Objective objective(Item item, Settings settings, List<String> problems) {
    // the row's cells were made before other rows added problems: count this row's from here
    int before = problems.size();
    ImportRows.Cells cells = item.cells();
    List<String> owners = owners(cells.required("owner"), settings);
    String period = period(cells, settings.calendar());
    String type = goalType(cells.text("goal_type"));
    String team = cells.text("team");
    if (team != null) {
      // several teams are joined by "; " (Puzzel; All Puzzel); an objective has one
      team = team.split(";", -1)[0].strip();
    }
    if (problems.size() != before || owners.isEmpty() || period == null || item.title() == null) {
      return null;
    }
    return new Objective(
        item,
        item.title(),
        owners.get(0),
        period,
        type,
        orEmpty(team),
        String.join(", ", owners.subList(1, owners.size())),
        settings.calendar().resolve(period).orElseThrow());
  }

  /**
   * The owners, first the owner and then the others (they become collaborators), each as okr.yaml
   * {@code people:} names them when it lists them by key, display name or email, else as written.
   */
  private static List<String> owners(String cell, Settings settings) {
    List<String> owners = new ArrayList<>();
    if (cell == null) {
      return owners;
    }
    for (String name : cell.split(",", -1)) {
      String written = name.strip();
      if (!written.isEmpty()) {
        owners.add(settings.people().person(written).map(p -> p.key()).orElse(written));
      }
    }
    return owners;
  }

  /**
   * The okr period of an objective row. Its Start Date and End Date are the days it covers; the
   * period is a name from okr.yaml equal to the row's Period (Viva's time period's name), or the
   * year, half, quarter or month (fiscal, as okr.yaml says) that has exactly those days.
   */
  private static String period(ImportRows.Cells cells, PeriodCalendar calendar) {
    String name = cells.text("period");
    LocalDate start = date(cells, "start_date");
    LocalDate end = date(cells, "end_date");
    if (start == null || end == null) {
      return null;
    }
    if (name != null) {
      Optional<Period> named = calendar.resolve(name);
      if (named.isPresent()) {
        return named.get().label();
      }
    }
    for (String label : candidates(calendar, start)) {
      Optional<Period> p = calendar.resolve(label);
      if (p.isPresent() && p.get().start().equals(start) && p.get().end().equals(end)) {
        return p.get().label();
      }
    }
    cells.bad(
        name == null ? "start_date" : "period",
        (name == null ? "" : "`" + name + "`, ")
            + start
            + " to "
            + end
            + ", is not a year, half, quarter or month of okr's calendar; name it under okr.yaml"
            + " periods: (with these dates"
            + (name == null ? "" : " and this name")
            + ")");
    return null;
  }

  /** The labels of the periods that may start on {@code day}. */
  private static List<String> candidates(PeriodCalendar calendar, LocalDate day) {
    List<String> labels = new ArrayList<>();
    labels.add(calendar.quarterOf(day).label());
    labels.add(calendar.monthOf(day).label());
    for (int year = day.getYear() - 1; year <= day.getYear() + 1; year++) {
      labels.add(String.valueOf(year));
      labels.add(year + "-H1");
      labels.add(year + "-H2");
    }
    return labels;
  }

  private static LocalDate date(ImportRows.Cells cells, String column) {
    String text = cells.required(column);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (java.time.format.DateTimeParseException e) {
      cells.bad(column, "`" + text + "` is not a date (write 2026-12-31)");
      return null;
    }
  }

  /** Committed Goal and Aspirational Goal are okr's committed and aspirational; others none. */
  private static String goalType(String cell) {
    if (cell == null) {
      return "";
    }
    String word = ImportRows.key(cell).replaceAll("_goal$", "");
    return word.equals("committed") || word.equals("aspirational") ? word : "";
  }

  /**
   * The objective a key result row belongs to: the first of its parents that is an objective row.
   * Null, with the problem reported, when it has none.
   */
  private static Objective owningObjective(
      Item kr, Map<String, Item> items, Map<Item, Objective> objectives) {
    for (String id : kr.parents()) {
      Item parent = items.get(id);
      if (parent != null && parent.kind() == Kind.OBJECTIVE) {
        Objective objective = objectives.get(parent);
        return objective; // null when the objective row has bad cells: those are reported
      }
    }
    if (kr.parents().isEmpty()) {
      kr.cells()
          .bad(
              "aligned_to",
              kr.cells().text("aligned_to") == null
                  ? "is empty; a key result belongs to an objective"
                  : "names no `(weight: …, Id: …)` of an objective");
    } else {
      Item parent = items.get(kr.parents().get(0));
      kr.cells()
          .bad(
              "aligned_to",
              parent == null
                  ? "Id "
                      + kr.parents().get(0)
                      + " is not in the file; export a view that has the key result's objective"
                      + " too"
                  : "row "
                      + parent.line()
                      + " is not an objective; okr's key results belong to an objective");
    }
    return null;
  }

  /**
   * The id each imported objective gets, as {@link ImportChanges} gives them: from its title, in
   * the order of the objectives' first key result rows.
   */
  private static Map<List<String>, String> ids(
      List<Item> keyResults, Map<Item, Objective> objectiveOf) {
    Map<List<String>, String> ids = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    keyResults.stream()
        .sorted(Comparator.comparingInt(Item::line))
        .map(objectiveOf::get)
        .filter(o -> !ids.containsKey(o.group()))
        .forEach(o -> ids.put(o.group(), ImportChanges.freeId(o.title(), taken)));
    return ids;
  }

  /**
   * The okr id an objective aligns to: its first parent that is an imported objective, or the
   * objective of a key result it is aligned to. Empty, with a note, when its parent is not
   * imported.
   */
  private static String alignsTo(
      Objective objective,
      Map<String, Item> items,
      Map<Item, Objective> objectives,
      Map<Item, Objective> objectiveOf,
      Map<List<String>, String> ids,
      List<String> notes) {
    for (String id : objective.item().parents()) {
      Item parent = items.get(id);
      Objective target =
          parent == null
              ? null
              : parent.kind() == Kind.OBJECTIVE ? objectives.get(parent) : objectiveOf.get(parent);
      if (target != null && ids.containsKey(target.group()) && target != objective) {
        return ids.get(target.group());
      }
    }
    if (!objective.item().parents().isEmpty()) {
      String note =
          objective.item().line()
              + ": objective `"
              + objective.title()
              + "` is aligned to Id "
              + objective.item().parents().get(0)
              + ", which is not imported from the file; it is imported without aligns_to";
      if (!notes.contains(note)) {
        notes.add(note);
      }
    }
    return "";
  }

  /** A key result row in okr's import columns ({@link #OUT}). */
  private static List<String> cellsOf(
      Item kr, Objective objective, String alignsTo, List<String> notes) {
    ImportRows.Cells cells = kr.cells();
    String start = orEmpty(cells.text("start"));
    String target = orEmpty(cells.text("target"));
    boolean milestone = start.isEmpty() && target.isEmpty();
    String date = checkinDate(cells.text("last_check_in"));
    String value = date.isEmpty() ? "" : orEmpty(cells.text("actual_progress"));
    LocalDate day = dayOf(date);
    if (!value.isEmpty() && day != null && !objective.days().contains(day)) {
      // Viva Goals takes check-ins after an objective's end; okr keeps a period's check-ins in it
      notes.add(
          kr.line()
              + ": not imported: the check-in of "
              + day
              + ", outside the objective's period "
              + objective.period());
      value = "";
      date = "";
    }
    return List.of(
        objective.title(),
        objective.owner(),
        objective.period(),
        orEmpty(kr.title()),
        start,
        target,
        milestone ? "milestone" : orEmpty(cells.text("unit")),
        objective.type(),
        objective.team(),
        alignsTo,
        objective.collaborators(),
        milestone ? "" : value,
        milestone ? "" : date);
  }

  /** A Last Check-in cell as okr's import reads a date: {@code 2022-05-16T23:20:57Z}, or as is. */
  private static String checkinDate(String cell) {
    if (cell == null) {
      return "";
    }
    Matcher m = UTC_TIME.matcher(cell);
    if (!m.matches()) {
      return cell;
    }
    String converted = m.group(1) + "T" + m.group(2) + "Z";
    // Not a time (25:00:00, say): kept as written, so that the row's problem quotes the cell
    return okr.model.Times.parse(converted, java.time.ZoneOffset.UTC).isPresent()
        ? converted
        : cell;
  }

  /** The day a check-in date starts with, or null when it starts with none (a row problem). */
  private static LocalDate dayOf(String date) {
    try {
      return date.length() < 10 ? null : LocalDate.parse(date.substring(0, 10));
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  /**
   * A problem as the export names its columns: okr's import columns that a Viva Goals export calls
   * otherwise are renamed in the {@code column `name`} of a problem.
   */
  static String inExportTerms(String problem) {
    for (Map.Entry<String, String> e : EXPORT_NAMES.entrySet()) {
      problem = problem.replace("column `" + e.getKey() + "`", "column `" + e.getValue() + "`");
    }
    return problem;
  }

  /** okr's import columns and the reader's own keys, as the export's header names them. */
  private static final Map<String, String> EXPORT_NAMES =
      Map.ofEntries(
          Map.entry("objective", "Title"),
          Map.entry("key_result", "Title"),
          Map.entry("title", "Title"),
          Map.entry("id", "Id"),
          Map.entry("object_type", "Object Type"),
          Map.entry("owner", "Owner"),
          Map.entry("period", "Period"),
          Map.entry("start_date", "Start Date"),
          Map.entry("end_date", "End Date"),
          Map.entry("baseline", "Start"),
          Map.entry("target", "Target"),
          Map.entry("unit", "Unit"),
          Map.entry("value", "Actual Progress"),
          Map.entry("date", "Last Check-in"),
          Map.entry("aligns_to", "Aligned To"),
          Map.entry("aligned_to", "Aligned To"),
          Map.entry("type", "Goal Type"),
          Map.entry("team", "Team"));

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
