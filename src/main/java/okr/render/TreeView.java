package okr.render;

import java.util.ArrayList;
import java.util.List;
import okr.model.Objective;
import okr.reports.AlignmentTree;
import okr.scoring.ObjectiveStatus;
import okr.scoring.Scorecard;

/**
 * The alignment cascade as a tree, drawn from {@link AlignmentTree}'s rows: each objective under
 * the objectives or key results it aligns to, company first. Key results are shown where something
 * aligns to them; an objective with several parents is named again under the others.
 */
public final class TreeView {

  private final ViewStyle v;

  public TreeView(ViewStyle v) {
    this.v = v;
  }

  public List<String> render(Scorecard card, AlignmentTree tree) {
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
    if (tree.sections().isEmpty()) {
      lines.add("");
      lines.add(Text.fit("No objectives for " + card.period().label() + ".", v.width()));
      return lines;
    }
    for (AlignmentTree.Section section : tree.sections()) {
      lines.add("");
      if (!section.cycle().isEmpty()) {
        lines.add(
            v.paint(
                Style.Role.WARNING,
                Text.fit(
                    "Alignment cycle: "
                        + TerminalText.sanitize(
                            String.join(" " + v.glyphs().to() + " ", section.cycle()))
                        + " (okr check reports it)",
                    v.width())));
      }
      draw(section.rows(), lines);
    }
    return lines;
  }

  /**
   * Draws rows with their branches. Past half the width the indent stops growing, so deep lines
   * still show their labels.
   */
  private void draw(List<AlignmentTree.Row> rows, List<String> lines) {
    List<String> indents = new ArrayList<>();
    indents.add("");
    indents.add("");
    for (AlignmentTree.Row r : rows) {
      String lead;
      if (r.depth() == 0) {
        lead = "";
      } else {
        String indent = indents.get(r.depth());
        lead = indent + (r.last() ? v.glyphs().lastBranch() : v.glyphs().branch());
        String deeper =
            Text.width(indent) >= v.width() / 2
                ? indent
                : indent + (r.last() ? "    " : v.glyphs().pipe());
        while (indents.size() <= r.depth() + 1) {
          indents.add("");
        }
        indents.set(r.depth() + 1, deeper);
      }
      lines.add(line(lead, r.node()));
    }
  }

  private String line(String lead, AlignmentTree.Node node) {
    if (node instanceof AlignmentTree.Objective o) {
      return o.repeat() != null
          ? row(lead + label(o.status().objective()), repeat(o.repeat()))
          : row(lead + v.glyphs().dot() + " " + label(o.status().objective()), score(o.status()));
    }
    if (node instanceof AlignmentTree.KeyResult kr) {
      return row(
          lead
              + TerminalText.sanitize(kr.status().kr().id())
              + "  "
              + TerminalText.sanitize(kr.status().kr().title()),
          Words.progress(kr.status()));
    }
    AlignmentTree.Goal g = (AlignmentTree.Goal) node;
    return row(
        lead
            + (v.glyphs().ascii() ? "+ " : "◆ ")
            + TerminalText.sanitize(g.status().goal().id())
            + "  "
            + TerminalText.sanitize(g.status().goal().header().title()),
        Numbers.percent(g.status().progress()));
  }

  private static String repeat(AlignmentTree.Repeat repeat) {
    if (repeat.inCycle() || repeat.shownUnder() == null) {
      return "(in the cycle above)";
    }
    return "(also under " + TerminalText.sanitize(repeat.shownUnder()) + ")";
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
}
