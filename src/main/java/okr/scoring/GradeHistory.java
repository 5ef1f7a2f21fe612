package okr.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import okr.model.EntryKind;
import okr.model.Grade;
import okr.model.Objective;
import okr.model.Workspace;

/**
 * The mean objective grade of each owner and each team in every closed period, from the grades the
 * journal keeps: how people and teams have scored over time.
 *
 * @param periods the closed periods, oldest first
 * @param rows owners first, then teams, each by name
 */
public record GradeHistory(List<String> periods, List<Row> rows) {

  /**
   * One owner's or team's grades.
   *
   * @param team a team, else an owner
   * @param byPeriod the mean grade per period; a period without their objectives is absent
   */
  public record Row(boolean team, String name, Map<String, Double> byPeriod) {}

  public boolean isEmpty() {
    return rows.isEmpty();
  }

  /**
   * The history of the objective grades in {@code ws}, each grade counted for the objective it is
   * about today (after renames); grades of objectives no longer in the files are left out, as their
   * owner is not known.
   */
  public static GradeHistory of(Workspace ws) {
    Map<String, Objective> objectives = new LinkedHashMap<>();
    for (Objective o : ws.objectives()) {
      objectives.put(o.id(), o);
    }
    TreeSet<String> periods = new TreeSet<>();
    Map<String, Map<String, List<Double>>> owners = new TreeMap<>();
    Map<String, Map<String, List<Double>>> teams = new TreeMap<>();
    for (Grade g : ws.grades()) {
      if (g.kind() != EntryKind.OBJECTIVE) {
        continue;
      }
      Objective o = objectives.get(ws.currentOf(g));
      if (o == null) {
        continue;
      }
      periods.add(g.period());
      add(owners, o.header().owner(), g);
      add(teams, o.header().team(), g);
    }
    List<Row> rows = new ArrayList<>();
    owners.forEach((name, grades) -> rows.add(new Row(false, name, means(grades))));
    teams.forEach((name, grades) -> rows.add(new Row(true, name, means(grades))));
    return new GradeHistory(List.copyOf(periods), rows);
  }

  private static void add(Map<String, Map<String, List<Double>>> into, String name, Grade g) {
    if (name != null) {
      into.computeIfAbsent(name, n -> new TreeMap<>())
          .computeIfAbsent(g.period(), p -> new ArrayList<>())
          .add(g.score());
    }
  }

  private static Map<String, Double> means(Map<String, List<Double>> grades) {
    Map<String, Double> means = new LinkedHashMap<>();
    grades.forEach(
        (period, scores) ->
            means.put(
                period, scores.stream().mapToDouble(Double::doubleValue).average().orElse(0)));
    return means;
  }
}
