package okr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okr.store.CsvRows;
import okr.store.YamlText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every CSV okr writes, found in the picocli model (every command whose --format offers csv), from
 * a workspace whose every text starts a spreadsheet formula: no cell a spreadsheet would run as a
 * formula, and the numbers okr works out (a baseline of -1.5, a value of -3) still numbers.
 */
class SpreadsheetInjectionTest {

  /** Starts of a formula: OWASP's list, then the ways around a naive check of the first char. */
  static final List<String> FORMULAS =
      List.of(
          "=HYPERLINK(\"https://evil.example\",\"x\")",
          "+1+cmd|' /C calc'!A0",
          "-2+3+cmd|' /C calc'!A0",
          "@SUM(1+1)*cmd|' /C calc'!A0",
          "\t=1+1",
          "\r=1+1",
          "  =1+1",
          "\n=1+1",
          "\uFF1D1+1",
          "-1.5");

  @TempDir Path ws;

  @BeforeEach
  void workspace() throws Exception {
    Files.writeString(ws.resolve("okr.yaml"), "name: " + q(0) + "\n");
    StringBuilder objective =
        new StringBuilder("kind: objective\nid: o\ntitle: ")
            .append(q(0))
            .append("\nperiod: 2026-Q4\nowner: ")
            .append(q(1))
            .append("\nteam: ")
            .append(q(2))
            .append("\nkey_results:\n");
    for (int i = 0; i < FORMULAS.size(); i++) {
      objective
          .append("  - id: k")
          .append(i)
          .append("\n    title: ")
          .append(q(i))
          .append("\n    baseline: -1.5\n    target: 10\n    unit: ")
          .append(q(i))
          .append('\n');
    }
    Files.writeString(ws.resolve("o.yaml"), objective);
    Files.writeString(
        ws.resolve("c.yaml"),
        "kind: objective\nid: c\ntitle: "
            + q(3)
            + "\nperiod: 2026-Q4\naligns_to: o\nowner: "
            + q(4)
            + "\nkey_results:\n  - {id: a, title: t, baseline: 0, target: 1}\n");
    Files.writeString(
        ws.resolve("k.yaml"),
        "kind: kpi\nid: k\ntitle: "
            + q(5)
            + "\nunit: "
            + q(6)
            + "\nindicator: leading\nowner: "
            + q(7)
            + "\nteam: "
            + q(8)
            + "\nfrequency: weekly\n");
    Files.writeString(
        ws.resolve("g.yaml"),
        "kind: goal\nid: g\ntitle: "
            + q(9)
            + "\nmeasure: {baseline: -1.5, target: 5, unit: "
            + q(0)
            + "}\nachievable: a\nrelevant: r\ndue: 2026-12-31\nowner: "
            + q(1)
            + "\n");
    Files.createDirectories(ws.resolve("checkins"));
    StringBuilder journal = new StringBuilder();
    for (int i = 0; i < FORMULAS.size(); i++) {
      journal
          .append("- at: 2026-11-2")
          .append(i % 3)
          .append("T10:00:00Z\n  by: ")
          .append(q(i))
          .append("\n  kr: o/k")
          .append(i)
          .append("\n  value: -3\n  confidence: 5\n  progress: ")
          .append(q(i))
          .append("\n  plans: ")
          .append(q(i + 1))
          .append("\n  problems: ")
          .append(q(i + 2))
          .append('\n');
    }
    journal.append("- at: 2026-11-20T10:00:00Z\n  by: glen\n  kpi: k\n  value: -3\n");
    journal.append("- at: 2026-11-20T10:00:00Z\n  by: glen\n  goal: g\n  value: -1\n");
    Files.writeString(ws.resolve("checkins/2026-11.yaml"), journal);
  }

  private static String q(int i) {
    return YamlText.quoted(FORMULAS.get(i % FORMULAS.size()));
  }

  @Test
  void noCellOfAnyCsvStartsAFormula() {
    List<String> commands = csvCommands();
    assertThat(commands).contains("status", "tree", "show", "goals", "kpis", "report");
    List<List<String>> runs = new ArrayList<>();
    for (String command : commands) {
      if (command.equals("show")) {
        for (String ref : List.of("o", "o/k0", "k", "g")) {
          runs.add(List.of("show", ref, "--format", "csv"));
        }
      } else {
        runs.add(List.of(command, "--format", "csv"));
      }
    }
    int numbers = 0;
    for (List<String> args : runs) {
      List<String> full = new ArrayList<>(args);
      full.addAll(List.of("--today", "2026-11-23", "--period", "2026-Q4"));
      if (args.get(0).equals("show") || args.get(0).equals("goals")) {
        full.removeAll(List.of("--period", "2026-Q4"));
      }
      CliRunner.Result result =
          CliRunner.run(
              ws, Map.of("NO_COLOR", "1", "OKR_USER", "glen"), full.toArray(String[]::new));
      assertThat(result.exit()).as("okr %s: %s", full, result.err()).isZero();
      List<CsvRows.Row> rows = CsvRows.parse(result.out());
      assertThat(rows).as("okr %s", full).hasSizeGreaterThan(1);
      for (CsvRows.Row row : rows) {
        for (String cell : row.fields()) {
          if (cell.matches("-?\\d+(\\.\\d+)?(E-?\\d+)?")) {
            numbers += cell.startsWith("-") ? 1 : 0;
            continue; // a number okr wrote
          }
          assertThat(cell.strip())
              .as("okr %s, line %d: a cell a spreadsheet runs", full, row.line())
              .doesNotStartWith("=")
              .doesNotStartWith("+")
              .doesNotStartWith("-")
              .doesNotStartWith("@")
              .doesNotStartWith("\uFF1D");
          assertThat(cell).doesNotStartWith("\t").doesNotStartWith("\r");
        }
      }
      // the guard is a quote at the very start, inside a quoted cell
      assertThat(result.out()).as("okr %s", full).doesNotContain(",=").doesNotContain(",-2+");
    }
    assertThat(numbers).as("negative numbers okr wrote as numbers").isPositive();
  }

  @Test
  void theGuardKeepsTheTextAndNumbersStayNumbers() {
    CliRunner.Result result =
        CliRunner.run(
            ws, "status", "--format", "csv", "--today", "2026-11-23", "--period", "2026-Q4");
    List<String> k0 =
        CsvRows.parse(result.out()).stream()
            .map(CsvRows.Row::fields)
            .filter(f -> f.get(9).equals("k0"))
            .findFirst()
            .orElseThrow();
    assertThat(k0.get(1)).isEqualTo("'" + FORMULAS.get(0)); // the objective's title
    assertThat(k0.get(10)).isEqualTo("'" + FORMULAS.get(0)); // the key result's, quotes doubled
    assertThat(k0.get(12)).isEqualTo("-1.5"); // the baseline: a number
    assertThat(result.out()).contains(",-1.5,10,-3,");
    assertThat(result.out()).contains("\"'-1.5\""); // the title that reads -1.5: text
  }

  /** The commands whose --format takes csv, from the picocli model. */
  private static List<String> csvCommands() {
    List<String> found = new ArrayList<>();
    for (Map.Entry<String, CommandLine> sub : OkrCli.detachedTree().getSubcommands().entrySet()) {
      OptionSpec format = sub.getValue().getCommandSpec().findOption("--format");
      if (format != null && format.completionCandidates() != null) {
        for (String candidate : format.completionCandidates()) {
          if (candidate.equals("csv")) {
            found.add(sub.getKey());
          }
        }
      }
    }
    return found;
  }
}
