package okr.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import okr.model.Diagnostic;
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
          new JournalRules(),
          new BoundRules(),
          new KpiRules(),
          new ObjectiveQualityRules(),
          new KeyResultQualityRules(),
          new AlignmentRules(),
          new KpiQualityRules(),
          new SmartRules(),
          new CheckinQualityRules());

  private Checker() {}

  /**
   * @param today the day rules about time (staleness, due dates) judge by
   */
  public static List<Diagnostic> check(Workspace workspace, LocalDate today) {
    List<Diagnostic> found = new ArrayList<>();
    for (WorkspaceRule rule : RULES) {
      rule.check(workspace, today, found);
    }
    List<Diagnostic> result = RuleSettings.of(workspace).apply(found);
    result.sort(Diagnostic.BY_PLACE);
    return result;
  }
}
