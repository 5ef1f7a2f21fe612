package okr.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okr.model.Objective;
import okr.scoring.GoalStatus;
import okr.scoring.KrStatus;
import okr.scoring.ObjectiveStatus;
import okr.scoring.Scorecard;

/**
 * The alignment cascade as a tree: each objective under the objective or key result it aligns to,
 * company first. Key results are shown where something aligns to them.
 */
public final class TreeView {

  private final ViewStyle v;
  private final Map<String, List<Object>> children = new LinkedHashMap<>();
  private final java.util.Set<ObjectiveStatus> shown =
      java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  public TreeView(ViewStyle v) {
    this.v = v;
  }

  /**
   * @param goals SMART goals that align to something, shown as leaves
   */
  public List<String> render(Scorecard card, List<GoalStatus> goals) {
    Map<String, ObjectiveStatus> byId = new LinkedHashMap<>();
    card.objectives().forEach(o -> byId.put(o.objective().id(), o));
    List<ObjectiveStatus> roots = new ArrayList<>();
    for (ObjectiveStatus o : card.objectives()) {
      String parent = o.objective().alignsTo();
      if (parent != null && byId.containsKey(objectivePart(parent))) {
        children.computeIfAbsent(parent, k -> new ArrayList<>()).add(o);
      } else {
        roots.add(o);
      }
    }
    for (GoalStatus g : goals) {
      String parent = g.goal().alignsTo();
      if (parent != null && byId.containsKey(objectivePart(parent))) {
        children.computeIfAbsent(parent, k -> new ArrayList<>()).add(g);
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add(
        v.paint(
            Style.Role.STRONG,
            Text.fit(
                (card.workspaceName() == null
                        ? ""
                        : TerminalText.sanitize(card.workspaceName()) + v.glyphs().sep())
                    + card.period().label()
                    + v.glyphs().sep()
                    + "as of "
                    + card.asOf(),
                v.width())));
    if (roots.isEmpty()) {
      lines.add("");
      lines.add(Text.fit("No objectives for " + card.period().label() + ".", v.width()));
      return lines;
    }
    for (ObjectiveStatus root : roots) {
      lines.add("");
      objective(root, "", "", lines);
    }
    // Objectives that align to each other in a circle (a -> b -> a) have no root above them; they
    // are shown from the first one in the circle, after the line saying where the cycle is, so a
    // cycle never empties the tree (okr check reports it as an error).
    for (ObjectiveStatus o : card.objectives()) {
      if (!shown.contains(o)) {
        List<String> cycle = cycleFrom(o, byId);
        ObjectiveStatus start = byId.get(cycle.get(0));
        lines.add("");
        lines.add(
            v.paint(
                Style.Role.WARNING,
                Text.fit(
                    "Alignment cycle: "
                        + TerminalText.sanitize(String.join(" " + v.glyphs().to() + " ", cycle))
                        + " (okr check reports it)",
                    v.width())));
        objective(shown.contains(start) ? o : start, "", "", lines);
      }
    }
    return lines;
  }

  /**
   * The cycle that following aligns_to up from {@code o} runs into, as ids from its first member
   * back to it: [a, b, a].
   */
  private static List<String> cycleFrom(ObjectiveStatus o, Map<String, ObjectiveStatus> byId) {
    java.util.LinkedHashSet<String> path = new java.util.LinkedHashSet<>();
    ObjectiveStatus at = o;
    while (at != null && path.add(at.objective().id())) {
      String parent = at.objective().alignsTo();
      at = parent == null ? null : byId.get(objectivePart(parent));
    }
    if (at == null) {
      return List.of(o.objective().id());
    }
    List<String> all = new ArrayList<>(path);
    List<String> cycle = new ArrayList<>(all.subList(all.indexOf(at.objective().id()), all.size()));
    cycle.add(at.objective().id());
    return cycle;
  }

  /** A list of items still to draw, where the next one is, and the indent they share. */
  private static final class Level {
    final List<Object> items;
    final String indent;
    int next;

    Level(List<Object> items, String indent) {
      this.items = items;
      this.indent = indent;
    }
  }

  /**
   * Draws an objective and everything below it. The walk keeps its own stack, so a chain of 100,000
   * alignments is drawn, not a stack overflow; past half the width the indent stops growing, so
   * deep lines still show their labels.
   */
  private void objective(ObjectiveStatus root, String lead, String indent, List<String> lines) {
    java.util.ArrayDeque<Level> stack = new java.util.ArrayDeque<>();
    shown.add(root);
    lines.add(row(lead + v.glyphs().dot() + " " + label(root.objective()), score(root)));
    stack.push(new Level(below(root), indent));
    while (!stack.isEmpty()) {
      Level level = stack.peek();
      if (level.next == level.items.size()) {
        stack.pop();
        continue;
      }
      int i = level.next++;
      boolean last = i == level.items.size() - 1;
      String itemLead = level.indent + (last ? v.glyphs().lastBranch() : v.glyphs().branch());
      String deeper =
          Text.width(level.indent) >= v.width() / 2
              ? level.indent
              : level.indent + (last ? "    " : v.glyphs().pipe());
      Object item = level.items.get(i);
      if (item instanceof ObjectiveStatus o) {
        if (!shown.add(o)) {
          lines.add(row(itemLead + label(o.objective()), "(in the cycle above)"));
          continue;
        }
        lines.add(row(itemLead + v.glyphs().dot() + " " + label(o.objective()), score(o)));
        stack.push(new Level(below(o), deeper));
      } else if (item instanceof KrStatus kr) {
        lines.add(
            row(
                itemLead
                    + TerminalText.sanitize(kr.kr().id())
                    + "  "
                    + TerminalText.sanitize(kr.kr().title()),
                Words.progress(kr)));
        stack.push(new Level(children.getOrDefault(kr.ref(), List.of()), deeper));
      } else if (item instanceof GoalStatus g) {
        lines.add(
            row(
                itemLead
                    + (v.glyphs().ascii() ? "+ " : "◆ ")
                    + TerminalText.sanitize(g.goal().id())
                    + "  "
                    + TerminalText.sanitize(g.goal().header().title()),
                Numbers.percent(g.progress())));
      }
    }
  }

  /** What is drawn under an objective: its key results that something aligns to, then children. */
  private List<Object> below(ObjectiveStatus o) {
    List<Object> below = new ArrayList<>();
    for (KrStatus kr : o.keyResults()) {
      if (children.containsKey(kr.ref())) {
        below.add(kr);
      }
    }
    below.addAll(children.getOrDefault(o.objective().id(), List.of()));
    return below;
  }

  private String label(Objective o) {
    return TerminalText.sanitize(o.id()) + "  " + TerminalText.sanitize(o.header().title());
  }

  private String score(ObjectiveStatus o) {
    return Words.score(v, o);
  }

  /** A tree line with its figure right-aligned; the label is cut to make room. */
  private String row(String label, String figure) {
    int figureWidth = Text.width(figure);
    return Text.padRight(label, v.width() - figureWidth - 2) + "  " + figure;
  }

  private static String objectivePart(String ref) {
    int slash = ref.indexOf('/');
    return slash < 0 ? ref : ref.substring(0, slash);
  }
}
