package okr.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import okr.cli.CliRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text from files and the journal with terminal escapes, controls, bidi overrides and invisible
 * characters: every view shows them escaped; JSON keeps the exact text.
 */
class EscapesTest {

  /** Clear screen, an OSC 8 link, an OSC 52 clipboard write, a C1 CSI, bidi and zero-width. */
  static final String NASTY =
      "A\u001B[2J\u001B]8;;https://evil.example\u0007link\u001B]8;;\u0007"
          + "\u001B]52;c;ZXZpbA==\u0007\u009B31m\u202Eevil\u202C\u2066iso\u2069\u200Bzw\u0008bs";

  private static final List<String> FORBIDDEN =
      List.of(
          "\u001B", "\u0007", "\u009B", "\u202E", "\u202C", "\u2066", "\u2069", "\u200B", "\u0008");

  @TempDir Path ws;

  @BeforeEach
  void workspace() throws Exception {
    String q = okr.store.YamlText.quoted(NASTY);
    Files.writeString(ws.resolve("okr.yaml"), "name: " + q + "\nme: glen\n");
    Files.writeString(
        ws.resolve("o.yaml"),
        "kind: objective\nid: o\ntitle: "
            + q
            + "\nperiod: 2026-Q4\nowner: "
            + q
            + "\nteam: "
            + q
            + "\nnotes: "
            + q
            + "\nkey_results:\n  - id: a\n    title: "
            + q
            + "\n    baseline: 0\n    target: 10\n    unit: "
            + q
            + "\n    kpi: k\n  - id: b\n    title: "
            + q
            + "\n    type: milestone\ninitiatives:\n  - title: "
            + q
            + "\n");
    Files.writeString(
        ws.resolve("k.yaml"),
        "kind: kpi\nid: k\ntitle: "
            + q
            + "\nunit: "
            + q
            + "\nindicator: leading\nowner: "
            + q
            + "\nfrequency: weekly\n");
    Files.writeString(
        ws.resolve("g.yaml"),
        "kind: goal\nid: g\ntitle: "
            + q
            + "\nmeasure: {baseline: 0, target: 5, unit: "
            + q
            + "}\nachievable: "
            + q
            + "\nrelevant: "
            + q
            + "\ndue: 2026-12-31\nowner: "
            + q
            + "\n");
    Files.createDirectories(ws.resolve("checkins"));
    Files.writeString(
        ws.resolve("checkins/2026-11.yaml"),
        "- at: 2026-11-20T10:00:00Z\n  by: "
            + q
            + "\n  kr: o/b\n  value: false\n  confidence: 5\n  progress: "
            + q
            + "\n  plans: "
            + q
            + "\n  problems: "
            + q
            + "\n"
            + "- at: 2026-11-20T10:00:00Z\n  by: "
            + q
            + "\n  kpi: k\n  value: 3\n");
  }

  @Test
  void everyViewShowsTheTextEscaped() {
    List<String[]> views =
        List.of(
            new String[] {"status"},
            new String[] {"tree"},
            new String[] {"show", "o"},
            new String[] {"show", "o/b"},
            new String[] {"show", "k"},
            new String[] {"show", "g"},
            new String[] {"kpis"},
            new String[] {"kpis", "--pairs"},
            new String[] {"goals"},
            new String[] {"goals", "--smart"},
            new String[] {"log"},
            new String[] {"digest", "--since", "2026-11-01"},
            new String[] {"digest", "--since", "2026-11-01", "--format", "md"},
            new String[] {"check"},
            new String[] {"status", "--format", "md"},
            new String[] {"status", "--format", "csv"},
            new String[] {"report"},
            new String[] {"status", "--color", "always"});
    for (String[] view : views) {
      String[] args = concat(view, "--today", "2026-11-23", "--width", "300");
      CliRunner.Result result = CliRunner.run(ws, args);
      String shown = result.out() + result.err();
      for (String bad : FORBIDDEN) {
        if (bad.equals("\u001B") && List.of(args).contains("always")) {
          // colour codes okr adds itself are fine; none may come from the text
          assertThat(shown.replaceAll("\u001B\\[[0-9;]*m", ""))
              .as("okr %s", String.join(" ", args))
              .doesNotContain(bad);
          continue;
        }
        assertThat(shown)
            .as("okr %s leaks U+%04X", String.join(" ", args), (int) bad.charAt(0))
            .doesNotContain(bad);
      }
      if (!view[0].equals("check")) { // check quotes the file's own line, escapes as written
        // Markdown also escapes the bracket, so that no link can form
        String clear =
            List.of(args).contains("md") || view[0].equals("report") ? "\\e\\[2J" : "\\e[2J";
        assertThat(shown).as("okr %s", String.join(" ", args)).contains(clear);
      }
    }
  }

  @Test
  void jsonKeepsTheExactText() {
    String json = CliRunner.run(ws, "status", "--format", "json", "--today", "2026-11-23").out();
    // Parsed back, the text is exactly what the file holds ...
    assertThat(
            tools.jackson.databind.json.JsonMapper.shared()
                .readTree(json)
                .path("objectives")
                .path(0)
                .path("title")
                .asString())
        .isEqualTo(NASTY);
    // ... while the JSON itself, read at a terminal, holds no raw control, bidi or invisible.
    for (String bad : FORBIDDEN) {
      assertThat(json).doesNotContain(bad);
    }
    assertThat(json).contains("\\u001B[2J", "\\u0007", "\\u202E", "\\u009B", "\\u200B");
    String log = CliRunner.run(ws, "log", "--format", "json").out();
    assertThat(log).contains("\\u001B]52;c;ZXZpbA==\\u0007");
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
