package okr.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okr.reports.AlignmentTree;
import okr.scoring.ObjectiveStatus;
import okr.scoring.Scorecard;

/** The alignment cascade for scripts and documents: nested JSON, flat CSV, a Markdown list. */
public final class TreeFormats {

  private TreeFormats() {}

  /** The tree's rooted sections nested; {@code tree} is laid out without key result rows. */
  public static String json(Scorecard card, AlignmentTree tree) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("format", 1);
    doc.put("kind", "tree");
    doc.put("asOf", card.asOf().toString());
    doc.put("period", JsonParts.period(card.period()));
    List<Object> roots = new ArrayList<>();
    for (AlignmentTree.Section section : rooted(tree)) {
      roots.add(nest(section.rows()));
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
                  o.objective().alignsTo().isEmpty()
                      ? null
                      : String.join(" ", o.objective().alignsTo()),
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

  public static String markdown(Scorecard card, AlignmentTree tree) {
    StringBuilder out =
        new StringBuilder("# Alignment, ").append(card.period().label()).append("\n\n");
    for (AlignmentTree.Section section : rooted(tree)) {
      list(section.rows(), out);
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

  private static void list(List<AlignmentTree.Row> rows, StringBuilder out) {
    for (AlignmentTree.Row row : rows) {
      AlignmentTree.Objective node = (AlignmentTree.Objective) row.node();
      ObjectiveStatus o = node.status();
      if (row.depth() >= MAX_DEPTH) {
        throw new TooDeep(o.objective().id());
      }
      out.append("  ".repeat(row.depth()))
          .append("- `")
          .append(o.objective().id())
          .append("` ")
          .append(Markdown.cell(o.objective().header().title()));
      if (node.repeat() == null) {
        out.append(" (").append(Words.plainScore(o)).append(")");
      } else if (node.repeat().shownUnder() != null && !node.repeat().inCycle()) {
        out.append(" (also under `").append(node.repeat().shownUnder()).append("`)");
      } else {
        out.append(" (in the cycle above)");
      }
      if (node.via() != null && node.via().contains("/")) {
        out.append(", for `").append(node.via()).append('`');
      }
      out.append('\n');
    }
  }

  /** Flat rows in drawing order back into nested maps, keeping a stack of the open nodes. */
  private static Map<String, Object> nest(List<AlignmentTree.Row> rows) {
    List<Map<String, Object>> open = new ArrayList<>();
    Map<String, Object> top = null;
    for (AlignmentTree.Row row : rows) {
      AlignmentTree.Objective node = (AlignmentTree.Objective) row.node();
      if (row.depth() >= MAX_DEPTH) {
        throw new TooDeep(node.status().objective().id());
      }
      Map<String, Object> m = fields(node.status());
      if (node.repeat() != null) {
        m.put(
            "alsoUnder",
            node.repeat().inCycle() || node.repeat().shownUnder() == null
                ? node.status().objective().id()
                : node.repeat().shownUnder());
      }
      m.put("children", new ArrayList<>());
      while (open.size() > row.depth()) {
        open.remove(open.size() - 1);
      }
      if (open.isEmpty()) {
        top = m;
      } else {
        @SuppressWarnings("unchecked")
        List<Object> siblings = (List<Object>) open.get(open.size() - 1).get("children");
        siblings.add(m);
      }
      open.add(m);
    }
    return top;
  }

  private static Map<String, Object> fields(ObjectiveStatus o) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", o.objective().id());
    m.put("title", o.objective().header().title());
    JsonParts.alignsTo(m, o.objective().alignsTo());
    m.put("score", JsonParts.round(o.score()));
    m.put("band", o.band() == null ? null : o.band().word());
    m.put("colour", o.colour() == null ? null : o.colour().word());
    m.put("pace", o.pace() == null ? null : o.pace().word());
    return m;
  }

  /** The sections under a root; objectives in a cycle are the text view's and check's concern. */
  private static List<AlignmentTree.Section> rooted(AlignmentTree tree) {
    return tree.sections().stream().filter(s -> s.cycle().isEmpty()).toList();
  }
}
