package okr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values at the edge of a double (1e308, a sum of increments past it, a way from -1e308 to 1e308)
 * and lone surrogates in titles: every view in every format prints something sane, no view fails,
 * and JSON carries the exact text.
 */
class OddValuesTest {

  @TempDir Path ws;

  @BeforeEach
  void workspace() throws Exception {
    Files.writeString(ws.resolve("okr.yaml"), "name: x\n");
    Files.writeString(
        ws.resolve("o.yaml"),
        """
        kind: objective
        id: o
        title: "lone \\uD800 and \\uDC00, a pair \\U0001F600"
        period: 2026-Q4
        key_results:
          - {id: huge, title: t, baseline: 0, target: 10}
          - {id: down, title: t, baseline: 0, target: 10}
          - {id: wide, title: t, baseline: -1e308, target: 1e308}
          - {id: sum, title: t, baseline: 0, target: 10, cumulative: true}
        """);
    Files.writeString(
        ws.resolve("k.yaml"),
        "kind: kpi\nid: k\ntitle: k\nbetter: higher\ntarget: 10\nfrequency: weekly\n");
    Files.writeString(
        ws.resolve("g.yaml"),
        "kind: goal\nid: g\ntitle: g\nmeasure: {baseline: 0, target: 5}\n"
            + "achievable: a\nrelevant: r\ndue: 2026-12-31\n");
    Files.createDirectories(ws.resolve("checkins"));
    StringBuilder journal = new StringBuilder();
    String[][] entries = {
      {"kr: o/huge", "1e308"},
      {"kr: o/down", "-1e308"},
      {"kr: o/wide", "1e308"},
      {"kr: o/sum", "1e308"},
      {"kr: o/sum", "1.7e308"},
      {"kpi: k", "1e308"},
      {"goal: g", "-1e308"}
    };
    int day = 10;
    for (String[] e : entries) {
      journal.append("- at: 2026-11-").append(day++).append("T10:00:00Z\n  by: glen\n  ");
      journal.append(e[0]).append("\n  value: ").append(e[1]).append('\n');
    }
    Files.writeString(ws.resolve("checkins/2026-11.yaml"), journal);
  }

  @Test
  void everyViewPrintsHugeValuesSanely() {
    List<List<String>> runs = new ArrayList<>();
    for (String format : List.of("text", "json", "csv", "md")) {
      runs.add(List.of("status", "--format", format));
      runs.add(List.of("tree", "--format", format));
      runs.add(List.of("kpis", "--format", format));
      runs.add(List.of("goals", "--format", format));
      for (String ref : List.of("o", "o/huge", "o/down", "o/wide", "o/sum", "k", "g")) {
        runs.add(List.of("show", ref, "--format", format));
      }
    }
    for (String format : List.of("md", "html", "json", "csv")) {
      runs.add(List.of("report", "--format", format));
    }
    runs.add(List.of("digest", "--since", "2026-11-01"));
    runs.add(List.of("log"));
    for (List<String> args : runs) {
      List<String> full = new ArrayList<>(args);
      full.addAll(List.of("--today", "2026-11-23", "--width", "200"));
      CliRunner.Result result = CliRunner.run(ws, full.toArray(String[]::new));
      String what = "okr " + String.join(" ", full);
      assertThat(result.exit()).as("%s: %s", what, result.err()).isZero();
      assertThat(result.out())
          .as(what)
          .doesNotContain("922337203685477")
          .doesNotContain("NaN")
          .doesNotContain("Infinity");
      if (full.contains("json")) {
        assertThat(result.out()).as(what).doesNotContain("?");
        okr.render.JsonText.parse(result.out()); // parses
      }
    }
    String status = CliRunner.run(ws, "status", "--today", "2026-11-23", "--width", "200").out();
    assertThat(status).contains(">999%").contains("∞ / 10");
    assertThat(CliRunner.run(ws, "show", "o/down", "--today", "2026-11-23").out())
        .contains("<-999%");
    assertThat(CliRunner.run(ws, "show", "o/wide", "--today", "2026-11-23").out())
        .contains("100%"); // reached, though 2e308 is past the largest double
  }

  @Test
  void jsonCarriesLoneSurrogatesEscapedAndTextShowsThem() {
    String json = CliRunner.run(ws, "status", "--format", "json", "--today", "2026-11-23").out();
    assertThat(json).contains("\"lone \\uD800 and \\uDC00, a pair \uD83D\uDE00\"");
    String text = CliRunner.run(ws, "status", "--today", "2026-11-23", "--width", "200").out();
    assertThat(text).contains("lone \\u{D800} and \\u{DC00}, a pair \uD83D\uDE00");
  }
}
