package okr.check;

import java.util.List;
import okr.model.Diagnostic;
import okr.model.Workspace;

/** A group of related checks over a loaded workspace. */
interface WorkspaceRule {
  /** Adds what it finds to {@code out}; {@code today} is the day rules about time judge by. */
  void check(Workspace workspace, java.time.LocalDate today, List<Diagnostic> out);
}
