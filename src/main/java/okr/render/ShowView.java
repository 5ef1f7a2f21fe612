package okr.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import okr.model.Initiative;
import okr.model.JournalEntry;
import okr.model.KeyResult;
import okr.model.Kpi;
import okr.model.Measure;
import okr.model.Objective;
import okr.model.SmartGoal;
import okr.scoring.GoalStatus;
import okr.scoring.InitiativeProgress;
import okr.scoring.KrStatus;
import okr.scoring.ObjectiveStatus;

/** One objective, key result, KPI or goal in depth, with its whole check-in history. */
public final class ShowView {

  private final ViewStyle v;
  private final PathDisplay paths;
  private final List<String> lines = new ArrayList<>();

  public ShowView(ViewStyle v, PathDisplay paths) {
    this.v = v;
    this.paths = paths;
  }

  /**
   * @param initiatives its initiatives' progress, which lists the work and never counts in its
   *     score
   */
  public List<String> objective(
      ObjectiveStatus o,
      List<InitiativeProgress> initiatives,
      List<ObjectiveStatus> children,
      List<Objective> lineage) {
    Objective obj = o.objective();
    title(obj.header().title());
    field(
        "id",
        user(obj.id())
            + v.glyphs().sep()
            + "objective"
            + v.glyphs().sep()
            + Words.type(o)
            + (obj.rollup() ? v.glyphs().sep() + "rolls up what aligns to it" : ""));
    field(
        "owner",
        join(
            obj.header().owner(),
            obj.header().team() == null ? null : "team " + obj.header().team()));
    field("with", people(obj.collaborators()));
    field(
        "level",
        Words.level(okr.scoring.Selection.levelOf(obj)).toLowerCase(java.util.Locale.ROOT));
    field(
        "period",
        user(o.period().label()) + " (" + o.period().start() + " to " + o.period().end() + ")");
    field("file", paths.show(obj.header().file()));
    field("aligns to", obj.alignsTo().isEmpty() ? null : user(String.join(", ", obj.alignsTo())));
    if (!lineage.isEmpty()) {
      List<String> chain = new ArrayList<>();
      lineage.forEach(
          l ->
              chain.add(
                  user(l.id()) + " (" + (l.period() == null ? "dates" : user(l.period())) + ")"));
      field("carried from", String.join(" ← ", chain));
    }
    field(
        "tags",
        obj.header().tags().isEmpty() ? null : user(String.join(", ", obj.header().tags())));
    field(
        "score",
        Words.score(v, o)
            + (o.finished() || o.score() == null
                ? ""
                : v.glyphs().sep() + "band " + o.band().word())
            + v.glyphs().sep()
            + "expected progress "
            + Numbers.percent(o.expected()));
    field("forecast", Words.forecast(o));
    if (o.confidence() != null) {
      field(
          "confidence",
          Words.confidence(o).substring("confidence ".length())
              + " "
              + Words.trend(v.glyphs(), o.confidenceTrend()));
    }
    field("signals", Words.signals(o));
    field(
        "last check-in",
        o.lastCheckin() == null
            ? "never"
            : o.lastCheckin() + " (" + Words.age(o.ageDays()) + ")" + (o.stale() ? ", stale" : ""));
    notes(obj.header().notes());

    section("Key results");
    int idWidth =
        o.keyResults().stream().mapToInt(kr -> Text.width(user(kr.kr().id()))).max().orElse(0);
    int progressWidth =
        Math.max(
            5,
            o.keyResults().stream().mapToInt(kr -> Text.width(Words.progress(kr))).max().orElse(0));
    for (KrStatus kr : o.keyResults()) {
      lines.add(
          Text.fit(
              "  "
                  + Text.padRight(user(kr.kr().id()), idWidth)
                  + "  "
                  + v.glyphs().bar(kr.score(), 10)
                  + " "
                  + Text.padLeft(Words.progress(kr), progressWidth)
                  + "  "
                  + TerminalText.sanitize(StatusView.value(kr))
                  + "  "
                  + v.glyphs().sparkline(kr.values(), 12),
              v.width()));
      lines.add(Text.fit("      " + TerminalText.sanitize(kr.kr().title()), v.width()));
    }
    if (!initiatives.isEmpty()) {
      section("Initiatives");
      for (InitiativeProgress p : initiatives) {
        Initiative i = p.initiative();
        String status = p.status() == null ? "" : "[" + status(p.status()) + "] ";
        lines.add(
            Text.fit(
                "  "
                    + status
                    + TerminalText.sanitize(i.title())
                    + (i.keyResult() == null ? "" : "  → " + TerminalText.sanitize(i.keyResult())),
                v.width()));
        String state = initiativeLine(p);
        if (!state.isEmpty()) {
          lines.add(Text.fit("      " + state, v.width()));
        }
        if (i.link() != null) {
          lines.add(Text.fit("      " + TerminalText.sanitize(i.link()), v.width()));
        }
      }
    }
    if (!children.isEmpty()) {
      section("Aligned to this");
      for (ObjectiveStatus child : children) {
        lines.add(
            Text.fit(
                "  "
                    + v.glyphs().dot()
                    + " "
                    + TerminalText.sanitize(child.objective().id())
                    + "  "
                    + Words.score(v, child)
                    + (o.rolledUp().contains(child) ? " (counts as a key result)" : "")
                    + "  "
                    + TerminalText.sanitize(child.objective().header().title()),
                v.width()));
      }
    }
    history(ShowFormats.history(o, initiatives), true);
    return lines;
  }

  /** {@code hill-rides · 60 % · due 2026-09-15, overdue by 9 days}: what an id and dates add. */
  private String initiativeLine(InitiativeProgress p) {
    List<String> parts = new ArrayList<>();
    if (p.ref() != null) {
      parts.add(user(p.initiative().id()));
    }
    String state = Words.initiativeState(p, v.glyphs().sep());
    if (!state.isEmpty()) {
      parts.add(state);
    }
    return String.join(v.glyphs().sep(), parts);
  }

  /** {@code maratona/climb · key result of "Complete the Maratona…"}. */
  private void refField(String ref, String what, Objective parent) {
    field(
        "ref",
        user(ref)
            + v.glyphs().sep()
            + what
            + " of \""
            + TerminalText.sanitize(parent.header().title())
            + "\"");
  }

  /** {@code in-progress}: a status word as the files write it. */
  private static String status(okr.model.InitiativeStatus status) {
    return status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** One initiative ({@code okr show OBJ/INITIATIVE}) with its check-ins. */
  public List<String> initiative(Objective parent, InitiativeProgress p) {
    Initiative i = p.initiative();
    title(i.title());
    refField(p.ref(), "initiative", parent);
    field("status", p.status() == null ? null : status(p.status()));
    field(
        "progress",
        Words.progress(p)
            + (p.fromCheckin()
                ? " (check-in of " + p.lastCheckin() + ")"
                : i.progress() != null ? " (as the file says)" : ""));
    field("score", "none: an initiative is the work, not the result");
    field("due", i.due() == null ? null : Words.due(p).substring("due ".length()));
    field("key result", user(i.keyResult()));
    field("owner", user(i.owner()));
    field("link", user(i.link()));
    field("file", paths.show(parent.header().file()));
    history(p.checkins(), false);
    return lines;
  }

  public List<String> keyResult(Objective parent, KrStatus s) {
    KeyResult kr = s.kr();
    title(kr.title());
    refField(s.ref(), "key result", parent);
    field(
        "type",
        kr.isMilestone()
            ? "milestone (done / not done)"
            : "metric, "
                + kr.effectiveDirection().word()
                + (kr.cumulative() ? ", cumulative (check-ins add up)" : ""));
    if (!kr.isMilestone()) {
      field("baseline", Numbers.withUnit(kr.baseline(), kr.unit()));
      field("target", Numbers.withUnit(kr.target(), kr.unit()));
      field(
          "stretch",
          kr.stretch() == null
              ? null
              : Numbers.withUnit(kr.stretch(), kr.unit()) + " (the target scores 0.7, this 1.0)");
      field("bounds", bounds(kr.min(), kr.max(), kr.unit()));
    }
    field("weight", Numbers.format(kr.weight()));
    field("due", kr.due() == null ? null : kr.due() + " (its pace runs to this day)");
    field("owner", user(kr.owner()));
    field("with", people(kr.collaborators()));
    field(
        "kpi",
        kr.kpi() == null ? null : user(kr.kpi()) + " (current value comes from its measurements)");
    field(
        "current",
        TerminalText.sanitize(StatusView.value(s)) + "  " + v.glyphs().sparkline(s.values(), 24));
    field(
        "progress",
        (s.line() != null ? Words.line(s) : Numbers.percent(s.progress()))
            + v.glyphs().sep()
            + "score "
            + (s.hasData() ? Numbers.score(s.score()) : "0.00, no data")
            + (s.pace() == null ? "" : v.glyphs().sep() + Words.pace(v, s.pace())));
    field(
        "forecast",
        s.forecast() == null || !s.hasData()
            ? null
            : "at this pace " + Numbers.score(s.forecast()));
    if (s.confidence() != null) {
      field("confidence", s.confidence() + " " + Words.trend(v.glyphs(), s.confidenceTrend()));
    }
    field(
        "last update",
        s.lastUpdate() == null ? "never" : s.lastUpdate() + (s.stale() ? ", stale" : ""));
    notes(null);
    history(s.checkins(), false);
    return lines;
  }

  public List<String> kpi(okr.scoring.KpiStatus status, List<String> usedBy) {
    Kpi k = status.kpi();
    List<JournalEntry> measurements = status.measurements();
    title(k.header().title());
    field("id", user(k.id()) + v.glyphs().sep() + "KPI" + (k.health() ? ", health metric" : ""));
    field(
        "indicator",
        k.indicator() == null ? null : k.indicator().name().toLowerCase(java.util.Locale.ROOT));
    field(
        "better",
        status.better() == null ? null : status.better().name().toLowerCase(java.util.Locale.ROOT));
    field("target", k.target() == null ? null : Numbers.withUnit(k.target(), k.unit()));
    field(
        "thresholds",
        k.thresholds() == null
            ? null
            : "green "
                + Numbers.exact(k.thresholds().green())
                + ", amber "
                + Numbers.exact(k.thresholds().amber()));
    field(
        "frequency",
        k.frequency() == null ? null : k.frequency().name().toLowerCase(java.util.Locale.ROOT));
    field("leads", k.leads().isEmpty() ? null : user(String.join(", ", k.leads())));
    field("bounds", bounds(k.min(), k.max(), k.unit()));
    field(
        "owner",
        join(k.header().owner(), k.header().team() == null ? null : "team " + k.header().team()));
    field("file", paths.show(k.header().file()));
    field(
        "latest",
        Numbers.withUnit(status.latest(), k.unit())
            + (status.measuredOn() == null ? "" : " on " + status.measuredOn())
            + "  "
            + v.glyphs().sparkline(status.values(), 24));
    String state =
        status.band() != null
            ? Words.band(v, status.band())
            : status.shareOfTarget() != null
                ? Numbers.percent(status.shareOfTarget()) + " of target"
                : null;
    field(
        "status",
        state == null
            ? (status.stale() ? "stale" : null)
            : state + (status.stale() ? ", stale" : ""));
    notes(k.header().notes());
    if (!usedBy.isEmpty()) {
      section("Used by");
      usedBy.forEach(u -> lines.add(Text.fit("  " + TerminalText.sanitize(u), v.width())));
    }
    section("Measurements");
    if (measurements.isEmpty()) {
      lines.add("  none yet");
    }
    List<JournalEntry> newestFirst = new ArrayList<>(measurements);
    java.util.Collections.reverse(newestFirst);
    for (JournalEntry e : newestFirst) {
      lines.add(
          Text.fit(
              "  "
                  + e.at().toLocalDate()
                  + "  "
                  + Numbers.withUnit(e.value(), k.unit())
                  + (e.by() == null ? "" : "  " + TerminalText.sanitize(e.by()))
                  + (e.src() == null ? "" : "  " + TerminalText.sanitize(EntryText.pulled(e))),
              v.width()));
      ppp(e);
    }
    return lines;
  }

  public List<String> goal(GoalStatus g) {
    SmartGoal goal = g.goal();
    Measure m = goal.measure();
    title(goal.header().title());
    field("id", user(goal.id()) + v.glyphs().sep() + "SMART goal");
    field("owner", user(goal.header().owner()));
    field("file", paths.show(goal.header().file()));
    field(
        "measurable",
        m == null
            ? null
            : "from "
                + Numbers.withUnit(m.baseline(), m.unit())
                + " to "
                + Numbers.withUnit(m.target(), m.unit())
                + (m.cumulative() ? " (check-ins add up)" : ""));
    field("achievable", user(goal.achievable()));
    field(
        "relevant",
        join(
            goal.relevant(),
            goal.alignsTo().isEmpty() ? null : "aligns to " + String.join(", ", goal.alignsTo())));
    field(
        "time-bound",
        g.due() == null
            ? null
            : "due " + g.due() + (g.start() == null ? "" : ", from " + g.start()));
    field(
        "current",
        TerminalText.sanitize(GoalsView.value(g)) + "  " + v.glyphs().sparkline(g.values(), 24));
    field(
        "progress",
        Numbers.percent(g.progress())
            + (g.pace() == null ? "" : v.glyphs().sep() + Words.pace(v, g.pace()))
            + (g.done() ? v.glyphs().sep() + "done" : ""));
    if (g.confidence() != null) {
      field("confidence", String.valueOf(g.confidence()));
    }
    notes(goal.header().notes());
    history(g.checkins(), false);
    return lines;
  }

  private void history(List<JournalEntry> entries, boolean showTarget) {
    section("Check-ins");
    if (entries.isEmpty()) {
      lines.add("  none yet");
      return;
    }
    List<JournalEntry> newestFirst = new ArrayList<>(entries);
    java.util.Collections.reverse(newestFirst);
    for (JournalEntry e : newestFirst) {
      StringBuilder line = new StringBuilder("  ").append(e.at().toLocalDate());
      if (e.by() != null) {
        line.append("  ").append(TerminalText.sanitize(e.by()));
      }
      if (showTarget) {
        line.append("  ")
            .append(TerminalText.sanitize(e.ref().substring(e.ref().indexOf('/') + 1)));
      }
      if (e.done() != null) {
        line.append("  ").append(e.done() ? "done" : "not done");
      } else if (e.value() != null) {
        line.append("  ").append(Numbers.format(e.value()));
        if (e.kind() == okr.model.EntryKind.INITIATIVE) {
          line.append(" %");
        }
      }
      if (e.confidence() != null) {
        line.append("  confidence ").append(e.confidence());
      }
      lines.add(Text.fit(line.toString(), v.width()));
      ppp(e);
    }
  }

  private void ppp(JournalEntry e) {
    labelled("progress", e.progress());
    labelled("plans", e.plans());
    labelled("problems", e.problems());
  }

  /** Check-in text, line by line as it was written; each line sanitized on its own. */
  private void labelled(String label, String text) {
    if (text == null || text.isBlank()) {
      return;
    }
    String lead = "      " + label + ": ";
    for (String line : text.split("\r\n|\r|\n", -1)) {
      lines.add(Text.fit(lead + TerminalText.sanitize(line), v.width()));
      lead = " ".repeat(lead.length());
    }
  }

  private void title(String title) {
    lines.add(v.paint(Style.Role.STRONG, Text.fit(TerminalText.sanitize(title), v.width())));
    lines.add("");
  }

  private void section(String name) {
    lines.add("");
    lines.add(v.paint(Style.Role.STRONG, name));
  }

  /** A field whose value was composed here; any user text in it is already sanitized. */
  private void field(String name, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    lines.add(Text.fit("  " + Text.padRight(name, 14) + value, v.width()));
  }

  private void notes(String notes) {
    if (notes == null || notes.isBlank()) {
      return;
    }
    section("Notes");
    for (String line : notes.strip().split("\n")) {
      lines.add(Text.fit("  " + TerminalText.sanitize(line), v.width()));
    }
  }

  /** "0 to 100 %", "at least 0", "at most 24 h"; null without bounds. */
  static String bounds(Double min, Double max, String unit) {
    if (min == null && max == null) {
      return null;
    }
    if (min != null && max != null) {
      return Numbers.format(min) + " to " + Numbers.withUnit(max, unit);
    }
    return min != null
        ? "at least " + Numbers.withUnit(min, unit)
        : "at most " + Numbers.withUnit(max, unit);
  }

  /** Joins user texts, sanitized, skipping the missing ones. */
  private static String join(String a, String b) {
    if (a == null) {
      return b == null ? null : TerminalText.sanitize(b);
    }
    return b == null
        ? TerminalText.sanitize(a)
        : TerminalText.sanitize(a) + ", " + TerminalText.sanitize(b);
  }

  /** Collaborators, as written; null (no line) when there are none. */
  private static String people(List<String> names) {
    return names.isEmpty() ? null : TerminalText.sanitize(String.join(", ", names));
  }

  private static String user(String text) {
    return text == null ? null : TerminalText.sanitize(text);
  }

  static String fileName(Path p) {
    return p.getFileName().toString();
  }
}
