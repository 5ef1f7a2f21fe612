package okr.reports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okr.model.Objective;
import okr.model.Workspace;

/** The one place that follows {@code carried_from:} back through the periods. */
public final class Lineage {

  private Lineage() {}

  /** The objectives {@code o} was carried from, newest first; stops at a cycle or a missing id. */
  public static List<Objective> of(Workspace ws, Objective o) {
    List<Objective> chain = new ArrayList<>();
    Map<String, Objective> byId = new HashMap<>();
    ws.objectives().forEach(x -> byId.putIfAbsent(x.id(), x));
    Set<Objective> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    seen.add(o);
    Objective current = o;
    while (current.carriedFrom() != null) {
      Objective previous = byId.get(current.carriedFrom());
      if (previous == null || !seen.add(previous)) {
        break;
      }
      chain.add(previous);
      current = previous;
    }
    return chain;
  }
}
