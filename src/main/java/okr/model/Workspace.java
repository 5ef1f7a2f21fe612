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
    List<JournalEntry> journal) {

  public Workspace {
    objectives = List.copyOf(objectives);
    kpis = List.copyOf(kpis);
    goals = List.copyOf(goals);
    journal = List.copyOf(journal);
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
