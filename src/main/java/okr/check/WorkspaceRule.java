package okr.check;

import java.util.List;
import okr.model.Diagnostic;
import okr.model.Workspace;

/** A group of related checks over a loaded workspace. */
interface WorkspaceRule {
  void check(Workspace workspace, List<Diagnostic> out);
}
