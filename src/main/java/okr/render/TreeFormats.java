package okr.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okr.scoring.ObjectiveStatus;
import okr.scoring.Scorecard;

/** The alignment cascade for scripts and documents: nested JSON, flat CSV, a Markdown list. */
public final class TreeFormats {

  private TreeFormats() {}

  public static String json(Scorecard card) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("format", 1);
    doc.put("kind", "tree");
    doc.put("asOf", card.asOf().toString());
    doc.put("period", JsonParts.period(card.period()));
    List<Object> roots = new ArrayList<>();
    for (ObjectiveStatus root : roots(card)) {
      roots.add(node(card, root));
    }
    doc.put("roots", roots);
    return Json.pretty(doc);
  }

  public static String csv(Scorecard card) {
    StringBuilder out =
        new StringBuilder(
            Csv.row(
                List.of(
                    "objective",
                    "aligns_to",
                    "level",
                    "owner",
                    "team",
                    "title",
                    "score",
                    "band",
                    "colour")));
    for (ObjectiveStatus o : card.objectives()) {
      out.append(
          Csv.row(
              java.util.Arrays.asList(
                  o.objective().id(),
                  o.objective().alignsTo(),
                  JsonParts.word(okr.scoring.Selection.levelOf(o.objective())),
                  o.objective().header().owner(),
                  o.objective().header().team(),
                  o.objective().header().title(),
                  JsonParts.round(o.score()),
                  o.band() == null ? null : o.band().word(),
                  o.colour() == null ? null : o.colour().word())));
    }
    return out.toString();
  }

  public static String markdown(Scorecard card) {
    StringBuilder out =
        new StringBuilder("# Alignment, ").append(card.period().label()).append("\n\n");
    for (ObjectiveStatus root : roots(card)) {
      list(card, root, "", out);
    }
    return out.toString();
  }

  /**
   * Nested JSON and Markdown lists hold at most this many levels: deeper, a reader's parser (and an
   * indented list's size, which grows with the square of the depth) would not cope. CSV, flat,
   * holds any depth.
   */
  static final int MAX_DEPTH = 256;

  /** The tree is deeper than a nested format holds. */
  public static final class TooDeep extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooDeep(String id) {
      super(
          "the alignment tree is deeper than "
              + MAX_DEPTH
              + " levels (at `"
              + id
              + "`); JSON and Markdown trees hold "
              + MAX_DEPTH
              + "; `okr tree --format csv` lists every objective with its aligns_to");
    }
  }

  private static void list(Scorecard card, ObjectiveStatus root, String indent, StringBuilder out) {
    Map<String, List<ObjectiveStatus>> kids = childrenById(card);
    java.util.ArrayDeque<Object[]> stack = new java.util.ArrayDeque<>();
    stack.push(new Object[] {root, 0});
    while (!stack.isEmpty()) {
      Object[] top = stack.pop();
      ObjectiveStatus o = (ObjectiveStatus) top[0];
      int depth = (Integer) top[1];
      if (depth >= MAX_DEPTH) {
        throw new TooDeep(o.objective().id());
      }
      out.append(indent)
          .append("  ".repeat(depth))
          .append("- `")
          .append(o.objective().id())
          .append("` ")
          .append(Markdown.cell(o.objective().header().title()))
          .append(" (")
          .append(Words.plainScore(o))
          .append(")");
      if (o.objective().alignsTo() != null && o.objective().alignsTo().contains("/")) {
        out.append(", for `").append(o.objective().alignsTo()).append('`');
      }
      out.append('\n');
      List<ObjectiveStatus> children = kids.getOrDefault(o.objective().id(), List.of());
      for (int i = children.size() - 1; i >= 0; i--) {
        stack.push(new Object[] {children.get(i), depth + 1});
      }
    }
  }

  private static Map<String, Object> node(Scorecard card, ObjectiveStatus root) {
    Map<String, List<ObjectiveStatus>> kids = childrenById(card);
    Map<String, Object> top = fields(root);
    java.util.ArrayDeque<Object[]> stack = new java.util.ArrayDeque<>();
    stack.push(new Object[] {root, top, 0});
    while (!stack.isEmpty()) {
      Object[] frame = stack.pop();
      ObjectiveStatus o = (ObjectiveStatus) frame[0];
      @SuppressWarnings("unchecked")
      Map<String, Object> m = (Map<String, Object>) frame[1];
      int depth = (Integer) frame[2];
      if (depth >= MAX_DEPTH) {
        throw new TooDeep(o.objective().id());
      }
      List<Object> list = new ArrayList<>();
      for (ObjectiveStatus c : kids.getOrDefault(o.objective().id(), List.of())) {
        Map<String, Object> child = fields(c);
        list.add(child);
        stack.push(new Object[] {c, child, depth + 1});
      }
      m.put("children", list);
    }
    return top;
  }

  private static Map<String, Object> fields(ObjectiveStatus o) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", o.objective().id());
    m.put("title", o.objective().header().title());
    m.put("alignsTo", o.objective().alignsTo());
    m.put("score", JsonParts.round(o.score()));
    m.put("band", o.band() == null ? null : o.band().word());
    m.put("colour", o.colour() == null ? null : o.colour().word());
    m.put("pace", o.pace() == null ? null : o.pace().word());
    return m;
  }

  private static List<ObjectiveStatus> roots(Scorecard card) {
    java.util.Set<String> ids = new java.util.HashSet<>();
    card.objectives().forEach(o -> ids.add(o.objective().id()));
    List<ObjectiveStatus> roots = new ArrayList<>();
    for (ObjectiveStatus o : card.objectives()) {
      String parent = o.objective().alignsTo();
      if (parent == null || !ids.contains(parent.split("/")[0])) {
        roots.add(o);
      }
    }
    return roots;
  }

  /** Each objective's children, in the order of the scorecard: one pass, not one per node. */
  private static Map<String, List<ObjectiveStatus>> childrenById(Scorecard card) {
    Map<String, List<ObjectiveStatus>> kids = new java.util.HashMap<>();
    for (ObjectiveStatus o : card.objectives()) {
      String to = o.objective().alignsTo();
      if (to != null && !to.split("/")[0].equals(o.objective().id())) {
        kids.computeIfAbsent(to.split("/")[0], k -> new ArrayList<>()).add(o);
      }
    }
    return kids;
  }
}
