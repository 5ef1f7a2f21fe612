package okr.render;

import java.util.List;
import okr.model.Diagnostic;

/** The "Goalposts moved" section of a period's review, from the goalpost-moved findings. */
public final class GoalpostSection {

  private GoalpostSection() {}

  /** Markdown: a heading and one bullet per moved goalpost; empty when none moved. */
  public static String markdown(List<Diagnostic> moved) {
    if (moved.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("\n## Goalposts moved during the period\n\n");
    for (Diagnostic d : moved) {
      out.append("- ").append(Markdown.cell(d.message())).append('\n');
    }
    return out.toString();
  }

  /** HTML: the same section, to go before the end of the document's body. */
  public static String html(List<Diagnostic> moved) {
    if (moved.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("<section class=\"goalposts\">\n");
    out.append("<h2>Goalposts moved during the period</h2>\n<ul>\n");
    for (Diagnostic d : moved) {
      out.append("<li>").append(Html.text(d.message())).append("</li>\n");
    }
    return out.append("</ul>\n</section>\n").toString();
  }

  /** Terminal lines for `okr close`: one per moved goalpost, sanitized. */
  public static List<String> lines(List<Diagnostic> moved) {
    return moved.stream().map(d -> "  " + TerminalText.sanitize(d.message())).toList();
  }
}
