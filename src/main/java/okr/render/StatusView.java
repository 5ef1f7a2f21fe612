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

  /** The bar when titles are short of room: four columns more for the words. */
  private static final int SHORT_BAR = 6;

  private static final int PERCENT = 5;
  private static final int STATUS = 10;

  /** From this width on, an objective's details fit on one line. */
  private static final int WIDE = 110;

  /**
   * Below this many columns for titles, a key result's title gets a line of its own and its bar
   * goes on the next: a title cut to a few words says nothing.
   */
  private static final int NARROW_TITLES = 24;

  /** A key result's row before its title: the indent. */
  private static final String INDENT = "    ";

  private final ViewStyle v;
  private int valueWidth;
  private int statusWidth;
  private int percentWidth;
  private int titleWidth;
  private int bar;
  private boolean stacked;
  private int lineWidth;

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
    lines.addAll(Text.wrap(summary(card), v.width()));
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
          // No lambdas on this path: each is linked in the interpreter on every run.
          List<ObjectiveStatus> group = groups.get(name);
          if (group == null) {
            group = new ArrayList<>();
            groups.put(name, group);
          }
          group.add(o);
        }
      }
    }
    return groups;
  }

  private void objective(ObjectiveStatus o, List<String> lines) {
    String score = Words.score(v, o);
    int scoreWidth = Text.width(score);
    List<String> titleLines =
        Text.wrap(
            TerminalText.sanitize(o.objective().header().title()),
            Math.max(8, lineWidth - scoreWidth - 4));
    lines.add(
        Text.padRight(v.glyphs().dot() + " " + titleLines.get(0), lineWidth - scoreWidth - 2)
            + "  "
            + score);
    for (String more : titleLines.subList(1, titleLines.size())) {
      lines.add("  " + more);
    }

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
      joinWrapped(all, lines, true);
    } else {
      joinWrapped(who, lines, true);
      joinWrapped(how, lines, false);
    }
    for (KrStatus kr : o.keyResults()) {
      row(TerminalText.sanitize(kr.kr().title()), keyResultColumns(kr), lines);
    }
    for (ObjectiveStatus child : o.rolledUp()) {
      row(
          v.glyphs().dot() + " " + TerminalText.sanitize(child.objective().header().title()),
          rolledUpColumns(child),
          lines);
    }
  }

  /**
   * Parts joined by the separator into lines indented by two, breaking between parts rather than
   * cutting one: the details of an objective are read whole.
   */
  private void joinWrapped(List<String> parts, List<String> lines, boolean dim) {
    String sep = v.glyphs().sep();
    StringBuilder line = new StringBuilder("  ");
    boolean empty = true;
    for (String part : parts) {
      if (!empty && Text.width(line.toString()) + Text.width(sep + part) > v.width()) {
        lines.add(dim ? dim(line.toString()) : line.toString());
        line = new StringBuilder("  ");
        empty = true;
      }
      line.append(empty ? "" : sep).append(part);
      empty = false;
    }
    lines.add(dim ? dim(line.toString()) : Text.fit(line.toString(), v.width()));
  }

  /**
   * One key result (or rolled-up objective): its title in the title column, wrapped there when
   * long; when the column is too narrow, the title on its own line and the bar below it.
   */
  private void row(String title, String columns, List<String> lines) {
    if (stacked) {
      for (String part : Text.wrap(title, v.width() - INDENT.length())) {
        lines.add(INDENT + part);
      }
      lines.add(Text.fit(INDENT + "  " + columns, v.width()));
      return;
    }
    List<String> parts = Text.wrap(title, titleWidth);
    lines.add(INDENT + Text.padRight(parts.get(0), titleWidth) + "  " + columns);
    for (String part : parts.subList(1, parts.size())) {
      lines.add(INDENT + "  " + part);
    }
  }

  /** An objective rolled up into its parent, shown as the key result it counts as. */
  private String rolledUpColumns(ObjectiveStatus child) {
    return v.glyphs().bar(child.score(), bar)
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
    int longestTitle = 0;
    int longestObjective = 0;
    for (ObjectiveStatus o : card.objectives()) {
      longestObjective =
          Math.max(
              longestObjective,
              2
                  + Text.width(TerminalText.sanitize(o.objective().header().title()))
                  + 2
                  + Text.width(Words.score(v, o)));
      for (KrStatus kr : o.keyResults()) {
        longestTitle = Math.max(longestTitle, Text.width(TerminalText.sanitize(kr.kr().title())));
      }
      for (ObjectiveStatus child : o.rolledUp()) {
        longestTitle =
            Math.max(
                longestTitle,
                2 + Text.width(TerminalText.sanitize(child.objective().header().title())));
      }
    }
    int others = INDENT.length() + 2 + 1 + percentWidth + 2 + valueWidth + 2 + statusWidth;
    bar = v.width() - others - BAR >= longestTitle ? BAR : SHORT_BAR;
    int columns = others + bar;
    int room = v.width() - columns;
    stacked = room < Math.min(NARROW_TITLES, longestTitle);
    if (stacked) {
      bar = BAR; // the bar has a line of its own
    }
    // Titles get the room they need and no more, so a wide terminal does not push the bars far
    // from the words they belong to; a title longer than the room wraps in its column.
    titleWidth = stacked ? v.width() - INDENT.length() : Math.max(1, Math.min(room, longestTitle));
    int rowWidth = stacked ? v.width() : columns + titleWidth;
    lineWidth = Math.min(v.width(), Math.max(rowWidth, longestObjective));
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

  private String keyResultColumns(KrStatus s) {
    return v.glyphs().bar(s.score(), bar)
        + " "
        + Text.padLeft(Words.progress(s), percentWidth)
        + "  "
        + Text.padRight(value(s), valueWidth)
        + "  "
        + status(s);
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
      long count = 0;
      for (ObjectiveStatus o : card.objectives()) {
        if (Words.plainState(o).equals(state)) {
          count++;
        }
      }
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
