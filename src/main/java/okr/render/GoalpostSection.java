package okr.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okr.reports.GoalpostMoves;

/** The "Goalposts moved" part of a period's review, in each of its formats. */
public final class GoalpostSection {

  private GoalpostSection() {}

  /** Markdown: a heading and one bullet per moved goalpost; empty when none moved. */
  public static String markdown(List<GoalpostMoves.Move> moved) {
    if (moved.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("\n## Goalposts moved during the period\n\n");
    for (GoalpostMoves.Move m : moved) {
      out.append("- ").append(Markdown.cell(m.summary())).append('\n');
    }
    return out.toString();
  }

  /** HTML: the same section, to go before the end of the document's body. */
  public static String html(List<GoalpostMoves.Move> moved) {
    if (moved.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("<section class=\"goalposts\">\n");
    out.append("<h2>Goalposts moved during the period</h2>\n<ul>\n");
    for (GoalpostMoves.Move m : moved) {
      out.append("<li>").append(Html.text(shown(m))).append("</li>\n");
    }
    return out.append("</ul>\n</section>\n").toString();
  }

  /** Terminal lines for `okr close`: one per moved goalpost, sanitized. */
  public static List<String> lines(List<GoalpostMoves.Move> moved) {
    return moved.stream().map(m -> "  " + shown(m)).toList();
  }

  /**
   * JSON: one object per moved goalpost, its parts apart (docs/json.md): {@code ref, field, before,
   * after, change, on, author, commit, summary}; author and commit are null for a change not
   * committed yet.
   */
  public static List<Map<String, Object>> json(List<GoalpostMoves.Move> moved) {
    return moved.stream()
        .map(
            m -> {
              Map<String, Object> o = new LinkedHashMap<>();
              o.put("ref", m.change().ref());
              o.put("field", m.change().field());
              o.put("before", HistoryView.before(m.change()));
              o.put("after", HistoryView.after(m.change()));
              o.put("change", m.verb());
              o.put("on", m.on().toString());
              o.put("author", m.change().commit() == null ? null : m.change().commit().author());
              o.put("commit", m.change().commit() == null ? null : m.change().commit().hash());
              o.put("summary", m.summary());
              return o;
            })
        .toList();
  }

  /** A CSV cell: the moves of one key result ({@code objective/kr}), "; " between them. */
  static String ofKeyResult(List<GoalpostMoves.Move> moved, String ref) {
    return String.join(
        "; ",
        moved.stream()
            .filter(m -> m.change().ref().equals(ref))
            .map(GoalpostSection::shown)
            .toList());
  }

  /**
   * A summary as every view shows it: one line, its control characters (line feeds and tabs too, a
   * value read from a file may hold them) made visible as the text view does, before the format's
   * own escaping.
   */
  private static String shown(GoalpostMoves.Move move) {
    return TerminalText.sanitize(move.summary());
  }
}
