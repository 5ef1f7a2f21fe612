package okr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bands set in okr.yaml reach every view and format: bands were once computed in three places, and
 * the HTML report kept 0.7/0.4 whatever okr.yaml said.
 */
class BandAgreementTest {

  @TempDir Path ws;

  @Test
  void aBandFromOkrYamlAgreesAcrossEveryView() throws Exception {
    // aspirational green from 0.9: a score of 0.8 is amber (with the default bands, green)
    Files.writeString(
        ws.resolve("okr.yaml"), "name: Bands\nscoring: {aspirational: {green: 0.9, amber: 0.5}}\n");
    Files.writeString(
        ws.resolve("o.yaml"),
        """
        kind: objective
        id: grow
        title: Grow
        period: 2026-Q3
        owner: me
        key_results:
          - id: users
            title: Reach 10 users
            baseline: 0
            target: 10
            unit: users
        """);
    Files.createDirectories(ws.resolve("checkins"));
    Files.writeString(
        ws.resolve("checkins/2026-09.yaml"),
        "- {at: 2026-09-20T10:00:00Z, by: me, kr: grow/users, value: 8}\n");
    // 8 / 10 = 0.80; the quarter ended on 30 September, so the colour is the grade band: amber
    String[] period = {"--period", "2026-Q3", "-C", ws.toString()};
    String status = run("status", period);
    assertThat(status).contains("0.80 amber").doesNotContain("green");
    assertThat(run("tree", period)).contains("0.80 amber");
    assertThat(run("show", "grow", "-C", ws.toString())).contains("0.80 amber");
    assertThat(run("report", "--format", "md", "--period", "2026-Q3", "-C", ws.toString()))
        .contains(
            "**0.80** amber", "| amber | 1 |", "| green | 0 |", "Aspirational (0.9 is success)");
    assertThat(run("report", "--format", "html", "--period", "2026-Q3", "-C", ws.toString()))
        .contains("<span class=\"band amber\">amber</span> 0.80", "aspirational (0.9 is success)");
    String reportJson =
        run("report", "--format", "json", "--period", "2026-Q3", "-C", ws.toString());
    assertThat(reportJson).contains("\"band\" : \"amber\"", "\"successAt\" : 0.9");
    String statusJson =
        run("status", "--format", "json", "--period", "2026-Q3", "-C", ws.toString());
    assertThat(statusJson)
        .contains(
            "\"band\" : \"amber\"", "\"colour\" : \"amber\"", "\"amber\" : 1", "\"green\" : 0");
  }

  @Test
  void theOldFlatScoringStillSetsTheAspirationalBands() throws Exception {
    Files.writeString(ws.resolve("okr.yaml"), "scoring: {green: 0.9, amber: 0.5}\n");
    Files.writeString(
        ws.resolve("o.yaml"),
        """
        kind: objective
        id: grow
        title: Grow
        period: 2026-Q3
        key_results:
          - id: users
            title: Reach 10 users
            baseline: 0
            target: 10
            unit: users
        """);
    Files.createDirectories(ws.resolve("checkins"));
    Files.writeString(
        ws.resolve("checkins/2026-09.yaml"),
        "- {at: 2026-09-20T10:00:00Z, by: me, kr: grow/users, value: 8}\n");
    assertThat(run("status", "--period", "2026-Q3", "-C", ws.toString())).contains("0.80 amber");
  }

  private static String run(String command, String... args) {
    String[] all = new String[args.length + 3];
    all[0] = command;
    System.arraycopy(args, 0, all, 1, args.length);
    all[args.length + 1] = "--today";
    all[args.length + 2] = "2026-11-23";
    CliRunner.Result r = CliRunner.run(Path.of("").toAbsolutePath(), all);
    assertThat(r.err()).as("stderr of %s", command).isEmpty();
    assertThat(r.exit()).as("exit of %s", command).isZero();
    return r.out();
  }
}
