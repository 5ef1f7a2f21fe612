package okr.reports;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okr.scoring.GoalStatus;
import okr.scoring.KrStatus;
import okr.scoring.ObjectiveStatus;
import okr.scoring.Scorecard;

/**
 * The alignment cascade of a scorecard, laid out once for every format: each objective under each
 * objective (or key result) it aligns to, company first, as rows in drawing order. An objective
 * with several parents is drawn in full under the first one reached and named again, as a repeat,
 * under the others, so a tree never shows one objective's subtree twice or hides a parent.
 *
 * @param sections the trees from the roots, then one per alignment cycle (which has no root)
 */
public record AlignmentTree(List<Section> sections) {

  public AlignmentTree {
    sections = List.copyOf(sections);
  }

  /**
   * Rows under one root. {@code cycle} is empty for a tree from a root; for objectives that align
   * to each other in a circle it names the circle from its first member back to it: [a, b, a].
   */
  public record Section(List<String> cycle, List<Row> rows) {}

  /**
   * One line of the tree. {@code depth} 0 is a root; {@code last} says nothing follows it under the
   * same parent, for the branch a printer draws.
   */
  public record Row(int depth, boolean last, Node node) {}

  /** What a row shows. */
  public sealed interface Node permits Objective, KeyResult, Goal {}

  /**
   * An objective. {@code via} is the parent ref it hangs from here (null at a root), e.g. {@code
   * company/kr} when it aligns to a key result. {@code repeat} is null where it is drawn in full.
   */
  public record Objective(ObjectiveStatus status, String via, Repeat repeat) implements Node {}

  /** A key result that something aligns to. */
  public record KeyResult(KrStatus status) implements Node {}

  /** A SMART goal that aligns to something, a leaf. */
  public record Goal(GoalStatus status) implements Node {}

  /**
   * Why an objective is named again rather than drawn: it is also under {@code shownUnder} (where
   * its subtree is), or it is one of the circle being drawn ({@code inCycle}).
   */
  public record Repeat(String shownUnder, boolean inCycle) {}

  /**
   * The tree of a scorecard.
   *
   * @param goals SMART goals that align to something, drawn as leaves
   * @param keyResults whether key results that something aligns to are rows of their own (the text
   *     view), or their children hang from the objective (JSON and Markdown)
   */
  public static AlignmentTree of(Scorecard card, List<GoalStatus> goals, boolean keyResults) {
    return new Builder(card, keyResults).build(goals);
  }

  private static final class Builder {
    private final Scorecard card;
    private final boolean keyResults;
    private final Map<String, ObjectiveStatus> byId = new LinkedHashMap<>();
    private final Map<String, List<Object>> children = new HashMap<>();
    private final Map<String, List<String>> viaOf = new HashMap<>();
    private final Set<ObjectiveStatus> shown = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<ObjectiveStatus, String> shownUnder = new IdentityHashMap<>();

    Builder(Scorecard card, boolean keyResults) {
      this.card = card;
      this.keyResults = keyResults;
      card.objectives().forEach(o -> byId.putIfAbsent(o.objective().id(), o));
    }

    AlignmentTree build(List<GoalStatus> goals) {
      List<ObjectiveStatus> roots = new ArrayList<>();
      for (ObjectiveStatus o : card.objectives()) {
        boolean placed = false;
        for (String parent : o.objective().alignsTo()) {
          placed |= hang(parent, o);
        }
        if (!placed) {
          roots.add(o);
        }
      }
      if (keyResults) {
        for (GoalStatus g : goals) {
          for (String parent : g.goal().alignsTo()) {
            hang(parent, g);
          }
        }
      }
      List<Section> sections = new ArrayList<>();
      for (ObjectiveStatus root : roots) {
        sections.add(new Section(List.of(), walk(root)));
      }
      // Objectives in a circle (a -> b -> a) have no root above them; each circle is drawn from its
      // first member, so a cycle never empties the tree (okr check reports it as an error).
      for (ObjectiveStatus o : card.objectives()) {
        if (!shown.contains(o)) {
          List<String> cycle = cycleFrom(o);
          ObjectiveStatus start = byId.get(cycle.get(0));
          sections.add(new Section(cycle, walk(shown.contains(start) ? o : start)));
        }
      }
      return new AlignmentTree(sections);
    }

    /** Puts {@code item} under {@code parent} when that is in the card; false when it is not. */
    private boolean hang(String parent, Object item) {
      String objective = objectivePart(parent);
      if (!byId.containsKey(objective)) {
        return false;
      }
      String key = keyResults ? parent : objective;
      List<Object> list = children.computeIfAbsent(key, k -> new ArrayList<>());
      if (!list.contains(item)) {
        list.add(item);
        if (item instanceof ObjectiveStatus o) {
          viaOf.computeIfAbsent(key + " " + o.objective().id(), k -> new ArrayList<>()).add(parent);
        }
      }
      return true;
    }

    /** A list of items still to lay out, where the next one is, and their depth. */
    private static final class Level {
      final List<Object> items;
      final int depth;
      final String parent;
      int next;

      Level(List<Object> items, int depth, String parent) {
        this.items = items;
        this.depth = depth;
        this.parent = parent;
      }
    }

    /**
     * The rows from one root down. The walk keeps its own stack: a chain of 100,000 alignments is
     * data, not recursion depth.
     */
    private List<Row> walk(ObjectiveStatus root) {
      List<Row> rows = new ArrayList<>();
      Set<String> onPath = new HashSet<>();
      ArrayDeque<Level> stack = new ArrayDeque<>();
      shown.add(root);
      rows.add(new Row(0, true, new Objective(root, null, null)));
      onPath.add(root.objective().id());
      stack.push(new Level(below(root), 1, root.objective().id()));
      while (!stack.isEmpty()) {
        Level level = stack.peek();
        if (level.next == level.items.size()) {
          stack.pop();
          if (level.parent != null && !level.parent.contains("/")) {
            onPath.remove(level.parent);
          }
          continue;
        }
        int i = level.next++;
        boolean last = i == level.items.size() - 1;
        Object item = level.items.get(i);
        if (item instanceof ObjectiveStatus o) {
          String id = o.objective().id();
          String via = via(level.parent, o);
          if (!shown.add(o)) {
            Repeat repeat =
                onPath.contains(id) ? new Repeat(null, true) : new Repeat(shownUnder.get(o), false);
            rows.add(new Row(level.depth, last, new Objective(o, via, repeat)));
            continue;
          }
          shownUnder.put(o, objectivePart(level.parent));
          rows.add(new Row(level.depth, last, new Objective(o, via, null)));
          onPath.add(id);
          stack.push(new Level(below(o), level.depth + 1, id));
        } else if (item instanceof KrStatus kr) {
          rows.add(new Row(level.depth, last, new KeyResult(kr)));
          stack.push(
              new Level(children.getOrDefault(kr.ref(), List.of()), level.depth + 1, kr.ref()));
        } else if (item instanceof GoalStatus g) {
          rows.add(new Row(level.depth, last, new Goal(g)));
        }
      }
      return rows;
    }

    /** The parent ref an objective hangs from under {@code parent}: the key result it names. */
    private String via(String parent, ObjectiveStatus o) {
      List<String> refs = viaOf.getOrDefault(parent + " " + o.objective().id(), List.of(parent));
      return refs.get(0);
    }

    /** What is under an objective: its key results that something aligns to, then children. */
    private List<Object> below(ObjectiveStatus o) {
      List<Object> below = new ArrayList<>();
      if (keyResults) {
        for (KrStatus kr : o.keyResults()) {
          if (children.containsKey(kr.ref())) {
            below.add(kr);
          }
        }
      }
      below.addAll(children.getOrDefault(o.objective().id(), List.of()));
      return below;
    }

    /**
     * The circle that following the first parent in the card up from {@code o} runs into, from its
     * first member back to it: [a, b, a].
     */
    private List<String> cycleFrom(ObjectiveStatus o) {
      LinkedHashSet<String> path = new LinkedHashSet<>();
      ObjectiveStatus at = o;
      while (at != null && path.add(at.objective().id())) {
        at =
            at.objective().alignsTo().stream()
                .map(p -> byId.get(objectivePart(p)))
                .filter(p -> p != null)
                .findFirst()
                .orElse(null);
      }
      if (at == null) {
        return List.of(o.objective().id());
      }
      List<String> all = new ArrayList<>(path);
      List<String> cycle =
          new ArrayList<>(all.subList(all.indexOf(at.objective().id()), all.size()));
      cycle.add(at.objective().id());
      return cycle;
    }
  }

  private static String objectivePart(String ref) {
    return okr.model.Ref.objectivePart(ref);
  }
}
