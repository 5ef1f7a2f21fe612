package okr.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okr.model.KeyResult;
import okr.model.Level;
import okr.model.ObjectiveType;
import okr.scoring.KrStatus;
import okr.scoring.ObjectiveStatus;
import okr.scoring.Scorecard;
import okr.scoring.Selection;

/** The scorecard as text: objectives grouped by level and team, each with its key results. */
public final class StatusView {

  private static final int BAR = 10;
  private static final int PERCENT = 5;
  private static final int STATUS = 10;

  /** From this width on, an objective's details fit on one line. */
  private static final int WIDE = 110;

  private final ViewStyle v;
  private int valueWidth;
  private int statusWidth;
  private int percentWidth;

  public StatusView(ViewStyle v) {
    this.v = v;
  }

  public List<String> render(Scorecard card) {
    List<String> lines = new ArrayList<>();
    sizeColumns(card);
    lines.add(header(card));
    if (card.objectives().isEmpty()) {
      lines.add("");
      lines.addAll(
          Text.wrap(
              "No objectives for "
                  + card.period().label()
                  + ". Add one with `okr new objective`,"
                  + " or pick another period with --period.",
              v.width()));
      return lines;
    }
    for (Map.Entry<String, List<ObjectiveStatus>> group : groups(card).entrySet()) {
      lines.add("");
      lines.add(v.paint(Style.Role.STRONG, Text.fit(group.getKey(), v.width())));
      for (ObjectiveStatus o : group.getValue()) {
        objective(o, lines);
      }
    }
    String health = Words.health(card.health());
    if (health != null) {
      lines.add("");
      lines.addAll(Text.wrap(health, v.width()));
    }
    lines.add("");
    lines.add(Text.fit(summary(card), v.width()));
    return lines;
  }

  private String header(Scorecard card) {
    String name =
        card.workspaceName() == null
            ? ""
            : TerminalText.sanitize(card.workspaceName()) + v.glyphs().sep();
    return v.paint(
        Style.Role.STRONG,
        Text.fit(
            name
                + card.period().label()
                + v.glyphs().sep()
                + "as of "
                + card.asOf()
                + ", day "
                + card.dayOfPeriod()
                + " of "
                + card.period().lengthInDays(),
            v.width()));
  }

  /** Company first, then each team, then individuals, in file order within each. */
  private static Map<String, List<ObjectiveStatus>> groups(Scorecard card) {
    Map<String, List<ObjectiveStatus>> groups = new LinkedHashMap<>();
    for (Level level : Level.values()) {
      for (ObjectiveStatus o : card.objectives()) {
        if (Selection.levelOf(o.objective()) == level) {
          String team = o.objective().header().team();
          String name =
              level == Level.TACTICAL && team != null
                  ? "Team " + TerminalText.sanitize(team)
                  : Words.level(level);
          groups.computeIfAbsent(name, k -> new ArrayList<>()).add(o);
        }
      }
    }
    return groups;
  }

  private void objective(ObjectiveStatus o, List<String> lines) {
    String score = Words.score(v, o);
    int scoreWidth = Text.width(score);
    String title = v.glyphs().dot() + " " + TerminalText.sanitize(o.objective().header().title());
    int titleWidth = v.width() - scoreWidth - 2;
    lines.add(Text.padRight(title, titleWidth) + "  " + score);

    String sep = v.glyphs().sep();
    List<String> who = new ArrayList<>();
    who.add(TerminalText.sanitize(o.objective().id()));
    if (o.objective().header().owner() != null) {
      who.add(TerminalText.sanitize(o.objective().header().owner()));
    }
    who.add(Words.type(o));
    List<String> how = new ArrayList<>();
    if (Words.forecast(o) != null) {
      how.add(Words.forecast(o));
    }
    if (o.confidence() != null) {
      how.add(Words.confidence(o) + Words.trend(v.glyphs(), o.confidenceTrend()));
    }
    if (!Words.signals(o).isEmpty()) {
      how.add(v.paint(Style.Role.AMBER, Words.signals(o)));
    }
    String age = Words.age(o.ageDays());
    how.add(o.stale() ? v.paint(Style.Role.AMBER, "stale, " + age) : age);
    if (v.width() >= WIDE) {
      List<String> all = new ArrayList<>(who);
      all.addAll(how);
      lines.add(dim("  " + String.join(sep, all)));
    } else {
      lines.add(dim("  " + String.join(sep, who)));
      lines.add(Text.fit("  " + String.join(sep, how), v.width()));
    }
    for (KrStatus kr : o.keyResults()) {
      lines.add(keyResult(kr));
    }
    for (ObjectiveStatus child : o.rolledUp()) {
      lines.add(rolledUp(child));
    }
  }

  /** An objective rolled up into its parent, shown as the key result it counts as. */
  private String rolledUp(ObjectiveStatus child) {
    int titleWidth =
        Math.max(8, v.width() - 4 - 2 - BAR - 1 - percentWidth - 2 - valueWidth - 2 - statusWidth);
    return "    "
        + Text.padRight(
            v.glyphs().dot() + " " + TerminalText.sanitize(child.objective().header().title()),
            titleWidth)
        + "  "
        + v.glyphs().bar(child.score(), BAR)
        + " "
        + Text.padLeft(Numbers.score(child.score()), percentWidth)
        + "  "
        + Text.padRight(TerminalText.sanitize(child.objective().id()), valueWidth)
        + "  "
        + Words.state(v, child);
  }

  /** Value and status columns as wide as their widest entry, so titles get the rest. */
  private void sizeColumns(Scorecard card) {
    int maxValue = v.width() >= WIDE ? 26 : 20;
    valueWidth = 8;
    statusWidth = 4;
    percentWidth = PERCENT;
    for (ObjectiveStatus o : card.objectives()) {
      for (KrStatus kr : o.keyResults()) {
        valueWidth = Math.min(maxValue, Math.max(valueWidth, Text.width(value(kr))));
        statusWidth = Math.min(STATUS, Math.max(statusWidth, Text.width(status(kr))));
        percentWidth = Math.max(percentWidth, Text.width(Words.progress(kr)));
      }
      for (ObjectiveStatus child : o.rolledUp()) {
        valueWidth = Math.min(maxValue, Math.max(valueWidth, Text.width(child.objective().id())));
        statusWidth = Math.min(STATUS, Math.max(statusWidth, Text.width(Words.plainState(child))));
      }
    }
  }

  private String status(KrStatus s) {
    if (s.stale()) {
      return v.paint(
          Style.Role.AMBER, s.ageDays() == null ? "stale" : "stale " + s.ageDays() + "d");
    }
    if (!s.hasData()) {
      return v.paint(Style.Role.DIM, "no data");
    }
    if (s.pace() == null) {
      return v.paint(Style.Role.DIM, "open");
    }
    return Words.pace(v, s.pace());
  }

  private String keyResult(KrStatus s) {
    KeyResult kr = s.kr();
    int titleWidth =
        Math.max(8, v.width() - 4 - 2 - BAR - 1 - percentWidth - 2 - valueWidth - 2 - statusWidth);
    String status = status(s);
    return "    "
        + Text.padRight(TerminalText.sanitize(kr.title()), titleWidth)
        + "  "
        + v.glyphs().bar(s.score(), BAR)
        + " "
        + Text.padLeft(Words.progress(s), percentWidth)
        + "  "
        + Text.padRight(value(s), valueWidth)
        + "  "
        + status;
  }

  static String value(KrStatus s) {
    KeyResult kr = s.kr();
    if (kr.isMilestone()) {
      if (s.current() == null) {
        return "not started";
      }
      return s.current() >= 1 ? "done" : "not done";
    }
    if (kr.holdsLine() && s.current() != null) {
      // held/broken is in the progress column; here the numbers it was judged on
      String op =
          kr.effectiveDirection() == okr.model.Direction.AT_LEAST
              ? (s.line() == okr.scoring.Line.HELD ? " ≥ " : " < ")
              : (s.line() == okr.scoring.Line.HELD ? " ≤ " : " > ");
      return Numbers.format(s.current()) + op + Numbers.withUnit(kr.target(), kr.unit());
    }
    return Numbers.format(s.current()) + " / " + Numbers.withUnit(kr.target(), kr.unit());
  }

  private String summary(Scorecard card) {
    String sep = v.glyphs().sep();
    StringBuilder out = new StringBuilder();
    int n = card.objectives().size();
    out.append(n).append(n == 1 ? " objective" : " objectives");
    // Counted in the words the rows use: pace while a period runs, the grade band after it.
    List<String> bands = new ArrayList<>();
    for (String state :
        List.of("on-track", "at-risk", "off-track", "early", "green", "amber", "red", "no data")) {
      long count =
          card.objectives().stream().filter(o -> Words.plainState(o).equals(state)).count();
      if (count > 0) {
        bands.add(count + " " + (state.equals("no data") ? "without data" : state));
      }
    }
    out.append(": ").append(String.join(", ", bands));
    if (card.stale() > 0) {
      out.append(sep).append(card.stale()).append(" stale");
    }
    Double all = card.average(null);
    if (all != null) {
      out.append(sep).append("average ").append(Numbers.score(all));
      Double committed = card.average(ObjectiveType.COMMITTED);
      Double aspirational = card.average(ObjectiveType.ASPIRATIONAL);
      if (committed != null && aspirational != null) {
        out.append(" (committed ")
            .append(Numbers.score(committed))
            .append(", aspirational ")
            .append(Numbers.score(aspirational))
            .append(")");
      }
    }
    return out.toString();
  }

  private String dim(String text) {
    return v.paint(Style.Role.DIM, Text.fit(text, v.width()));
  }
}
