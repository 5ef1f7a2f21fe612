package okr.render;

import java.util.List;

/** Bars, sparklines, arrows and tree lines, in Unicode or in plain ASCII. */
public final class Glyphs {

  private static final String SPARKS = "▁▂▃▄▅▆▇█";
  private static final String ASCII_SPARKS = "_.-:=+*#";

  private final boolean ascii;

  public Glyphs(boolean ascii) {
    this.ascii = ascii;
  }

  public boolean ascii() {
    return ascii;
  }

  /** A progress bar of {@code width} cells for progress 0..1 (clamped). */
  public String bar(Double progress, int width) {
    char full = ascii ? '#' : '█';
    char empty = ascii ? '-' : '░';
    if (progress == null) {
      return String.valueOf(ascii ? '.' : '·').repeat(width);
    }
    int filled = (int) Math.round(Math.max(0, Math.min(1, progress)) * width);
    return String.valueOf(full).repeat(filled) + String.valueOf(empty).repeat(width - filled);
  }

  /** The last {@code max} values as a sparkline, scaled between their minimum and maximum. */
  public String sparkline(List<Double> values, int max) {
    List<Double> shown = values.subList(Math.max(0, values.size() - max), values.size());
    if (shown.isEmpty()) {
      return "";
    }
    String levels = ascii ? ASCII_SPARKS : SPARKS;
    // Math.min and max over the values in order, as DoubleStream's min() and max() reduce them,
    // without the stream's lambdas (issue #18)
    double min = shown.get(0);
    double top = min;
    for (double v : shown) {
      min = Math.min(min, v);
      top = Math.max(top, v);
    }
    StringBuilder out = new StringBuilder();
    for (double v : shown) {
      int level =
          top == min
              ? levels.length() / 2
              : (int) Math.round((v - min) / (top - min) * (levels.length() - 1));
      out.append(levels.charAt(level));
    }
    return out.toString();
  }

  public String up() {
    return ascii ? "^" : "↑";
  }

  public String down() {
    return ascii ? "v" : "↓";
  }

  public String flat() {
    return ascii ? "=" : "→";
  }

  /** Between a value before and after: "0.40 → 0.55". */
  public String to() {
    return ascii ? "->" : "→";
  }

  public String dot() {
    return ascii ? "*" : "●";
  }

  public String sep() {
    return ascii ? " - " : " · ";
  }

  public String branch() {
    return ascii ? "|-- " : "├── ";
  }

  public String lastBranch() {
    return ascii ? "`-- " : "└── ";
  }

  public String pipe() {
    return ascii ? "|   " : "│   ";
  }

  public String rule() {
    return ascii ? "-" : "─";
  }
}
