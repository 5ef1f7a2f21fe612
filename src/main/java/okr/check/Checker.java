package okr.check;

import java.util.ArrayList;
import java.util.List;
import okr.model.Diagnostic;
import okr.model.Workspace;

/** Runs every workspace-level rule and returns what they found, sorted by place. */
public final class Checker {

  private static final List<WorkspaceRule> RULES =
      List.of(
          new IdRules(),
          new ReferenceRules(),
          new CycleRules(),
          new KeyResultRules(),
          new PeriodRules(),
          new JournalRules(),
          new KpiRules());

  private Checker() {}

  public static List<Diagnostic> check(Workspace workspace) {
    List<Diagnostic> found = new ArrayList<>();
    for (WorkspaceRule rule : RULES) {
      rule.check(workspace, found);
    }
    found.sort(Diagnostic.BY_PLACE);
    return found;
  }
}
