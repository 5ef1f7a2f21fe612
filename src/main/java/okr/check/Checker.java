package okr.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import okr.model.Diagnostic;
import okr.model.GoalHistory;
import okr.model.Workspace;

/**
 * Runs every workspace-level rule, applies the workspace's rule settings (okr.yaml `lint:`, each
 * file's `lint_ignore`), and returns the findings sorted by place.
 */
public final class Checker {

  private static final List<WorkspaceRule> RULES =
      List.of(
          new IdRules(),
          new ReferenceRules(),
          new CycleRules(),
          new KeyResultRules(),
          new PeriodRules(),
          new InitiativeRules(),
          new JournalRules(),
          new BoundRules(),
          new KpiRules(),
          new ObjectiveQualityRules(),
          new KeyResultQualityRules(),
          new AlignmentRules(),
          new KpiQualityRules(),
          new SmartRules(),
          new InitiativeOverdueRule());

  private Checker() {}

  /**
   * @param today the day rules about time (staleness, due dates) judge by
   */
  public static List<Diagnostic> check(Workspace workspace, LocalDate today) {
    return check(workspace, today, GoalHistory.NONE);
  }

  /**
   * @param history what git remembers of the goal files: when key results appeared (kr-no-checkin
   *     counts from then) and the goalposts moved; {@link GoalHistory#NONE} without git
   */
  public static List<Diagnostic> check(Workspace workspace, LocalDate today, GoalHistory history) {
    List<Diagnostic> found = new ArrayList<>();
    for (WorkspaceRule rule : RULES) {
      rule.check(workspace, today, found);
    }
    new CheckinQualityRules(history).check(workspace, today, found);
    new GoalpostRules(history).check(workspace, today, found);
    List<Diagnostic> result = RuleSettings.of(workspace).apply(found);
    result.sort(Diagnostic.BY_PLACE);
    return result;
  }

  /**
   * The goalposts moved in the objectives of a period (its name or dates), for the review of a
   * period: `okr report` and `okr close` list them.
   */
  public static List<Diagnostic> goalpostsMoved(
      Workspace workspace, LocalDate today, GoalHistory history, okr.model.Period period) {
    List<Diagnostic> found = new ArrayList<>();
    for (okr.model.GoalChange change : history.changes()) {
      if (!change.movesGoalpost()) {
        continue;
      }
      // a change of an objective's own fields moves no goalpost: moved() passes over it
      String objective = okr.model.Ref.objectivePart(change.ref());
      boolean inPeriod =
          workspace
              .objective(objective)
              .flatMap(o -> AlignmentRules.periodOf(o, workspace.settings().calendar()))
              .map(p -> p.start().equals(period.start()) && p.end().equals(period.end()))
              .orElse(false);
      if (inPeriod) {
        GoalpostRules.moved(workspace, change, today).ifPresent(found::add);
      }
    }
    return found;
  }
}
