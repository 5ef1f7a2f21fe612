package okr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okr.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the report draws and says: charts with axes, target and today, milestones as steps, cards in
 * their band's colour, closing grades under today's ids, and the grade history.
 */
class ReportChartsTest {

  @TempDir Path ws;

  /** The chart geometry of SvgCharts: 0% at y 98.0, the target (100%) at y 27.6. */
  private static final String TARGET_Y = "27.6";

  private static final String ZERO_Y = "98.0";

  @BeforeEach
  void maratonaWithAFinishPhotoAGradedQuarterAndARename() throws Exception {
    TestFiles.copyTree(Path.of("examples/maratona"), ws);
    write(
        "checkins/2026-10.yaml",
        """
        - at: 2026-09-25T10:00:00Z
          by: glen
          kr: maratona/smile
          value: true
        - at: 2026-09-26T10:00:00Z
          by: glen
          kpi: weigh-in
          value: 75
        - at: 2026-07-01T09:00:00Z
          by: glen
          grade: 2026-Q2
          objective: train
          score: 0.5
          note: "Base miles only"
        - at: 2026-10-01T09:00:00Z
          by: glen
          grade: 2026-Q3
          objective: train
          score: 0.9
        - at: 2026-10-01T09:00:00Z
          by: glen
          grade: 2026-Q3
          kr: maratona/climb
          score: 0.6
          note: "Short of the Sella <b>pass</b>"
        - at: 2026-10-01T09:00:00Z
          by: glen
          grade: 2026-Q3
          objective: maratona
          score: 0.7
        - at: 2026-10-02T09:00:00Z
          by: glen
          renamed: maratona/climb
          to: maratona/big-climb
        """);
    write(
        "kpis/weigh-in.yaml",
        """
        kind: kpi
        id: weigh-in
        title: Morning weigh-in
        unit: kg
        frequency: weekly
        owner: glen
        """);
    Path goal = ws.resolve("objectives/maratona.yaml");
    Files.writeString(
        goal,
        Files.readString(goal, StandardCharsets.UTF_8).replace("id: climb", "id: big-climb"),
        StandardCharsets.UTF_8);
  }

  private void write(String path, String text) throws Exception {
    Files.createDirectories(ws.resolve(path).getParent());
    Files.writeString(ws.resolve(path), text, StandardCharsets.UTF_8);
  }

  private String report(String today, String format) {
    CliRunner.Result r =
        CliRunner.run(ws, "report", "--period", "2026-Q3", "--today", today, "--format", format);
    assertThat(r.exit()).as(r.err()).isZero();
    return r.out();
  }

  private static List<String> all(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    List<String> found = new ArrayList<>();
    while (m.find()) {
      found.add(m.groupCount() > 0 ? m.group(1) : m.group());
    }
    return found;
  }

  /** The SVG of the chart of one key result, by its title. */
  private static String chartOf(String html, String title) {
    int at = html.indexOf("aria-label=\"progress of " + title + "\"");
    assertThat(at).as("a chart for " + title).isPositive();
    return html.substring(at, html.indexOf("</svg>", at));
  }

  @Test
  void aChartHasItsAxesLabelledTheTargetLineTodayAndTheLatestValue() {
    CliRunner.Result r = ReportHtmlTest.acmeReport();
    String chart = chartOf(r.out(), "Raise NPS from 50 to 70");

    assertThat(all(chart, "<text class=\"axis-label y-label\"[^>]*>([^<]*)</text>"))
        .containsExactly("0%", "100%");
    assertThat(all(chart, "<text class=\"axis-label x-label\"[^>]*>([^<]*)</text>"))
        .containsExactly("2026-10-01", "2026-12-31");
    assertThat(chart)
        .contains(
            "<line class=\"target\" x1=\"38.0\" y1=\""
                + TARGET_Y
                + "\" x2=\"256.0\" y2=\""
                + TARGET_Y
                + "\"/>")
        .contains("class=\"expected\"");
    // 2026-11-23 is day 53 of the 91 between the first and the last: 38 + 218 * 53 / 91
    assertThat(chart)
        .contains("<line class=\"today\" x1=\"165.0\" y1=\"10.0\" x2=\"165.0\" y2=\"98.0\"/>")
        .contains(">today</text>");
    assertThat(all(chart, "<text class=\"value-label\"[^>]*>([^<]*)</text>"))
        .containsExactly("58 points");
  }

  @Test
  void aClosedPeriodHasNoTodayMarker() {
    assertThat(chartOf(report("2026-11-23", "html"), "Ride the full 138 km course"))
        .doesNotContain("class=\"today\"");
  }

  @Test
  void aMilestoneIsDrawnAsStepsWithoutAnExpectedRamp() {
    String chart = chartOf(report("2026-11-23", "html"), "Photo at the finish line, smiling");

    assertThat(chart).doesNotContain("<polyline").doesNotContain("class=\"expected\"");
    String d = all(chart, "<path class=\"actual step\" d=\"([^\"]*)\"").get(0);
    assertThat(d).startsWith("M38.0," + ZERO_Y).endsWith(" V" + TARGET_Y);
    assertThat(all(d, " V([0-9.]+)")).containsOnly(ZERO_Y, TARGET_Y);
    assertThat(chart).contains(">done</text>");
  }

  @Test
  void summaryCardsAreColouredByTheirBand() {
    String html = report("2026-11-23", "html");

    assertThat(html)
        .contains("<div class=\"card green\"><b>1</b>green</div>")
        .contains("<div class=\"card amber\"><b>1</b>amber</div>")
        .contains("<div class=\"card\"><b>0</b>red</div>")
        .contains("<div class=\"card\"><b>2</b>objectives</div>");
    // committed train graded 0.9 of 1.0 expected: amber; aspirational maratona 0.7: green
    assertThat(all(html, "<div class=\"card ([a-z]+)\"><b>[0-9.]+</b>committed"))
        .containsExactly("amber");
    assertThat(all(html, "<div class=\"card ([a-z]+)\"><b>[0-9.]+</b>aspirational"))
        .containsExactly("green");
  }

  @Test
  void aKpiWithDataButNoThresholdsIsMonitoredNotMissing() {
    String html = report("2026-11-23", "html");
    String row = html.substring(html.indexOf("<tr><td>Morning weigh-in"));
    row = row.substring(0, row.indexOf("</tr>"));

    assertThat(row).contains(">monitored</span>").doesNotContain("no data");
  }

  @Test
  void closingGradesAreCitedByTheIdsTheyHaveTodayAndEscaped() {
    String html = report("2026-11-23", "html");
    String md = report("2026-11-23", "md");

    assertThat(html)
        .contains(
            "<li><code>maratona/big-climb</code> graded <b>0.60</b> by glen on 2026-10-01: Short"
                + " of the Sella &lt;b&gt;pass&lt;/b&gt;</li>")
        .doesNotContain("<code>maratona/climb</code>");
    assertThat(md)
        .contains(
            "- `maratona/big-climb` graded **0.60** by glen on 2026-10-01: Short of the Sella")
        .doesNotContain("`maratona/climb`");
  }

  @Test
  void checkInNotesCiteTheRenamedKeyResult() {
    String md = report("2026-09-07", "md");

    assertThat(md).contains(", glen, maratona/distance: ").doesNotContain("maratona/climb:");
    assertThat(report("2026-09-07", "html")).doesNotContain("<code>maratona/climb</code>");
  }

  @Test
  void gradeHistoryShowsEachOwnersMeanGradePerClosedPeriod() {
    String html = report("2026-11-23", "html");
    String md = report("2026-11-23", "md");

    // glen: 2026-Q2 only train (0.5); 2026-Q3 train 0.9 and maratona 0.7, mean 0.80
    assertThat(md)
        .contains("| Owner or team | 2026-Q2 | 2026-Q3 |\n|---|---:|---:|\n| glen | 0.50 | 0.80 |");
    assertThat(html)
        .contains("<tr><td>glen</td><td class=\"num\">0.50</td><td class=\"num\">0.80</td></tr>");
  }

  @Test
  void markdownConfidenceSaysWhatItsNumbersAre() {
    String md = report("2026-11-23", "md");

    assertThat(md)
        .contains("lowest confidence 8 of 10 (distance)")
        .containsPattern(
            "Confidence \\(0–10, mean of the key results\\) at each check-in: 2026-07-05 \\d");
  }
}
