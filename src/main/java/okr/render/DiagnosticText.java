package okr.render;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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

  /**
   * Files whose diagnostics are rendered together, in parallel, before they are printed in order:
   * enough to keep two cores busy, few enough that the text waiting to be printed stays small.
   */
  private static final int FILES_PER_BATCH = 512;

  /** Below this many diagnostics, rendering in parallel costs more than it saves. */
  private static final int PARALLEL_FROM = 256;

  private static final String NEWLINE = System.lineSeparator();

  /**
   * Prints the diagnostics in their order. Each file's diagnostics are rendered to one text (its
   * lines quoted from one reading of the file) and printed with one call; a large list is rendered
   * a batch of files at a time on every core, and printed in the same order.
   *
   * <p>A large list's texts are also encoded on every core, as UTF-8, the encoding of every stream
   * okr prints to (see {@code okr.Main}): printed as text, 10 MB of diagnostics were encoded (and
   * widened to {@code char}s first, then narrowed again) in this one thread, after everything else.
   */
  public void print(List<Diagnostic> diagnostics, PrintStream out) {
    List<List<Diagnostic>> files = byFile(diagnostics);
    if (diagnostics.size() < PARALLEL_FROM) {
      files.forEach(group -> out.print(render(group)));
      return;
    }
    for (int from = 0; from < files.size(); from += FILES_PER_BATCH) {
      List<List<Diagnostic>> batch =
          files.subList(from, Math.min(files.size(), from + FILES_PER_BATCH));
      for (byte[] text : batch.parallelStream().map(this::encoded).toList()) {
        out.write(text, 0, text.length);
      }
    }
  }

  private byte[] encoded(List<Diagnostic> diagnostics) {
    return render(diagnostics).getBytes(StandardCharsets.UTF_8);
  }

  public void print(Diagnostic d, PrintStream out) {
    out.print(render(List.of(d)));
  }

  /** Runs of consecutive diagnostics in one file. */
  private static List<List<Diagnostic>> byFile(List<Diagnostic> diagnostics) {
    List<List<Diagnostic>> runs = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= diagnostics.size(); i++) {
      if (i == diagnostics.size()
          || !Objects.equals(
              diagnostics.get(i).span().file(), diagnostics.get(start).span().file())) {
        runs.add(diagnostics.subList(start, i));
        start = i;
      }
    }
    return runs;
  }

  private String render(List<Diagnostic> diagnostics) {
    StringBuilder out = new StringBuilder(256 * diagnostics.size());
    // A run is one file's: its path is shown once, not made relative again for each line.
    Path file = null;
    String shown = null;
    for (Diagnostic d : diagnostics) {
      if (shown == null || !Objects.equals(file, d.span().file())) {
        file = d.span().file();
        shown = paths.show(file);
      }
      render(d, shown, out);
    }
    return out.toString();
  }

  private void render(Diagnostic d, String shownFile, StringBuilder out) {
    SourceSpan span = d.span();
    String place =
        span.hasPosition() ? shownFile + ":" + span.line() + ":" + span.column() : shownFile;
    String severity = d.severity().label();
    String label =
        style.paint(
            switch (d.severity()) {
              case ERROR -> Style.Role.ERROR;
              case WARNING -> Style.Role.WARNING;
              case HINT -> Style.Role.HELP;
            },
            severity + "[" + d.rule() + "]");
    out.append(style.paint(Style.Role.STRONG, place + ":"))
        .append(' ')
        .append(label)
        .append(": ")
        .append(TerminalText.sanitize(d.message()))
        .append(NEWLINE);
    if (span.hasPosition()) {
      Optional<String> line = sources.line(span.file(), span.line());
      line.ifPresent(text -> renderExcerpt(span, text, out));
    }
    out.append("  ")
        .append(style.paint(Style.Role.HELP, "help:"))
        .append(' ')
        .append(TerminalText.sanitize(d.help()))
        .append(NEWLINE);
  }

  private void renderExcerpt(SourceSpan span, String line, StringBuilder out) {
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
    out.append("  ")
        .append(number)
        .append(" | ")
        .append(lead)
        .append(before)
        .append(rest)
        .append(tail)
        .append(NEWLINE);
    int caretAt = lead.length() + before.codePointCount(0, before.length());
    out.append("  ")
        .append(gutter)
        .append(" | ")
        .append(" ".repeat(caretAt))
        .append(style.paint(Style.Role.ERROR, "^"))
        .append(NEWLINE);
  }

  /**
   * A slice of a source line: tabs become one space so the caret stays aligned. The sanitizer looks
   * at each code point on its own, so the slice is sanitized whole.
   */
  private static String show(int[] codePoints, int from, int to) {
    return TerminalText.sanitize(new String(codePoints, from, to - from).replace('\t', ' '));
  }
}
