package okr.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import okr.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** okr history, goalpost-moved and kr-no-checkin over real git histories made here. */
class GoalHistoryGitTest {

  @TempDir Path ws;

  /** The golden environment, with git on the PATH and no configuration of the machine's. */
  static final Map<String, String> ENV =
      Map.of(
          "NO_COLOR", "1",
          "USER", "tester",
          "OKR_USER", "glen",
          "PATH", System.getenv("PATH"),
          "GIT_CONFIG_NOSYSTEM", "1",
          "GIT_CONFIG_GLOBAL", "/dev/null");

  @BeforeEach
  void repository() throws IOException {
    assumeTrue(Git.installed(), "git is not installed");
    Files.writeString(ws.resolve("okr.yaml"), "name: Test\n");
  }

  private void goal(String file, String npsTarget, String npsId) throws IOException {
    Path path = ws.resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(
        path,
        """
        kind: objective
        id: grow
        title: Customers love us
        period: 2026-Q4
        key_results:
          - id: %s
            title: Raise NPS from 50 to 70
            baseline: 50
            target: %s
            unit: points
          - id: churn
            title: Cut churn from 5%% to 3%%
            baseline: 5
            target: 3
            unit: "%%"
        """
            .formatted(npsId, npsTarget),
        StandardCharsets.UTF_8);
  }

  private void commit(String author, String date) {
    Git.run(ws, "add", "-A");
    Git.commit(ws, author, date, "change");
  }

  private CliRunner.Result okr(String... args) {
    return CliRunner.run(ws, ENV, args);
  }

  @Test
  void historyFollowsAMovedFileAndAKeyResultRenamedWithMv() throws IOException {
    Git.run(ws, "init", "-q");
    goal("goals/a.yaml", "70", "nps");
    commit("dana", "2026-09-01T10:00:00Z");
    Git.run(ws, "mv", "goals/a.yaml", "goals/grow.yaml");
    goal("goals/grow.yaml", "65", "nps");
    commit("dana", "2026-10-05T10:00:00Z");
    assertThat(okr("mv", "grow/nps", "grow/promoters", "--yes").exit()).isZero();
    commit("glen", "2026-10-06T10:00:00Z");
    goal("goals/grow.yaml", "60", "promoters");
    commit("eve", "2026-11-12T10:00:00Z");

    CliRunner.Result history = okr("history", "grow/promoters");

    assertThat(history.exit()).as(history.err()).isZero();
    assertThat(history.out())
        .contains("2026-10-05")
        .contains("dana  grow/promoters  target lowered 70 → 65")
        .contains("2026-11-12")
        .contains("eve  grow/promoters  target lowered 65 → 60");
    assertThat(history.out().lines()).hasSize(2);
    // The old name is no goal's now: okr history says which name to ask for.
    CliRunner.Result old = okr("history", "grow/nps");
    assertThat(old.exit()).isEqualTo(2);
    assertThat(old.err())
        .contains(
            "`grow/nps` is not a name in use now: it was renamed, and is `grow/promoters` today;"
                + " see `okr history grow/promoters`");
  }

  @Test
  void aKeyResultIdUsedAgainAfterARenameKeepsItsOwnHistory() throws IOException {
    Git.run(ws, "init", "-q");
    goal("goals/a.yaml", "70", "nps");
    commit("dana", "2026-10-01T10:00:00Z");
    assertThat(okr("mv", "grow/nps", "grow/promoters", "--yes").exit()).isZero();
    commit("glen", "2026-10-02T10:00:00Z");
    Files.writeString(
        ws.resolve("goals/a.yaml"),
        "  - id: nps\n    title: A new NPS\n    baseline: 0\n    target: 100\n",
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    commit("eve", "2026-10-03T10:00:00Z");
    Files.writeString(
        ws.resolve("goals/a.yaml"),
        Files.readString(ws.resolve("goals/a.yaml")).replace("target: 100", "target: 200"));
    commit("eve", "2026-10-04T10:00:00Z");

    assertThat(okr("history", "grow/promoters").out()).startsWith("no changes");
    assertThat(okr("history", "grow/nps").out())
        .isEqualTo("2026-10-04  %s  eve  grow/nps  target raised 100 → 200\n".formatted(head()));
    assertThat(okr("report", "--format", "json").out())
        .contains("`grow/nps`: target raised 100 → 200")
        .doesNotContain("`grow/promoters`:");
  }

  @Test
  void anObjectiveIdUsedAgainAfterARenameKeepsItsOwnHistory() throws IOException {
    Git.run(ws, "init", "-q");
    goal("goals/a.yaml", "70", "nps");
    commit("dana", "2026-10-01T10:00:00Z");
    assertThat(okr("mv", "grow", "thrive", "--yes").exit()).isZero();
    commit("glen", "2026-10-02T10:00:00Z");
    goal("goals/b.yaml", "80", "nps");
    commit("eve", "2026-10-03T10:00:00Z");
    goal("goals/b.yaml", "90", "nps");
    commit("eve", "2026-10-04T10:00:00Z");

    assertThat(okr("history", "thrive").out()).startsWith("no changes");
    assertThat(okr("history", "grow").out())
        .isEqualTo("2026-10-04  %s  eve  grow/nps  target raised 80 → 90\n".formatted(head()));
  }

  private String head() {
    return Git.run(ws, "rev-parse", "--short=7", "HEAD").strip();
  }

  @Test
  void anObjectiveRenamedAndRewrittenInOneCommitKeepsItsHistory() throws IOException {
    Git.run(ws, "init", "-q");
    goal("goals/a.yaml", "70", "nps");
    commit("dana", "2026-10-02T10:00:00Z");
    goal("goals/a.yaml", "60", "nps");
    commit("dana", "2026-10-03T10:00:00Z");
    // One commit moves the file and rewrites most of it: too little is alike for git to call it
    // a rename, but the objective's id says it is the same one.
    Git.run(ws, "rm", "-q", "goals/a.yaml");
    Path moved = ws.resolve("objectives/customers.yaml");
    Files.createDirectories(moved.getParent());
    Files.writeString(
        moved,
        """
        # Rewritten after the October review: clearer titles, the reasons kept beside them.
        kind: objective
        id: grow
        title: Customers recommend us to their friends and stay for years
        period: 2026-Q4
        description: >-
          Word of mouth brought most of last year's new customers; churn took a third of them
          back. This quarter both should move the right way, measured monthly.
        key_results:
          - id: nps
            title: Raise the net promoter score from 50 to 55 in the monthly survey
            baseline: 50
            target: 55
            unit: points
          - id: churn
            title: Cut monthly churn of paying accounts from 5% to 3%
            baseline: 5
            target: 3
            unit: "%"
        """,
        StandardCharsets.UTF_8);
    commit("eve", "2026-10-05T10:00:00Z");
    // git itself sees no rename here, which is what this test is about.
    assertThat(Git.run(ws, "log", "--follow", "--format=%an", "--", "objectives/customers.yaml"))
        .isEqualTo("eve\n");

    CliRunner.Result history = okr("history", "grow/nps");

    assertThat(history.exit()).as(history.err()).isZero();
    assertThat(history.out())
        .contains("dana  grow/nps  target lowered 70 → 60")
        .contains("eve  grow/nps  target lowered 60 → 55");
    assertThat(okr("check", "--changed-since", "HEAD~1").out())
        .contains("target lowered 60 → 55 on 2026-10-05 by eve");
  }

  @Test
  void goalpostsMovedBeforeThePeriodBeganAreNotReported() throws IOException {
    Git.run(ws, "init", "-q");
    goal("goals/a.yaml", "70", "nps");
    commit("dana", "2026-09-01T10:00:00Z");
    goal("goals/a.yaml", "75", "nps");
    commit("dana", "2026-09-30T23:59:59-05:00"); // still September where it was committed
    goal("goals/a.yaml", "80", "nps");
    commit("eve", "2026-10-01T00:30:00+02:00"); // the first day of the quarter there

    String out = okr("check").out();

    assertThat(out).doesNotContain("70 → 75");
    assertThat(out)
        .contains(
            "warning[goalpost-moved]: `grow/nps`: target raised 75 → 80 on 2026-10-01 by eve");
  }

  @Test
  void commitsInTheSameSecondKeepTheirOrder() throws IOException {
    Git.run(ws, "init", "-q");
    goal("goals/a.yaml", "70", "nps");
    commit("dana", "2026-10-02T10:00:00Z");
    goal("goals/a.yaml", "60", "nps");
    commit("dana", "2026-10-02T10:00:00Z");
    goal("goals/a.yaml", "80", "nps");
    commit("dana", "2026-10-02T10:00:00Z");

    String json = okr("history", "grow", "--format", "json").out();

    assertThat(json.indexOf("\"before\" : 70")).isLessThan(json.indexOf("\"before\" : 60"));
    assertThat(json).contains("\"format\" : 1").contains("\"kind\" : \"history\"");
  }

  /** Commits the targets one after the other (dana, dana, eve) and answers okr history. */
  private String historyOfTargets(String first, String second, String third) throws IOException {
    Git.run(ws, "init", "-q");
    goal("goals/a.yaml", first, "nps");
    commit("dana", "2026-10-02T10:00:00Z");
    goal("goals/a.yaml", second, "nps");
    commit("dana", "2026-10-03T10:00:00Z");
    goal("goals/a.yaml", third, "nps");
    commit("eve", "2026-10-04T10:00:00Z");
    return okr("history", "grow/nps").out();
  }

  @Test
  void anUnreadableOldValueIsShownAsWrittenNotAsNone() throws IOException {
    String out = historyOfTargets("1_000", "\"\\e[31m9\"", "900");

    assertThat(out)
        .contains("target changed 1_000 (unreadable) → \\e[31m9 (unreadable)\n")
        .contains("eve  grow/nps  target changed \\e[31m9 (unreadable) → 900")
        .doesNotContain("none")
        .doesNotContain("\u001b");
    String json = okr("history", "grow/nps", "--format", "json").out();
    assertThat(json).contains("\"before\" : \"1_000\"").contains("\"after\" : 900");
  }

  @Test
  void anOldListOrMappingValueIsShownAsWrittenNotAsNone() throws IOException {
    String out = historyOfTargets("[1, 2]", "{x: 1}", "900");

    assertThat(out)
        .contains("target changed [1, 2] (unreadable) → {x: 1} (unreadable)\n")
        .contains("eve  grow/nps  target changed {x: 1} (unreadable) → 900")
        .doesNotContain("none");
    String json = okr("history", "grow/nps", "--format", "json").out();
    assertThat(json).contains("\"before\" : \"[1, 2]\"").contains("\"after\" : \"{x: 1}\"");
  }

  @Test
  void controlCharactersInAGoalpostAreShownEscapedInCsvAndHtml() throws IOException {
    Git.run(ws, "init", "-q");
    goal("goals/a.yaml", "\"\\r\\n=HYPERLINK(1)\\t\\e[31m\"", "nps");
    commit("dana", "2026-10-02T10:00:00Z");
    goal("goals/a.yaml", "70", "nps");
    commit("eve", "2026-10-03T10:00:00Z");

    for (String format : new String[] {"csv", "html"}) {
      String out = okr("report", "--format", format).out();
      assertThat(out)
          .as(format)
          .contains("\\r\\n=HYPERLINK(1)\\t\\e[31m (unreadable) → 70")
          .doesNotContain("\n=HYPERLINK")
          .doesNotContain("\t")
          .doesNotContain("\u001b");
    }
  }

  @Test
  void hostileAuthorNamesAreEscapedInEveryOutput() throws IOException {
    Git.run(ws, "init", "-q");
    goal("goals/a.yaml", "70", "nps");
    commit("dana", "2026-09-01T10:00:00Z");
    goal("goals/a.yaml", "60", "nps");
    commit("Eve\u001b]0;pwned\u0007\u202e", "2026-11-01T10:00:00Z");

    for (String[] args :
        new String[][] {{"check"}, {"history", "grow"}, {"check", "--format", "github"}}) {
      String out = okr(args).out();
      assertThat(out).as("%s", String.join(" ", args)).contains("Eve").doesNotContain("\u001b");
      assertThat(out).doesNotContain("\u202e").doesNotContain("\u0007");
    }
    String json = okr("history", "grow", "--format", "json").out();
    assertThat(json).contains("Eve\\u001B]0;pwned\\u0007\\u202E");
  }

  @Test
  void anUncommittedChangeIsReportedAsSuch() throws IOException {
    Git.run(ws, "init", "-q");
    goal("goals/a.yaml", "70", "nps");
    commit("dana", "2026-09-01T10:00:00Z");
    goal("goals/a.yaml", "50", "nps");

    assertThat(okr("check").out())
        .contains("`grow/nps`: target lowered 70 → 50, not committed yet");
    assertThat(okr("history", "grow/nps").out())
        .isEqualTo("uncommitted  grow/nps  target lowered 70 → 50\n");
  }

  @Test
  void withoutGitTheRuleIsSilentAndHistorySaysWhy() throws IOException {
    goal("goals/a.yaml", "70", "nps");

    assertThat(okr("check").out()).doesNotContain("goalpost-moved");
    CliRunner.Result history = okr("history", "grow");
    assertThat(history.exit()).isEqualTo(2);
    assertThat(history.err()).contains("not in a git repository");
  }

  @Test
  void krNoCheckinCountsFromWhenTheKeyResultAppeared() throws IOException {
    Git.run(ws, "init", "-q");
    goal("goals/a.yaml", "70", "nps");
    commit("dana", "2026-11-20T10:00:00Z");
    // Added three days before today, in a quarter that began in October: not overdue.
    assertThat(okr("check").out()).doesNotContain("kr-no-checkin");
    // Three weeks after it appeared, it is.
    assertThat(okr("check", "--today", "2026-12-12").out())
        .contains("`grow/nps` has had no check-in for 22 days (none since it was added)");
  }

  @Test
  void aKeyResultNotCommittedYetNeverDrawsKrNoCheckin() throws IOException {
    Git.run(ws, "init", "-q");
    Files.writeString(ws.resolve("README"), "x\n");
    commit("dana", "2026-10-01T10:00:00Z");
    goal("goals/a.yaml", "70", "nps");

    assertThat(okr("check").out()).doesNotContain("kr-no-checkin");
    // Without git, the period's start is all okr knows.
    Path plain = Files.createTempDirectory("plain");
    okr.TestFiles.copyTree(ws.resolve("goals"), plain.resolve("goals"));
    Files.writeString(plain.resolve("okr.yaml"), "name: Test\n");
    assertThat(CliRunner.run(plain, ENV, "check").out()).contains("kr-no-checkin");
  }

  @Test
  void theReportAndCloseListTheGoalpostsMovedInThePeriod() throws IOException {
    Git.run(ws, "init", "-q");
    goal("goals/a.yaml", "70", "nps");
    commit("dana", "2026-09-01T10:00:00Z");
    goal("goals/a.yaml", "60", "nps");
    commit("Eve & Co", "2026-11-01T10:00:00Z");

    assertThat(okr("report", "--period", "2026-Q4", "--format", "md").out())
        .contains("## Goalposts moved during the period")
        .contains("target lowered 70 → 60 on 2026-11-01 by Eve");
    assertThat(okr("report", "--period", "2026-Q4", "--format", "html").out())
        .contains("<h2>Goalposts moved during the period</h2>")
        .contains("by Eve &amp; Co")
        .doesNotContain("Eve & Co");
    // JSON and CSV carry the same move, with its parts apart for scripts and spreadsheets.
    String json = okr("report", "--period", "2026-Q4", "--format", "json").out();
    assertThat(json)
        .contains("\"goalposts_moved\" : [ {")
        .contains("\"ref\" : \"grow/nps\"")
        .contains("\"field\" : \"target\"")
        .contains("\"before\" : 70,")
        .contains("\"after\" : 60,")
        .contains("\"change\" : \"lowered\"")
        .contains("\"on\" : \"2026-11-01\"")
        .contains("\"author\" : \"Eve & Co\"");
    java.util.List<String> csv =
        okr("report", "--period", "2026-Q4", "--format", "csv").out().lines().toList();
    assertThat(csv.get(0)).endsWith(",initiative_overdue,goalposts_moved");
    assertThat(csv)
        .anySatisfy(
            row ->
                assertThat(row)
                    .startsWith("grow,")
                    .contains(",nps,")
                    .endsWith(
                        ",`grow/nps`: target lowered 70 → 60 on 2026-11-01 by Eve & Co ("
                            + Git.run(ws, "rev-parse", "--short=7", "HEAD").strip()
                            + ")"));
    assertThat(csv).anySatisfy(row -> assertThat(row).contains(",churn,").endsWith(","));
    CliRunner.Result close = okr("--today", "2027-01-05", "close", "2026-Q4", "--yes");
    assertThat(close.exit()).as(close.err()).isZero();
    assertThat(close.out())
        .contains("Goalposts moved during 2026-Q4:")
        .contains("`grow/nps`: target lowered 70 → 60 on 2026-11-01 by Eve & Co");
  }

  @Test
  void aShallowCloneSaysItsHistoryIsCutRatherThanReportNothing() throws IOException {
    Path origin = ws.resolve("origin");
    Files.createDirectories(origin);
    Git.run(origin, "init", "-q");
    Path file = origin.resolve("goals/a.yaml");
    Files.createDirectories(file.getParent());
    Files.writeString(origin.resolve("okr.yaml"), "name: Test\n");
    String[] targets = {"70", "60", "50"};
    for (int i = 0; i < targets.length; i++) {
      String target = targets[i];
      Files.writeString(
          file,
          "kind: objective\nid: grow\ntitle: Customers love us\nperiod: 2026-Q4\n"
              + "key_results:\n  - id: nps\n    title: Raise NPS from 40 to "
              + target
              + "\n    baseline: 40\n    target: "
              + target
              + "\n    unit: points\n");
      Git.run(origin, "add", "-A");
      Git.commit(origin, "dana", "2026-10-0" + (i + 1) + "T10:00:00Z", "target");
    }
    Path shallow = ws.resolve("shallow");
    Git.run(ws, "clone", "-q", "--depth", "1", "file://" + origin, shallow.toString());

    CliRunner.Result history = CliRunner.run(shallow, ENV, "history", "grow");

    assertThat(history.err()).contains("shallow").contains("--unshallow");
    CliRunner.Result full = CliRunner.run(origin, ENV, "history", "grow");
    assertThat(full.err()).doesNotContain("shallow");
    assertThat(full.out()).contains("target lowered 70 → 60").contains("target lowered 60 → 50");
  }

  @Test
  void aRepositorysFsmonitorIsNeverRunByReadingGoals() throws IOException {
    Git.run(ws, "init", "-q");
    goal("goals/a.yaml", "70", "nps");
    commit("dana", "2026-10-02T10:00:00Z");
    Path ran = ws.resolve("fsmonitor-ran");
    Git.run(ws, "config", "core.fsmonitor", "touch '" + ran + "'; false");

    okr("check");
    okr("history", "grow");
    okr("check", "--changed-since", "HEAD");

    assertThat(ran).doesNotExist();
  }

  @Test
  void aLongChangeWrapsOntoItsOwnLinesInsteadOfBeingCut() throws IOException {
    Git.run(ws, "init", "-q");
    goal("goals/a.yaml", "70", "nps");
    commit("Priya Raman-Krishnan", "2026-10-02T10:00:00Z");
    goal("goals/a.yaml", "60", "nps");
    commit("Priya Raman-Krishnan", "2026-10-09T10:00:00Z");

    String out = okr("history", "grow", "--width", "60").out();

    assertThat(out).contains("target lowered 70 → 60");
    assertThat(out.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(60));
  }
}
