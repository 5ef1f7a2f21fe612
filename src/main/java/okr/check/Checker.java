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
          new AlignmentRules());

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
    TodaysJournal journal = new TodaysJournal(workspace, today);
    List<WorkspaceRule> rules = new ArrayList<>(RULES);
    // In the order they always ran: findings at the same place keep their order.
    rules.add(new KpiQualityRules(journal));
    rules.add(new SmartRules());
    rules.add(new InitiativeOverdueRule(journal));
    rules.add(new CheckinQualityRules(history, journal));
    rules.add(new GoalpostRules(history));
    // The rules only read the workspace (an immutable model) and each keeps its findings in its
    // own list, so they run in parallel; the lists are joined in the rules' order, so the result
    // is the same list, in the same order, as one rule after another would give.
    List<Diagnostic> found =
        rules.parallelStream().flatMap(rule -> findings(rule, workspace, today).stream()).toList();
    List<Diagnostic> result = RuleSettings.of(workspace).apply(found);
    result.sort(Diagnostic.BY_PLACE);
    return result;
  }

  private static List<Diagnostic> findings(
      WorkspaceRule rule, Workspace workspace, LocalDate today) {
    List<Diagnostic> own = new ArrayList<>();
    rule.check(workspace, today, own);
    // Sorted here, on the rules' threads, so that the one sort after them merges sorted runs.
    // Both sorts are stable: findings at one place keep their order within a rule, and the
    // rules' order between rules, as one sort of the joined lists gives.
    own.sort(Diagnostic.BY_PLACE);
    return own;
  }
}
