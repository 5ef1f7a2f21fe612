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
}
