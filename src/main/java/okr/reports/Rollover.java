package okr.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import okr.model.Header;
import okr.model.Initiative;
import okr.model.InitiativeStatus;
import okr.model.KeyResult;
import okr.model.Objective;
import okr.model.Slugs;
import okr.model.Spans;
import okr.model.Workspace;
import okr.scoring.KrStatus;
import okr.scoring.ObjectiveStatus;
import okr.scoring.Scorer;

/**
 * What carrying an objective into the next period makes: the same objective in the new period with
 * {@code carried_from:} the old one, its key results that are not finished (each starting from its
 * last value as the new baseline) and its open initiatives (each at its latest progress). Writing
 * the file is the caller's.
 *
 * @param next the new objective, not yet written
 * @param carried how many key results it carries
 * @param of how many key results the old objective had
 */
public record Rollover(Objective next, int carried, int of) {

  /**
   * Rolls {@code old} into period {@code to} as of {@code today}; {@code id} null for the default.
   */
  public static Rollover plan(Workspace ws, LocalDate today, Objective old, String to, String id) {
    Scorer scorer = new Scorer(ws, today);
    ObjectiveStatus status = scorer.objective(old);
    List<KeyResult> carried = new ArrayList<>();
    for (KrStatus kr : status.keyResults()) {
      if (kr.score() != null && kr.score() >= 1.0) {
        continue;
      }
      KeyResult k = kr.kr();
      Double baseline = k.isMilestone() || kr.current() == null ? k.baseline() : kr.current();
      carried.add(
          new KeyResult(
              k.id(),
              k.title(),
              k.type(),
              baseline,
              k.target(),
              k.stretch(),
              k.unit(),
              k.direction(),
              k.weight(),
              k.owner(),
              k.kpi(),
              k.cumulative(),
              k.min(),
              k.max(),
              k.collaborators(),
              // A due date lies inside the old period; the new one has its own end.
              null,
              Spans.of(null)));
    }
    List<Initiative> open = new ArrayList<>();
    for (okr.scoring.InitiativeProgress p : scorer.initiatives(old)) {
      Initiative i = p.initiative();
      if (!p.done() && i.status() != InitiativeStatus.DROPPED) {
        // Its id names it in the new objective, from its latest progress; its due date lies
        // inside the old period.
        open.add(
            new Initiative(
                i.id(),
                i.title(),
                i.status(),
                i.keyResult(),
                i.link(),
                i.owner(),
                null,
                p.progress(),
                false,
                i.spans()));
      }
    }
    String newId = id != null ? id : nextId(old.id(), old.period(), to);
    Header h = old.header();
    Objective next =
        new Objective(
            // Everything the objective says about itself carries over: tags, notes, lint_ignore.
            new Header(
                h.kind(),
                newId,
                h.title(),
                h.owner(),
                h.team(),
                h.tags(),
                h.notes(),
                null,
                h.lintIgnore()),
            to,
            null,
            null,
            old.type(),
            old.level(),
            old.alignsTo(),
            old.id(),
            carried,
            open,
            old.rollup(),
            old.collaborators(),
            Spans.of(null));
    return new Rollover(next, carried.size(), old.keyResults().size());
  }

  /** maratona-2026-q3 → maratona-2026-q4; maratona → maratona-2026-q4. */
  public static String nextId(String oldId, String oldPeriod, String newPeriod) {
    String newSlug = Slugs.of(newPeriod);
    if (oldPeriod != null) {
      String oldSlug = Slugs.of(oldPeriod);
      if (oldId.endsWith("-" + oldSlug)) {
        return oldId.substring(0, oldId.length() - oldSlug.length()) + newSlug;
      }
    }
    return oldId + "-" + newSlug;
  }
}
