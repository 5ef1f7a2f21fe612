package okr.render;

import java.util.ArrayList;
import java.util.List;
import okr.check.SmartRules;
import okr.model.SmartGoal;

/** SMART goals letter by letter: a table of S, M, A, R, T, then what each missing one needs. */
public final class SmartTable {

  /** A goal and its five letters. */
  public record Row(SmartGoal goal, List<SmartRules.Letter> letters) {}

  private final ViewStyle v;

  public SmartTable(ViewStyle v) {
    this.v = v;
  }

  public List<String> render(List<Row> rows) {
    List<String> lines = new ArrayList<>();
    lines.add(v.paint(Style.Role.STRONG, "SMART goals, letter by letter"));
    lines.add("");
    if (rows.isEmpty()) {
      lines.add("No SMART goals. Add one with `okr new goal`.");
      return lines;
    }
    Table table =
        new Table(
            List.of(
                Table.Column.text("Goal", 12),
                Table.Column.left("S"),
                Table.Column.left("M"),
                Table.Column.left("A"),
                Table.Column.left("R"),
                Table.Column.left("T")));
    List<String> reasons = new ArrayList<>();
    for (Row row : rows) {
      List<String> cells = new ArrayList<>();
      cells.add(TerminalText.sanitize(row.goal().header().title()));
      for (SmartRules.Letter letter : row.letters()) {
        cells.add(
            letter.met()
                ? v.paint(Style.Role.GOOD, v.glyphs().ascii() ? "y" : "✓")
                : v.paint(Style.Role.BAD, v.glyphs().ascii() ? "n" : "✗"));
        if (!letter.met()) {
          reasons.add(
              Text.fit(
                  "  "
                      + TerminalText.sanitize(row.goal().id())
                      + ": "
                      + letter.letter()
                      + " "
                      + letter.word()
                      + ": "
                      + TerminalText.sanitize(letter.problem()),
                  v.width()));
        }
      }
      table.row(cells);
    }
    lines.addAll(table.render(v.width(), "  ", v));
    if (!reasons.isEmpty()) {
      lines.add("");
      lines.addAll(reasons);
    }
    return lines;
  }
}
