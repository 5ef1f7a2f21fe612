package okr.check;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import okr.model.KeyResult;
import okr.model.Objective;
import okr.model.Workspace;

/** The ids a reference may point to, by kind. */
final class Index {

  final Map<String, Objective> objectives = new LinkedHashMap<>();
  final Set<String> keyResultRefs = new LinkedHashSet<>();
  final Set<String> initiativeRefs = new LinkedHashSet<>();
  final Set<String> kpis = new LinkedHashSet<>();
  final Set<String> goals = new LinkedHashSet<>();

  Index(Workspace ws) {
    for (Objective o : ws.objectives()) {
      if (o.id() != null) {
        objectives.putIfAbsent(o.id(), o);
        for (KeyResult kr : o.keyResults()) {
          if (kr.id() != null) {
            keyResultRefs.add(o.id() + "/" + kr.id());
          }
        }
        for (okr.model.Initiative i : o.initiatives()) {
          if (i.id() != null) {
            initiativeRefs.add(okr.model.Ref.of(o.id(), i.id()).toString());
          }
        }
      }
    }
    ws.kpis().forEach(k -> kpis.add(k.id()));
    ws.goals().forEach(g -> goals.add(g.id()));
  }

  /** Objective ids and KR refs: what {@code aligns_to} may name. */
  Set<String> alignable() {
    Set<String> all = new LinkedHashSet<>(objectives.keySet());
    all.addAll(keyResultRefs);
    return all;
  }

  /** The objective part of an {@code objective} or {@code objective/kr} reference. */
  static String objectivePart(String ref) {
    return okr.model.Ref.objectivePart(ref);
  }
}
