package okr.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okr.model.Diagnostic;
import okr.model.SourceSpan;
import org.junit.jupiter.api.Test;

class DiagnosticTextTest {

  private static final Path CWD = Path.of("/work/space");

  /** Lines with text that is not ASCII, so that an encoding other than UTF-8 would show. */
  private static final SourceLines LINES =
      (file, line) ->
          Optional.of("  title: Café ☕ for " + file.getFileName() + "\tline " + line + " — 日本");

  private static String printed(java.util.function.Consumer<PrintStream> print) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, false, StandardCharsets.UTF_8);
    print.accept(out);
    out.flush();
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aLargeListRenderedOnEveryCorePrintsWhatEachDiagnosticPrintsInTurn() {
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (int file = 0; file < 1_200; file++) {
      Path path = CWD.resolve("goals/g" + file + ".yaml");
      for (int line = 1; line <= 3; line++) {
        diagnostics.add(
            Diagnostic.warning(
                "rule-" + line,
                new SourceSpan(path, line, 10),
                "naïve message ✓ " + file,
                "help → " + line));
      }
    }
    DiagnosticText text = new DiagnosticText(new PathDisplay(CWD), LINES, Style.plain());

    String whole = printed(out -> text.print(diagnostics, out));
    String oneByOne = printed(out -> diagnostics.forEach(d -> text.print(d, out)));

    assertEquals(oneByOne, whole);
    assertEquals(true, whole.contains("Café ☕ for g1199.yaml"));
  }
}
