package okr.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okr.model.Measure;
import okr.scoring.GoalStatus;

/** SMART goals as a table: progress, value, due date, days left and pace. */
public final class GoalsView {

  private static final int BAR = 10;

  private final ViewStyle v;

  public GoalsView(ViewStyle v) {
    this.v = v;
  }

  public List<String> render(
      String workspaceName, java.time.LocalDate asOf, List<GoalStatus> goals) {
    List<String> lines = new ArrayList<>();
    lines.add(v.header(workspaceName, "SMART goals", "as of " + asOf));
    lines.add("");
    if (goals.isEmpty()) {
      lines.add("No SMART goals. Add one with `okr new goal`.");
      return lines;
    }
    for (GoalStatus g : goals) {
      String figure =
          v.glyphs().bar(g.score(), BAR) + Text.padLeft(Numbers.percent(g.progress()), 6);
      String title = v.glyphs().dot() + " " + TerminalText.sanitize(g.goal().header().title());
      lines.add(Text.padRight(title, v.width() - Text.width(figure) - 2) + "  " + figure);
      List<String> details = new ArrayList<>();
      details.add(TerminalText.sanitize(g.goal().id()));
      details.add(value(g));
      details.add(g.due() == null ? "no due date" : "due " + g.due() + daysLeft(g));
      details.add(status(g));
      if (g.confidence() != null && !g.done() && v.width() >= 100) {
        details.add("confidence " + g.confidence());
      }
      lines.add(Text.fit("  " + String.join(v.glyphs().sep(), details), v.width()));
    }
    lines.add("");
    long done = goals.stream().filter(GoalStatus::done).count();
    lines.add(
        Text.fit(
            goals.size() + (goals.size() == 1 ? " goal" : " goals") + ": " + done + " done",
            v.width()));
    return lines;
  }

  static String value(GoalStatus g) {
    Measure m = g.goal().measure();
    if (m == null) {
      return "no measure";
    }
    return Numbers.format(g.current()) + " / " + Numbers.withUnit(m.target(), m.unit());
  }

  private static String daysLeft(GoalStatus g) {
    if (g.daysLeft() == null || g.done()) {
      return "";
    }
    if (g.daysLeft() < 0) {
      return ", " + -g.daysLeft() + " days late";
    }
    return g.daysLeft() == 1 ? ", 1 day left" : ", " + g.daysLeft() + " days left";
  }

  private String status(GoalStatus g) {
    if (g.done()) {
      return v.paint(Style.Role.GOOD, "done");
    }
    if (g.stale()) {
      return v.paint(Style.Role.AMBER, "stale");
    }
    if (g.score() == null) {
      return v.paint(Style.Role.DIM, "no data");
    }
    return Words.pace(v, g.pace());
  }

  /** JSON for scripts. */
  public static String json(java.time.LocalDate asOf, List<GoalStatus> goals) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("format", 1);
    doc.put("kind", "goals");
    doc.put("asOf", asOf.toString());
    List<Object> items = new ArrayList<>();
    for (GoalStatus g : goals) {
      items.add(JsonParts.goal(g));
    }
    doc.put("goals", items);
    return Json.pretty(doc);
  }

  public static String csv(List<GoalStatus> goals) {
    StringBuilder out = new StringBuilder();
    out.append(
        Csv.row(
            List.of(
                "goal",
                "title",
                "owner",
                "unit",
                "baseline",
                "target",
                "current",
                "progress",
                "due",
                "days_left",
                "pace",
                "confidence",
                "last_update")));
    for (GoalStatus g : goals) {
      Measure m = g.goal().measure();
      List<Object> row = new ArrayList<>();
      row.add(g.goal().id());
      row.add(g.goal().header().title());
      row.add(g.goal().header().owner());
      row.add(m == null ? null : m.unit());
      row.add(m == null ? null : Csv.number(m.baseline()));
      row.add(m == null ? null : Csv.number(m.target()));
      row.add(Csv.number(g.current()));
      row.add(JsonParts.round(g.progress()));
      row.add(g.due());
      row.add(g.daysLeft());
      row.add(g.pace() == null ? null : g.pace().word());
      row.add(g.confidence());
      row.add(g.lastUpdate());
      out.append(Csv.row(row));
    }
    return out.toString();
  }

  public static String markdown(List<GoalStatus> goals) {
    StringBuilder out =
        new StringBuilder(
            "# SMART goals\n\n| Goal | Progress | Current / target | Due | Pace |\n|---|---:|---|---|---|\n");
    for (GoalStatus g : goals) {
      out.append("| ")
          .append(Markdown.cell(g.goal().header().title()))
          .append(" | ")
          .append(Numbers.percent(g.progress()))
          .append(" | ")
          .append(Markdown.cell(value(g)))
          .append(" | ")
          .append(g.due() == null ? "" : g.due())
          .append(" | ")
          .append(g.done() ? "done" : g.pace() == null ? "no data" : g.pace().word())
          .append(" |\n");
    }
    return out.toString();
  }
}
