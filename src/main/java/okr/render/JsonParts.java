package okr.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okr.model.JournalEntry;
import okr.model.KeyResult;
import okr.model.Period;
import okr.scoring.KrStatus;
import okr.scoring.ObjectiveStatus;
import okr.scoring.Selection;

/** Pieces shared by the JSON documents, so an objective reads the same in every one. */
public final class JsonParts {

  private JsonParts() {}

  static Map<String, Object> period(Period p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("label", p.label());
    m.put("start", p.start().toString());
    m.put("end", p.end().toString());
    return m;
  }

  static Map<String, Object> objective(ObjectiveStatus o) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", o.objective().id());
    m.put("title", o.objective().header().title());
    m.put("owner", o.objective().header().owner());
    m.put("team", o.objective().header().team());
    m.put("collaborators", o.objective().collaborators());
    m.put("level", word(Selection.levelOf(o.objective())));
    m.put("type", word(o.objective().type()));
    m.put("period", period(o.period()));
    alignsTo(m, o.objective().alignsTo());
    m.put("rollup", o.objective().rollup());
    m.put("score", round(o.score()));
    m.put("band", o.band() == null ? null : o.band().word());
    m.put("colour", o.colour() == null ? null : o.colour().word());
    m.put("grade", o.grade());
    m.put("successAt", o.successAt());
    m.put("finished", o.finished());
    m.put("expectedProgress", round(o.expected()));
    m.put("pace", o.pace() == null ? null : o.pace().word());
    m.put("forecast", round(o.forecast()));
    m.put("confidence", o.confidence());
    m.put("confidenceOf", o.confidenceOf());
    m.put("offTrack", o.offTrack());
    m.put("broken", o.broken());
    m.put("withoutData", o.withoutData());
    m.put("confidenceTrend", word(o.confidenceTrend()));
    m.put("lastCheckin", o.lastCheckin() == null ? null : o.lastCheckin().toString());
    m.put("ageDays", o.ageDays());
    m.put("stale", o.stale());
    List<Object> krs = new ArrayList<>();
    for (KrStatus kr : o.keyResults()) {
      krs.add(keyResult(kr));
    }
    m.put("keyResults", krs);
    List<Object> rolled = new ArrayList<>();
    for (ObjectiveStatus child : o.rolledUp()) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("id", child.objective().id());
      c.put("score", round(child.score()));
      c.put("weight", 1.0);
      rolled.add(c);
    }
    m.put("rolledUp", rolled);
    return m;
  }

  static Map<String, Object> keyResult(KrStatus s) {
    KeyResult kr = s.kr();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", kr.id());
    m.put("ref", s.ref());
    m.put("title", kr.title());
    m.put("owner", kr.owner());
    m.put("collaborators", kr.collaborators());
    m.put("type", word(kr.type()));
    m.put("direction", kr.isMilestone() ? null : kr.effectiveDirection().word());
    m.put("unit", kr.unit());
    m.put("baseline", kr.baseline());
    m.put("target", kr.target());
    m.put("stretch", kr.stretch());
    m.put("weight", kr.weight());
    m.put("kpi", kr.kpi());
    m.put("min", kr.min());
    m.put("max", kr.max());
    m.put("current", finite(s.current()));
    // A line is held or broken, never a share of the way: no progress for it.
    m.put("progress", s.line() != null ? null : round(s.progress()));
    m.put("line", s.line() == null ? null : s.line().word());
    m.put("score", round(s.score()));
    m.put("counted", round(s.counted()));
    m.put("pace", s.pace() == null ? null : s.pace().word());
    m.put("forecast", round(s.forecast()));
    m.put("confidence", s.confidence());
    m.put("lastUpdate", s.lastUpdate() == null ? null : s.lastUpdate().toString());
    m.put("ageDays", s.ageDays());
    m.put("stale", s.stale());
    return m;
  }

  static Map<String, Object> goal(okr.scoring.GoalStatus g) {
    Map<String, Object> m = new LinkedHashMap<>();
    okr.model.SmartGoal goal = g.goal();
    m.put("id", goal.id());
    m.put("title", goal.header().title());
    m.put("owner", goal.header().owner());
    okr.model.Measure measure = goal.measure();
    m.put("unit", measure == null ? null : measure.unit());
    m.put("baseline", measure == null ? null : measure.baseline());
    m.put("target", measure == null ? null : measure.target());
    m.put("cumulative", measure != null && measure.cumulative());
    m.put("achievable", goal.achievable());
    m.put("relevant", goal.relevant());
    alignsTo(m, goal.alignsTo());
    m.put("start", g.start() == null ? null : g.start().toString());
    m.put("due", g.due() == null ? null : g.due().toString());
    m.put("daysLeft", g.daysLeft());
    m.put("current", finite(g.current()));
    m.put("progress", round(g.progress()));
    m.put("score", round(g.score()));
    m.put("done", g.done());
    m.put("pace", g.pace() == null ? null : g.pace().word());
    m.put("confidence", g.confidence());
    m.put("lastUpdate", g.lastUpdate() == null ? null : g.lastUpdate().toString());
    m.put("stale", g.stale());
    return m;
  }

  /** Green before amber, always: Map.of would order them differently from run to run. */
  private static Map<String, Object> thresholds(okr.model.Thresholds t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("green", t.green());
    m.put("amber", t.amber());
    return m;
  }

  static String group(okr.model.Kpi kpi) {
    if (kpi.health()) {
      return "health";
    }
    return kpi.indicator() == null ? "other" : word(kpi.indicator());
  }

  static Map<String, Object> kpi(okr.scoring.KpiStatus k) {
    okr.model.Kpi kpi = k.kpi();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", kpi.id());
    m.put("title", kpi.header().title());
    m.put("group", group(kpi));
    m.put("owner", kpi.header().owner());
    m.put("team", kpi.header().team());
    m.put("unit", kpi.unit());
    m.put("better", word(k.better()));
    m.put("target", k.target());
    m.put("thresholds", kpi.thresholds() == null ? null : thresholds(kpi.thresholds()));
    m.put("frequency", word(kpi.frequency()));
    m.put("leads", kpi.leads());
    m.put("min", kpi.min());
    m.put("max", kpi.max());
    m.put("latest", finite(k.latest()));
    m.put("measuredOn", k.measuredOn() == null ? null : k.measuredOn().toString());
    m.put("ageDays", k.ageDays());
    m.put("stale", k.stale());
    m.put("status", k.band() == null ? null : k.band().word());
    m.put("withinBounds", kpi.health() && k.hasData() ? k.withinBounds() : null);
    m.put("shareOfTarget", round(k.shareOfTarget()));
    m.put("previous", finite(k.previous()));
    m.put("lastPeriod", finite(k.lastPeriod()));
    m.put("trend", word(k.trend()));
    m.put("improving", k.improving());
    m.put("values", k.values());
    return m;
  }

  /**
   * A check-in, measurement or note as every JSON format writes it (log, show, digest): its id,
   * time, person, kind and target, and what it says.
   */
  public static Map<String, Object> entry(JournalEntry e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", e.id());
    m.put("at", e.at().toString());
    m.put("by", e.by());
    m.put(
        "kind",
        e.kind() == okr.model.EntryKind.KPI
            ? "measurement"
            : e.value() == null && e.done() == null ? "note" : "checkin");
    m.put(e.kind().key(), e.ref());
    m.put("value", e.done() != null ? e.done() : e.value());
    m.put("confidence", e.confidence());
    m.put("progress", e.progress());
    m.put("plans", e.plans());
    m.put("problems", e.problems());
    if (e.src() != null) {
      Map<String, Object> src = new LinkedHashMap<>();
      src.put("kind", e.src().kind());
      src.put("pulled", e.src().pulled() == null ? null : e.src().pulled().toString());
      src.put("sha256", e.src().sha256());
      m.put("src", src);
    }
    return m;
  }

  static String word(Enum<?> value) {
    return value == null ? null : value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Scores and progress to 4 decimals, so JSON diffs do not flicker in the last digit. */
  static Double round(Double value) {
    if (value == null || !Double.isFinite(value)) {
      return null; // JSON has no NaN or Infinity
    }
    if (Math.abs(value) >= 1e11) {
      return value; // Math.round(value * 10_000) would overflow a long; no decimals to cut here
    }
    return Math.round(value * 10_000) / 10_000.0;
  }

  /**
   * A value okr added up (a cumulative key result past the largest double) as JSON can hold it:
   * JSON has no Infinity, and Jackson wrote the string "Infinity" where scripts expect a number.
   */
  static Double finite(Double value) {
    return value == null || Double.isFinite(value) ? value : null;
  }

  static String plain(Double value) {
    return value == null || !Double.isFinite(value) ? null : Numbers.format(value).replace(",", "");
  }

  /**
   * {@code alignsTo} keeps its format-1 shape, the first parent or null; further parents, when an
   * objective serves several, follow in {@code alsoAlignsTo}.
   */
  static void alignsTo(Map<String, Object> m, List<String> parents) {
    m.put("alignsTo", parents.isEmpty() ? null : parents.get(0));
    if (parents.size() > 1) {
      m.put("alsoAlignsTo", parents.subList(1, parents.size()));
    }
  }
}
