package okr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report's structure: self-contained, one section per objective, a chart per KR. */
class ReportHtmlTest {

  @TempDir Path temp;

  private static int count(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** The HTML report of the example company on 2026-11-23. */
  static CliRunner.Result acmeReport() {
    return CliRunner.run(
        Path.of("").toAbsolutePath(),
        "report",
        "-C",
        "examples/acme",
        "--today",
        "2026-11-23",
        "--format",
        "html");
  }

  /** The HTML report of the Maratona example's 2026-Q3, with {@code more} arguments. */
  private static CliRunner.Result maratonaQ3(String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "report", "-C", "examples/maratona", "--period", "2026-Q3", "--format", "html"));
    args.addAll(List.of(more));
    return CliRunner.run(Path.of("").toAbsolutePath(), args.toArray(String[]::new));
  }

  @Test
  void theAcmeReportIsOneSelfContainedFile() {
    CliRunner.Result result = acmeReport();
    String html = result.out();
    assertThat(result.exit()).isZero();
    assertThat(html)
        .startsWith("<!doctype html>")
        .contains("<style>", "@media print")
        .endsWith("</html>\n");
    assertThat(html).doesNotContain("<script", " src=", "<link", "@import", "url(");
    assertThat(count(html, "<section class=\"objective\"")).isEqualTo(3);
    assertThat(count(html, "<tr><td>")).as("a row per key result and KPI").isEqualTo(9 + 5);
    assertThat(count(html, "<svg class=\"chart\""))
        .as("a chart per key result and KPI")
        .isEqualTo(9 + 5);
    assertThat(count(html, "class=\"expected\""))
        .as("the expected ramp on each key result chart but the milestone's and the line's")
        .isEqualTo(7);
    assertThat(html)
        .contains("<h2>Summary</h2>", "<h3>Leading indicators</h3>", "From the last check-ins");
  }

  @Test
  void userTextIsEscaped() throws Exception {
    Files.writeString(temp.resolve("okr.yaml"), "name: \"<script>alert(1)</script>\"\n");
    Files.writeString(
        temp.resolve("o.yaml"),
        "kind: objective\nid: o\ntitle: \"Tom & Jerry <b>\\\"win\\\"</b>\"\nperiod: 2026-Q4\nkey_results:\n"
            + "  - id: a\n    title: \"x' onmouseover='y\"\n    baseline: 0\n    target: 1\n    unit: u\n"
            + "initiatives:\n  - id: w\n    title: \"<i>work</i> & play\"\n    due: 2026-11-01\n");
    String html = CliRunner.run(temp, "report", "--today", "2026-11-23", "--format", "html").out();
    assertThat(html).doesNotContain("<script>", "Jerry <b>", "x' onmouseover", "<i>work");
    assertThat(html)
        .contains(
            "&lt;script&gt;",
            "Tom &amp; Jerry &lt;b&gt;&quot;win&quot;&lt;/b&gt;",
            "x&#39; onmouseover=&#39;y",
            "&lt;i&gt;work&lt;/i&gt; &amp; play");
  }

  @Test
  void anInitiativeShowsItsProgressAndDueDayAndStandsOutWhenOverdue() {
    String html = maratonaQ3("--today", "2026-11-23").out();
    // reviewed as of the period's last day, 2026-09-30: the hill rides were due three days before
    assertThat(html)
        .contains(
            "Join the club&#39;s Saturday hill rides <span class=\"label\">(in-progress)</span>"
                + " <span class=\"overdue\">75 % · due 2026-09-27, overdue by 3 days</span>",
            "Book a bike fit before the long rides start <span class=\"label\">(done)</span>"
                + " <span class=\"label\">due 2026-07-15</span>");
  }

  @Test
  void aKpiShowsTheTargetInForceNotThePlainOne() throws Exception {
    Files.writeString(temp.resolve("okr.yaml"), "name: Test\n");
    Files.createDirectories(temp.resolve("kpis"));
    Files.writeString(
        temp.resolve("kpis/mqls.yaml"),
        "kind: kpi\nid: mqls\ntitle: Leads\nunit: leads\nbetter: higher\nfrequency: weekly\n"
            + "target: 30\ntargets: {2026-10: 40, 2026-11: 50, 2026-Q4: 60}\n");
    String html = CliRunner.run(temp, "report", "--today", "2026-11-23", "--format", "html").out();
    // 23 November lies in 2026-11, the shortest period with a target: 50, not 30 nor 60
    assertThat(html).contains("data-label=\"target\">50 leads</td>");
  }

  @Test
  void outputGoesToAFileWhenAsked() throws Exception {
    Path out = temp.resolve("review.html");
    CliRunner.Result result = maratonaQ3("-o", out.toString());
    assertThat(result.out()).isEmpty();
    assertThat(Files.readString(out)).startsWith("<!doctype html>");
  }
}
