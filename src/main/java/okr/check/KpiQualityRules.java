package okr.check;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okr.model.Diagnostic;
import okr.model.Indicator;
import okr.model.KeyResult;
import okr.model.Kpi;
import okr.model.Objective;
import okr.model.Workspace;
import okr.scoring.KpiScorer;
import okr.scoring.KpiStatus;

/** A few KPIs, each measured, led by something, and used by an OKR (or watched for health). */
final class KpiQualityRules implements WorkspaceRule {

  private final TodaysJournal journal;

  KpiQualityRules(TodaysJournal journal) {
    this.journal = journal;
  }

  @Override
  public void check(Workspace ws, LocalDate today, List<Diagnostic> out) {
    int max = ws.settings().lint().maxKpis();
    Map<String, List<Kpi>> byOwner = new LinkedHashMap<>();
    Map<String, Kpi> byId = new LinkedHashMap<>();
    for (Kpi k : ws.kpis()) {
      byId.putIfAbsent(k.id(), k);
      if (k.header().owner() != null) {
        byOwner.computeIfAbsent(k.header().owner(), o -> new java.util.ArrayList<>()).add(k);
      }
    }
    for (Map.Entry<String, List<Kpi>> owner : byOwner.entrySet()) {
      if (owner.getValue().size() > max) {
        Kpi extra = owner.getValue().get(max);
        out.add(
            Diagnostic.warning(
                "too-many-kpis",
                extra.spans().at("owner"),
                "too many KPIs: "
                    + owner.getKey()
                    + " owns "
                    + owner.getValue().size()
                    + "; past "
                    + max
                    + " nobody watches them all",
                "keep the KPIs that drive decisions; set lint: {max_kpis: N} in okr.yaml to change the limit"));
      }
    }
    Set<String> ledByLeading = new HashSet<>();
    for (Kpi k : ws.kpis()) {
      for (String target : k.leads()) {
        ledByLeading.add(target);
        Kpi led = byId.get(target);
        if (led != null && (led.indicator() == null || !led.indicator().reports())) {
          out.add(
              Diagnostic.warning(
                  "leads-not-lagging",
                  k.spans().at("leads"),
                  "`" + k.id() + "` leads `" + target + "`, which is not a lagging KPI",
                  "a leading KPI predicts an outcome: mark `"
                      + target
                      + "` `indicator: lagging` (or `both`, when it leads another in turn), or"
                      + " lead a lagging KPI instead"));
        }
      }
    }
    Set<String> used = usedKpis(ws, byId, o -> true);
    // A KPI that only finished objectives used is history: its silence is no reminder.
    Set<String> usedNow =
        usedKpis(
            ws,
            byId,
            o -> ws.settings().calendar().periodOf(o).map(p -> p.contains(today)).orElse(true));
    KpiScorer scorer = new KpiScorer(journal.view(), ws.settings(), today);
    for (Kpi k : ws.kpis()) {
      if (k.indicator() == Indicator.LAGGING && !ledByLeading.contains(k.id())) {
        out.add(
            Diagnostic.warning(
                "lagging-without-leading",
                k.spans().at("indicator"),
                "lagging KPI `" + k.id() + "` reports outcomes, but no leading KPI predicts it",
                "add a leading KPI with `leads: ["
                    + k.id()
                    + "]`, so you see trouble before the result"));
      }
      if (!k.health() && !used.contains(k.id())) {
        out.add(
            Diagnostic.warning(
                "kpi-unused",
                k.spans().self(),
                "no OKR or goal uses KPI `" + k.id() + "`, and it is not a health metric",
                "link it from a key result with `kpi: "
                    + k.id()
                    + "`, mark it `health: true`, or remove it"));
      }
      KpiStatus status = scorer.status(k, 91);
      boolean watched = k.health() || usedNow.contains(k.id()) || !used.contains(k.id());
      if (watched && status.stale()) {
        out.add(
            Diagnostic.warning(
                "kpi-stale",
                k.spans().self(),
                status.hasData()
                    ? "KPI `" + k.id() + "` was last measured " + status.ageDays() + " days ago"
                    : "KPI `" + k.id() + "` has never been measured",
                "record a measurement: okr record " + k.id() + " VALUE"));
      }
    }
  }

  /**
   * KPIs a key result links to, and the KPIs connected to those through `leads:`, either way and
   * transitively: a chain is used as a whole when any KPI of it is.
   */
  private static Set<String> usedKpis(
      Workspace ws, Map<String, Kpi> byId, java.util.function.Predicate<Objective> which) {
    Set<String> used = new HashSet<>();
    for (Objective o : ws.objectives()) {
      if (!which.test(o)) {
        continue;
      }
      for (KeyResult kr : o.keyResults()) {
        if (kr.kpi() != null) {
          used.add(kr.kpi());
        }
      }
    }
    // A KPI a used one leads reports its outcome, and a KPI that leads a used one predicts it:
    // both are used. Walked along `leads:` both ways with a queue: linear however long the chain.
    Map<String, List<String>> linked = new java.util.HashMap<>();
    for (Kpi k : byId.values()) {
      for (String other : k.leads()) {
        linked.computeIfAbsent(other, x -> new java.util.ArrayList<>()).add(k.id());
        linked.computeIfAbsent(k.id(), x -> new java.util.ArrayList<>()).add(other);
      }
    }
    java.util.ArrayDeque<String> queue = new java.util.ArrayDeque<>(used);
    while (!queue.isEmpty()) {
      for (String next : linked.getOrDefault(queue.poll(), List.of())) {
        if (used.add(next)) {
          queue.add(next);
        }
      }
    }
    return used;
  }
}
