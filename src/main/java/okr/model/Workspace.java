package okr.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Everything read from one workspace: settings, goal files and the journal. */
public record Workspace(
    Path root,
    Settings settings,
    List<Objective> objectives,
    List<Kpi> kpis,
    List<SmartGoal> goals,
    List<JournalEntry> journal,
    List<Grade> grades,
    List<Rename> renames) {

  public Workspace {
    objectives = List.copyOf(objectives);
    kpis = List.copyOf(kpis);
    goals = List.copyOf(goals);
    journal = List.copyOf(journal);
    grades = List.copyOf(grades);
    renames = List.copyOf(renames);
  }

  /** A workspace whose journal holds no grades and no renames. */
  public Workspace(
      Path root,
      Settings settings,
      List<Objective> objectives,
      List<Kpi> kpis,
      List<SmartGoal> goals,
      List<JournalEntry> journal) {
    this(root, settings, objectives, kpis, goals, journal, List.of(), List.of());
  }

  /**
   * The id a reference stands for today: renames are followed, in the order they were made, for ids
   * and for the objective part of {@code objective/kr} references.
   */
  public String current(String ref) {
    if (ref == null || renames.isEmpty()) {
      return ref;
    }
    String result = ref;
    for (Rename rename : renames) {
      if (result.equals(rename.from())) {
        result = rename.to();
      } else if (result.startsWith(rename.from() + "/")) {
        result = rename.to() + result.substring(rename.from().length());
      }
    }
    return result;
  }

  /** The grades given when a period was closed; empty while it is open. */
  public List<Grade> gradesOf(String period) {
    return grades.stream().filter(g -> g.period().equals(period)).toList();
  }

  public Optional<Objective> objective(String id) {
    return objectives.stream().filter(o -> o.id().equals(id)).findFirst();
  }

  public Optional<Kpi> kpi(String id) {
    return kpis.stream().filter(k -> k.id().equals(id)).findFirst();
  }

  public Optional<SmartGoal> goal(String id) {
    return goals.stream().filter(g -> g.id().equals(id)).findFirst();
  }
}
