package okr.reports;

import java.util.ArrayList;
import java.util.List;
import okr.model.Objective;
import okr.model.Ref;
import okr.model.Workspace;

/** Who aligns to what, asked of a workspace: the one place that follows {@code aligns_to}. */
public final class Alignment {

  private Alignment() {}

  /**
   * The objectives aligned to objective {@code id} or to one of its key results, through any of
   * their parents, in file order; each once.
   */
  public static List<Objective> childrenOf(Workspace ws, String id) {
    List<Objective> children = new ArrayList<>();
    for (Objective o : ws.objectives()) {
      if (o.alignsTo().stream().anyMatch(to -> Ref.within(to, id))) {
        children.add(o);
      }
    }
    return children;
  }
}
