package okr.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import okr.model.EntryKind;
import okr.model.KeyResult;
import okr.model.Objective;
import okr.model.ObjectiveType;
import okr.model.Workspace;
import okr.store.ImportWrite;
import okr.store.NewEntry;

/**
 * What an import would do to a workspace: the goal files to create, as `okr new objective` writes
 * them, the objectives already there as they would be written (skipped), and the check-ins not yet
 * in the journal. Rows that contradict each other or the workspace are problems with their row.
 */
final class ImportChanges {

  /** One objective of the file: its rows in order, and the id and file it gets. */
  record Planned(String id, Path path, Objective objective, String text, boolean exists) {}

  final Map<Path, String> files = new LinkedHashMap<>();
  final List<Planned> objectives = new ArrayList<>();
  final List<NewEntry> checkins = new ArrayList<>();
  final List<String> problems = new ArrayList<>();
  int checkinsAlready;

  /** The latest moment a check-in may carry, as `okr checkin` allows without --future. */
  private final java.time.OffsetDateTime latest;

  private ImportChanges(java.time.OffsetDateTime latest) {
    this.latest = latest;
  }

  /**
   * @param latest the end of tomorrow: a check-in dated after it is refused, as {@code okr checkin
   *     --at} refuses it
   */
  static ImportChanges of(
      Workspace ws, List<ImportRows.Row> rows, String who, java.time.OffsetDateTime latest)
      throws IOException {
    ImportChanges plan = new ImportChanges(latest);
    Map<List<String>, List<ImportRows.Row>> groups = new LinkedHashMap<>();
    for (ImportRows.Row row : rows) {
      groups
          .computeIfAbsent(
              List.of(row.objective(), row.period(), row.owner()), k -> new ArrayList<>())
          .add(row);
    }
    Set<String> ids = new HashSet<>();
    Set<String> recorded = new HashSet<>();
    ws.journal().forEach(e -> recorded.add(e.id()));
    ws.retracted().forEach(e -> recorded.add(e.id()));
    for (List<ImportRows.Row> group : groups.values()) {
      plan.add(ws, group, ids, recorded, who);
    }
    return plan;
  }

  /**
   * The id an objective of the import gets: its title's slug, or the next of {@code -2}, {@code
   * -3}… that {@code taken} does not hold; it is added to {@code taken}.
   */
  static String freeId(String title, Set<String> taken) {
    String base = okr.store.Slugs.of(title);
    String id = base;
    for (int n = 2; taken.contains(id); n++) {
      id = base + "-" + n;
    }
    taken.add(id);
    return id;
  }

  private void add(
      Workspace ws, List<ImportRows.Row> group, Set<String> ids, Set<String> recorded, String who)
      throws IOException {
    ImportRows.Row first = group.get(0);
    // The id `okr new objective` gives the title; a second objective of the file with the same
    // title (another period or owner) takes the next free one, as `okr new` would.
    String id = freeId(first.objective(), ids);
    List<KeyResult> krs = new ArrayList<>();
    Map<String, ImportRows.Row> byTitle = new LinkedHashMap<>();
    Map<ImportRows.Row, String> krOf = new LinkedHashMap<>();
    for (ImportRows.Row row : group) {
      ImportRows.Row same = byTitle.get(row.keyResult());
      if (same != null) {
        if (!Objects.equals(same.baseline(), row.baseline())
            || !Objects.equals(same.target(), row.target())
            || !Objects.equals(same.unit(), row.unit())
            || same.milestone() != row.milestone()) {
          problems.add(
              row.line()
                  + ": column `key_result`: `"
                  + row.keyResult()
                  + "` is on row "
                  + same.line()
                  + " with another baseline, target or unit; a key result has one of each");
          continue;
        }
        krOf.put(row, krOf.get(same));
        continue;
      }
      KeyResult kr;
      try {
        kr =
            row.milestone()
                ? NewObjectiveCommand.milestone("the title", row.keyResult(), krs)
                : NewObjectiveCommand.metric(
                    "the title", row.keyResult(), row.baseline(), row.target(), row.unit(), krs);
      } catch (UsageException e) {
        problems.add(row.line() + ": column `key_result`: " + e.getMessage());
        continue;
      }
      krs.add(kr);
      byTitle.put(row.keyResult(), row);
      krOf.put(row, kr.id());
    }
    Objective objective =
        NewObjectiveCommand.objective(
            id,
            first.objective(),
            first.period(),
            first.owner(),
            first.team(),
            first.type() == null
                ? ObjectiveType.ASPIRATIONAL
                : ObjectiveType.valueOf(first.type().toUpperCase(java.util.Locale.ROOT)),
            null,
            first.alignsTo(),
            krs);
    if (!first.collaborators().isEmpty()) {
      objective = objective.withCollaborators(first.collaborators());
    }
    Path path = ws.root().resolve("objectives").resolve(id + ".yaml");
    String text = NewFiles.withModeline(ws, path, okr.store.GoalFileText.objective(objective));
    boolean exists = false;
    if (ws.objective(id).isPresent() || ws.kpi(id).isPresent() || ws.goal(id).isPresent()) {
      exists =
          Files.isRegularFile(path) && Files.readString(path, StandardCharsets.UTF_8).equals(text);
      if (!exists) {
        problems.add(
            first.line()
                + ": column `objective`: the workspace has `"
                + id
                + "` already, with other content; rename one (okr mv) or make the rows match"
                + " its file");
        return;
      }
    } else if (Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      problems.add(
          first.line() + ": column `objective`: objectives/" + id + ".yaml exists already");
      return;
    }
    objectives.add(new Planned(id, path, objective, text, exists));
    if (!exists) {
      files.put(path, text);
    }
    for (ImportRows.Row row : group) {
      String kr = krOf.get(row);
      if (kr == null || row.value() == null) {
        continue;
      }
      String ref = id + "/" + kr;
      Double value = row.milestone() ? null : okr.model.Decimal.read(row.value()).value();
      List<String> refused = checkinProblems(ws, objective, ref, kr, row, value);
      if (!refused.isEmpty()) {
        refused.forEach(problem -> problems.add(row.line() + ": " + problem));
        continue;
      }
      Boolean done =
          row.milestone()
              ? List.of("yes", "done", "true").contains(ImportRows.key(row.value()))
              : null;
      NewEntry entry =
          new NewEntry(
              row.date(), who, EntryKind.KR, ref, value, done, row.confidence(), null, null, null);
      entry = entry.withId(ImportWrite.checkinId(ref, row.date(), done != null ? done : value));
      if (recorded.add(entry.id())) {
        checkins.add(entry);
      } else {
        checkinsAlready++;
      }
    }
  }

  /**
   * Why a row's check-in could not be made with `okr checkin`: a value outside the key result's
   * {@code min:}/{@code max:} (through the very check `okr checkin` makes), a date after tomorrow,
   * or a date outside the objective's period. Confidence is read 0 to 10 with the row.
   */
  private List<String> checkinProblems(
      Workspace ws, Objective objective, String ref, String kr, ImportRows.Row row, Double value) {
    List<String> out = new ArrayList<>();
    KeyResult keyResult =
        objective.keyResults().stream().filter(k -> k.id().equals(kr)).findFirst().orElseThrow();
    if (value != null) {
      String outside =
          new CheckinTarget(EntryKind.KR, ref, objective, keyResult, null, null, null)
              .outsideBounds(ws, value);
      if (outside != null) {
        out.add("column `value`: " + outside);
      }
    }
    java.time.LocalDate day = row.date().toLocalDate();
    if (row.date().isAfter(latest)) {
      out.add("column `date`: " + day + " is after tomorrow; a check-in records what has happened");
    } else {
      ws.settings()
          .calendar()
          .periodOf(objective)
          .filter(period -> !period.contains(day))
          .ifPresent(
              period ->
                  out.add(
                      "column `date`: "
                          + day
                          + " is outside the objective's period "
                          + period.label()
                          + " ("
                          + period.start()
                          + " to "
                          + period.end()
                          + ")"));
    }
    return out;
  }
}
