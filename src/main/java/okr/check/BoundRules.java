package okr.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okr.model.Better;
import okr.model.Bound;
import okr.model.Diagnostic;
import okr.model.Direction;
import okr.model.EntryKind;
import okr.model.JournalEntry;
import okr.model.KeyResult;
import okr.model.Kpi;
import okr.model.Objective;
import okr.model.SourceSpan;
import okr.model.Spans;
import okr.model.Workspace;

/**
 * Values a key result or KPI can take at all ({@code min:}/{@code max:}), and a key result that
 * moves against the KPI that feeds it.
 */
public final class BoundRules implements WorkspaceRule {

  @Override
  public void check(Workspace ws, java.time.LocalDate today, List<Diagnostic> out) {
    java.nio.file.Path root = ws.root();
    Map<String, KeyResult> krs = new HashMap<>();
    for (Objective o : ws.objectives()) {
      for (KeyResult kr : o.keyResults()) {
        krs.put(o.id() + "/" + kr.id(), kr);
        checkOrder(kr.min(), kr.max(), kr.spans(), out);
        if (!kr.isMilestone()) {
          for (String key : new String[] {"baseline", "target", "stretch"}) {
            Double v =
                key.equals("baseline")
                    ? kr.baseline()
                    : key.equals("target") ? kr.target() : kr.stretch();
            if (v != null) {
              Bound.brokenBy(kr, v)
                  .ifPresent(
                      b ->
                          out.add(
                              outside(
                                  root,
                                  kr.spans().at(key),
                                  "`" + key + ": " + Bound.plain(v) + "`",
                                  b)));
            }
          }
        }
        if (kr.kpi() != null && !kr.isMilestone()) {
          ws.kpi(kr.kpi()).ifPresent(k -> checkDirection(o, kr, k, out));
        }
      }
    }
    for (Kpi k : ws.kpis()) {
      checkOrder(k.min(), k.max(), k.spans(), out);
    }
    for (JournalEntry e : ws.journal()) {
      if (e.value() == null) {
        continue;
      }
      String ref = ws.currentOf(e);
      if (e.kind() == EntryKind.KR && krs.containsKey(ref)) {
        KeyResult kr = krs.get(ref);
        Bound.brokenBy(kr, e.value())
            .ifPresent(b -> out.add(outside(root, e.spans().at("value"), value(e), b)));
      } else if (e.kind() == EntryKind.KPI) {
        Optional<Kpi> kpi = ws.kpi(ref);
        kpi.flatMap(k -> Bound.brokenBy(k, e.value()))
            .ifPresent(b -> out.add(outside(root, e.spans().at("value"), value(e), b)));
      }
    }
  }

  private static String value(JournalEntry e) {
    return "`value: " + Bound.plain(e.value()) + "` of `" + e.ref() + "`";
  }

  private static Diagnostic outside(java.nio.file.Path root, SourceSpan at, String what, Bound b) {
    return Diagnostic.error(
        "out-of-bounds",
        at,
        what + " is " + b.describe() + " (" + place(root, b.span()) + ")",
        "a value outside its bounds cannot happen; correct the value, or the bound if it is wrong");
  }

  /** A bound's place for a message: its file relative to the workspace, and its line. */
  public static String place(java.nio.file.Path root, SourceSpan span) {
    if (span == null || span.file() == null) {
      return "its goal file";
    }
    java.nio.file.Path file = span.file();
    if (root != null && file.isAbsolute() && file.startsWith(root.toAbsolutePath())) {
      file = root.toAbsolutePath().relativize(file);
    }
    return file.toString().replace('\\', '/') + ":" + span.line();
  }

  private static void checkOrder(Double min, Double max, Spans spans, List<Diagnostic> out) {
    if (min != null && max != null && min > max) {
      out.add(
          Diagnostic.error(
              "out-of-bounds",
              spans.at("max"),
              "`max: " + Bound.plain(max) + "` is below `min: " + Bound.plain(min) + "`",
              "no value could fit; swap them"));
    }
  }

  /** An increasing key result fed by a lower-is-better KPI (or the reverse) contradicts itself. */
  private static void checkDirection(Objective o, KeyResult kr, Kpi k, List<Diagnostic> out) {
    Better better = k.better();
    if (better == null) {
      return;
    }
    Direction d = kr.effectiveDirection();
    boolean up = d == Direction.INCREASE || d == Direction.AT_LEAST;
    if (up != (better == Better.HIGHER)) {
      out.add(
          Diagnostic.error(
              "direction-contradiction",
              kr.spans().at("kpi"),
              "`"
                  + o.id()
                  + "/"
                  + kr.id()
                  + "` goes "
                  + (up ? "up (" : "down (")
                  + d.word()
                  + ") but its KPI `"
                  + k.id()
                  + "` says `better: "
                  + (better == Better.HIGHER ? "higher" : "lower")
                  + "`",
              "make the key result's baseline, target and direction agree with the KPI, or link"
                  + " another KPI"));
    }
  }
}
