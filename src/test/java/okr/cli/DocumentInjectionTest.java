package okr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okr.store.YamlText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Markdown and HTML that okr writes for pull requests, wikis and mail, from a workspace whose every
 * text tries to become a link, an image, an autolink, an HTML tag or a block: in Markdown all of it
 * stays text; in HTML nothing invisible or direction-changing is written raw.
 */
class DocumentInjectionTest {

  static final List<String> HOSTILE =
      List.of(
          "[click](javascript:alert(1))",
          "![pixel](https://evil.example/track.png)",
          "<img src=x onerror=alert(1)>",
          "<javascript:alert(1)>",
          "[a][r] [r]: data:text/html;base64,PHNjcmlwdD4=",
          "see https://evil.example/x and www.evil.example",
          "# heading",
          "- item",
          "1. first",
          "> quote",
          "mail me@evil.example",
          "&#91;x&#93;(vbscript:msgbox)",
          "\\[x\\](javascript:y)",
          "`code` *em* _em_ ~~del~~ |col|",
          "rtl\u202Eevil\u202C zw\u200B c1\u0085\u009B bom\uFEFF lone\uD800 end");

  @TempDir Path ws;

  private static String q(int i) {
    return YamlText.quoted(HOSTILE.get(i % HOSTILE.size()));
  }

  @BeforeEach
  void workspace() throws Exception {
    Files.writeString(ws.resolve("okr.yaml"), "name: " + q(0) + "\n");
    StringBuilder o =
        new StringBuilder("kind: objective\nid: o\ntitle: ")
            .append(q(1))
            .append("\nperiod: 2026-Q4\nowner: ")
            .append(q(2))
            .append("\nnotes: ")
            .append(q(3))
            .append("\nkey_results:\n");
    StringBuilder journal = new StringBuilder();
    for (int i = 0; i < HOSTILE.size(); i++) {
      o.append("  - id: k").append(i).append("\n    title: ").append(q(i));
      o.append("\n    baseline: 0\n    target: 10\n    unit: ").append(q(i + 1)).append('\n');
      journal
          .append("- at: 2026-11-2")
          .append(i % 3)
          .append("T10:00:00Z\n  by: ")
          .append(q(i + 2))
          .append("\n  kr: o/k")
          .append(i)
          .append("\n  value: ")
          .append(i % 4)
          .append("\n  confidence: ")
          .append(9 - i % 5)
          .append("\n  progress: ")
          .append(q(i))
          .append("\n  plans: ")
          .append(q(i + 3))
          .append("\n  problems: ")
          .append(q(i + 4))
          .append('\n');
    }
    o.append("initiatives:\n");
    for (int i = 0; i < HOSTILE.size(); i++) {
      o.append("  - title: ").append(q(i)).append("\n    status: in-progress\n");
    }
    Files.writeString(ws.resolve("o.yaml"), o);
    Files.writeString(
        ws.resolve("k.yaml"),
        "kind: kpi\nid: k\ntitle: "
            + q(4)
            + "\nunit: "
            + q(5)
            + "\nindicator: leading\nowner: "
            + q(6)
            + "\nfrequency: weekly\n");
    Files.writeString(
        ws.resolve("g.yaml"),
        "kind: goal\nid: g\ntitle: "
            + q(7)
            + "\nmeasure: {baseline: 0, target: 5, unit: "
            + q(8)
            + "}\nachievable: "
            + q(9)
            + "\nrelevant: "
            + q(10)
            + "\ndue: 2026-12-31\nowner: "
            + q(11)
            + "\n");
    Files.createDirectories(ws.resolve("checkins"));
    journal.append("- at: 2026-11-20T10:00:00Z\n  by: ").append(q(12)).append("\n  kpi: k\n");
    journal.append("  value: 3\n");
    journal.append("- at: 2026-11-20T10:00:00Z\n  by: glen\n  goal: g\n  value: 1\n");
    Files.writeString(ws.resolve("checkins/2026-11.yaml"), journal);
  }

  @Test
  void markdownNeverFormsALinkAnImageOrABlockFromUserText() {
    List<List<String>> runs = new ArrayList<>();
    for (String command : commandsWithFormat("md")) {
      if (command.equals("show")) {
        for (String ref : List.of("o", "o/k0", "k", "g")) {
          runs.add(List.of("show", ref, "--format", "md"));
        }
      } else if (command.equals("digest")) {
        runs.add(List.of("digest", "--since", "2026-11-01", "--format", "md"));
      } else {
        runs.add(List.of(command, "--format", "md"));
      }
    }
    assertThat(runs).extracting(r -> r.get(0)).contains("status", "report", "digest", "kpis");
    StringBuilder all = new StringBuilder();
    for (List<String> args : runs) {
      List<String> full = new ArrayList<>(args);
      full.addAll(List.of("--today", "2026-11-23"));
      CliRunner.Result result =
          CliRunner.run(
              ws, Map.of("NO_COLOR", "1", "OKR_USER", "glen"), full.toArray(String[]::new));
      String what = "okr " + String.join(" ", full);
      assertThat(result.exit()).as("%s: %s", what, result.err()).isZero();
      // What is left once every backslash escape is taken out is what can form structure.
      String bare = result.out().replaceAll("\\\\[\\p{Punct}]", "");
      assertThat(bare)
          .as(what)
          .doesNotContain("[")
          .doesNotContain("]")
          .doesNotContain("<")
          .doesNotContain("&#")
          .doesNotContain("://")
          .doesNotContain("www.")
          .doesNotContain("@evil")
          .doesNotContainPattern(
              "(?m)^\\s*([-*+] )?(#|>|[-+] |\\d+\\. )(heading|quote|item|first)");
      assertThat(HostileArgumentsTest.raw(result.out())).as(what).isEmpty();
      all.append(result.out());
    }
    // ... and the text itself is all there, shown as text
    assertThat(all.toString())
        .contains("\\[click\\](javascript:alert(1))")
        .contains("\\!\\[pixel\\](https\\://evil.example/track.png)")
        .contains("see https\\://evil.example/x and www\\.evil.example");
  }

  @Test
  void theHtmlReportShowsInvisibleAndBidiCharactersEscaped() {
    CliRunner.Result result =
        CliRunner.run(ws, "report", "--format", "html", "--today", "2026-11-23");
    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(HostileArgumentsTest.raw(result.out())).isEmpty();
    assertThat(result.out())
        .doesNotContain("\uFEFF")
        .contains(
            "rtl\\u{202E}evil\\u{202C} zw\\u{200B} c1\\u{85}\\u{9B} bom\\u{FEFF} lone\\u{D800}")
        .doesNotContain("<img")
        .doesNotContain("href=\"javascript")
        .contains("&lt;img src=x onerror=alert(1)&gt;");
  }

  static List<String> commandsWithFormat(String format) {
    List<String> found = new ArrayList<>();
    for (Map.Entry<String, CommandLine> sub : OkrCli.detachedTree().getSubcommands().entrySet()) {
      OptionSpec option = sub.getValue().getCommandSpec().findOption("--format");
      if (option != null && option.completionCandidates() != null) {
        for (String candidate : option.completionCandidates()) {
          if (candidate.equals(format)) {
            found.add(sub.getKey());
          }
        }
      }
    }
    return found;
  }
}
