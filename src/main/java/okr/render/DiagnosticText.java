package okr.render;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import okr.model.Diagnostic;
import okr.model.SourceSpan;

/**
 * Prints diagnostics for people: {@code file:line:col: error[rule]: message}, the source line with
 * a caret under the column, and a {@code help:} line.
 */
public final class DiagnosticText {

  /** Source lines longer than this are shown as a window around the column. */
  private static final int WINDOW_BEFORE = 50;

  private static final int WINDOW_AFTER = 60;

  private final PathDisplay paths;
  private final SourceLines sources;
  private final Style style;

  public DiagnosticText(PathDisplay paths, SourceLines sources, Style style) {
    this.paths = paths;
    this.sources = sources;
    this.style = style;
  }

  public void print(List<Diagnostic> diagnostics, PrintStream out) {
    for (Diagnostic d : diagnostics) {
      print(d, out);
    }
  }

  public void print(Diagnostic d, PrintStream out) {
    SourceSpan span = d.span();
    String place =
        span.hasPosition()
            ? paths.show(span.file()) + ":" + span.line() + ":" + span.column()
            : paths.show(span.file());
    String severity = d.severity().label();
    String label =
        style.paint(
            switch (d.severity()) {
              case ERROR -> Style.Role.ERROR;
              case WARNING -> Style.Role.WARNING;
              case HINT -> Style.Role.HELP;
            },
            severity + "[" + d.rule() + "]");
    out.println(
        style.paint(Style.Role.STRONG, place + ":")
            + " "
            + label
            + ": "
            + TerminalText.sanitize(d.message()));
    if (span.hasPosition()) {
      Optional<String> line = sources.line(span.file(), span.line());
      line.ifPresent(text -> printExcerpt(span, text, out));
    }
    out.println(
        "  " + style.paint(Style.Role.HELP, "help:") + " " + TerminalText.sanitize(d.help()));
  }

  private void printExcerpt(SourceSpan span, String line, PrintStream out) {
    int[] codePoints = line.codePoints().toArray();
    int column = Math.min(span.column() - 1, codePoints.length);
    int from = Math.max(0, column - WINDOW_BEFORE);
    int to = Math.min(codePoints.length, column + WINDOW_AFTER);
    String before = show(codePoints, from, column);
    String rest = show(codePoints, column, to);
    String lead = from > 0 ? "…" : "";
    String tail = to < codePoints.length ? "…" : "";
    String number = Integer.toString(span.line());
    String gutter = " ".repeat(number.length());
    out.println("  " + number + " | " + lead + before + rest + tail);
    int caretAt = lead.length() + before.codePointCount(0, before.length());
    out.println("  " + gutter + " | " + " ".repeat(caretAt) + style.paint(Style.Role.ERROR, "^"));
  }

  /** A slice of a source line: tabs become one space so the caret stays aligned. */
  private static String show(int[] codePoints, int from, int to) {
    StringBuilder out = new StringBuilder();
    for (int i = from; i < to; i++) {
      int cp = codePoints[i];
      out.append(cp == '\t' ? " " : TerminalText.sanitize(new String(Character.toChars(cp))));
    }
    return out.toString();
  }
}
