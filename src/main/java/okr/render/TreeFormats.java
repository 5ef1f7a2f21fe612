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

  private static void list(Scorecard card, ObjectiveStatus o, String indent, StringBuilder out) {
    out.append(indent)
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
    for (ObjectiveStatus child : children(card, o)) {
      list(card, child, indent + "  ", out);
    }
  }

  private static Map<String, Object> node(Scorecard card, ObjectiveStatus o) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", o.objective().id());
    m.put("title", o.objective().header().title());
    m.put("alignsTo", o.objective().alignsTo());
    m.put("score", JsonParts.round(o.score()));
    m.put("band", o.band() == null ? null : o.band().word());
    m.put("colour", o.colour() == null ? null : o.colour().word());
    m.put("pace", o.pace() == null ? null : o.pace().word());
    List<Object> kids = new ArrayList<>();
    children(card, o).forEach(c -> kids.add(node(card, c)));
    m.put("children", kids);
    return m;
  }

  private static List<ObjectiveStatus> roots(Scorecard card) {
    List<ObjectiveStatus> roots = new ArrayList<>();
    for (ObjectiveStatus o : card.objectives()) {
      String parent = o.objective().alignsTo();
      if (parent == null || find(card, parent.split("/")[0]) == null) {
        roots.add(o);
      }
    }
    return roots;
  }

  private static List<ObjectiveStatus> children(Scorecard card, ObjectiveStatus parent) {
    List<ObjectiveStatus> kids = new ArrayList<>();
    for (ObjectiveStatus o : card.objectives()) {
      String to = o.objective().alignsTo();
      if (to != null && to.split("/")[0].equals(parent.objective().id()) && o != parent) {
        kids.add(o);
      }
    }
    return kids;
  }

  private static ObjectiveStatus find(Scorecard card, String id) {
    return card.objectives().stream()
        .filter(o -> o.objective().id().equals(id))
        .findFirst()
        .orElse(null);
  }
}
