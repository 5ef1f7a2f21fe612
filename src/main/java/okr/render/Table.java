package okr.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A text table that fits a width: each column is as wide as its widest cell (within its bounds);
 * when the whole does not fit, the shrinkable columns give up space, widest first, and their cells
 * are cut with an ellipsis, or, in a wrapping column, broken onto further lines of the row.
 */
public final class Table {

  /** A column: its heading, whether it aligns right, and how narrow it may get. */
  public record Column(
      String heading, boolean right, int minWidth, boolean shrinks, boolean wraps) {
    public static Column left(String heading) {
      return new Column(heading, false, Math.max(1, heading.length()), false, false);
    }

    public static Column right(String heading) {
      return new Column(heading, true, Math.max(1, heading.length()), false, false);
    }

    /** A column of free text (titles) that is cut first when space is short. */
    public static Column text(String heading, int minWidth) {
      return new Column(heading, false, minWidth, true, false);
    }

    /** A column of text that must be read whole (names): it gives up space by wrapping. */
    public static Column wrapping(String heading, int minWidth) {
      return new Column(heading, false, minWidth, true, true);
    }
  }

  private static final String GAP = "  ";

  private final List<Column> columns;
  private final List<List<String>> rows = new ArrayList<>();

  public Table(List<Column> columns) {
    this.columns = List.copyOf(columns);
  }

  public Table row(List<String> cells) {
    if (cells.size() != columns.size()) {
      throw new IllegalArgumentException("expected " + columns.size() + " cells");
    }
    rows.add(List.copyOf(cells));
    return this;
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }

  /**
   * Whether every column fits in {@code width} without cutting a cell that does not shrink (a
   * number, a status, a sparkline): shrinking columns at their narrowest, the rest whole.
   */
  public boolean fits(int width, String indent) {
    int[] widths = naturalWidths();
    int needed = 0;
    for (int c = 0; c < columns.size(); c++) {
      needed +=
          columns.get(c).shrinks() ? Math.min(widths[c], columns.get(c).minWidth()) : widths[c];
    }
    return needed <= available(width, indent);
  }

  /**
   * The table's lines: a heading line, then one line per row, each at most {@code width}. When even
   * the narrowest layout is wider (see {@link #fits}), lines are cut at the width, with an
   * ellipsis: a view that can choose drops columns first.
   */
  public List<String> render(int width, String indent, ViewStyle v) {
    int[] widths = naturalWidths();
    shrink(widths, available(width, indent));
    List<String> lines = new ArrayList<>();
    for (String line : lines(widths, indent, v)) {
      lines.add(Text.fit(line, width));
    }
    return lines;
  }

  private int available(int width, String indent) {
    return width - Text.width(indent) - GAP.length() * (columns.size() - 1);
  }

  private int[] naturalWidths() {
    int[] widths = new int[columns.size()];
    for (int c = 0; c < columns.size(); c++) {
      widths[c] = Text.width(columns.get(c).heading());
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], Text.width(row.get(c)));
      }
    }
    return widths;
  }

  private List<String> lines(int[] widths, String indent, ViewStyle v) {
    List<String> lines = new ArrayList<>();
    List<String> heading = new ArrayList<>();
    for (Column column : columns) {
      heading.add(column.heading());
    }
    lines.add(v.paint(Style.Role.DIM, line(heading, widths, indent)));
    for (List<String> row : rows) {
      for (List<String> part : wrapped(row, widths)) {
        lines.add(line(part, widths, indent));
      }
    }
    return lines;
  }

  private void shrink(int[] widths, int available) {
    int total = 0;
    for (int w : widths) {
      total += w;
    }
    while (total > available) {
      int widest = -1;
      for (int c = 0; c < widths.length; c++) {
        if (columns.get(c).shrinks()
            && widths[c] > columns.get(c).minWidth()
            && (widest < 0 || widths[c] > widths[widest])) {
          widest = c;
        }
      }
      if (widest < 0) {
        return; // nothing can give way: the lines will be cut at the end instead
      }
      widths[widest]--;
      total--;
    }
  }

  /** A row as the lines it takes: wrapping cells broken at spaces, the others on the first. */
  private List<List<String>> wrapped(List<String> row, int[] widths) {
    List<List<String>> parts = new ArrayList<>();
    for (int c = 0; c < row.size(); c++) {
      List<String> cell =
          columns.get(c).wraps() ? Text.wrap(row.get(c), widths[c]) : List.of(row.get(c));
      for (int i = 0; i < cell.size(); i++) {
        if (parts.size() <= i) {
          parts.add(new ArrayList<>(java.util.Collections.nCopies(row.size(), "")));
        }
        parts.get(i).set(c, cell.get(i));
      }
    }
    return parts;
  }

  private String line(List<String> cells, int[] widths, String indent) {
    StringBuilder out = new StringBuilder(indent);
    for (int c = 0; c < cells.size(); c++) {
      if (c > 0) {
        out.append(GAP);
      }
      boolean last = c == cells.size() - 1;
      String cell = cells.get(c);
      if (columns.get(c).right()) {
        out.append(Text.padLeft(cell, widths[c]));
      } else if (last) {
        out.append(Text.fit(cell, widths[c]));
      } else {
        out.append(Text.padRight(cell, widths[c]));
      }
    }
    return out.toString().stripTrailing();
  }
}
