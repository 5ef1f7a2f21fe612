package okr.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import okr.Git;
import okr.model.EntryId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Failing tests found by adversarial testing of the one-line journal: each shows a way that an
 * entry stops counting, or two views disagree, without the promise ("no entry is ever lost, fused,
 * duplicated or misattributed; every view shows the same numbers; okr check stays clean") holding.
 * The workspace is a copy of examples/acme, as in {@link JournalGitTest}.
 */
class JournalAdversaryTest {

  @TempDir Path temp;

  private TeamClones team;

  @BeforeEach
  void teamRepository() {
    assumeTrue(Git.installed(), "git is not installed");
    team = new TeamClones(temp);
  }

  private Path clone(String name) {
    return team.clone(name);
  }

  private static CliRunner.Result okr(Path clone, String... args) {
    return TeamClones.okr(clone, args);
  }

  private static void okrAs(String who, Path clone, String... args) {
    TeamClones.okrAs(who, clone, args);
  }

  private static void commit(Path clone, String message) {
    TeamClones.commit(clone, message);
  }

  private static List<JsonNode> log(Path clone, String... more) throws IOException {
    return TeamClones.log(clone, more);
  }

  /** A ULID as okr writes them, made at {@code instant} (another machine's clock). */
  private static String ulidAt(Instant instant) {
    long millis = instant.toEpochMilli();
    char[] id = new char[26];
    for (int i = 9; i >= 0; i--) {
      id[i] = EntryId.ALPHABET.charAt((int) (millis & 31));
      millis >>>= 5;
    }
    for (int i = 10; i < 26; i++) {
      id[i] = EntryId.ALPHABET.charAt((i * 7) % 32);
    }
    return new String(id);
  }

  /**
   * Severity: an entry is taken back that the user never chose. `okr undo` takes back "your latest
   * check-in", but it groups entries by their `at` to the second, so every check-in of the same key
   * result backdated to the same day (`--at DATE` writes noon) is retracted at once. The same
   * happens to two check-ins made in the same second from a laptop and a desktop.
   */
  @Test
  void undoTakesBackOnlyTheLatestOfTwoCheckInsBackdatedToTheSameDay() throws IOException {
    Path a = clone("a");
    String kr = "delight-customers/references";
    okr(
        a,
        "checkin",
        kr,
        "--value",
        "6",
        "--confidence",
        "7",
        "--at",
        "2026-11-21",
        "--by",
        "dana");
    okr(
        a,
        "checkin",
        kr,
        "--value",
        "8",
        "--confidence",
        "7",
        "--at",
        "2026-11-21",
        "--by",
        "dana");
    okr(a, "undo", kr, "--yes", "--by", "dana");
    List<String> retracted =
        log(a, kr).stream()
            .filter(e -> e.path("retracted").asBoolean())
            .map(e -> e.get("value").asText())
            .toList();
    assertThat(retracted).as("only the latest check-in (8) is taken back").containsExactly("8.0");
  }

  /** The same with --amend: replacing the latest check-in also retracts the earlier one. */
  @Test
  void amendReplacesOnlyTheLatestOfTwoCheckInsBackdatedToTheSameDay() throws IOException {
    Path a = clone("a");
    String kr = "delight-customers/references";
    okr(a, "checkin", kr, "--value", "6", "--at", "2026-11-21", "--by", "dana");
    okr(a, "checkin", kr, "--value", "8", "--at", "2026-11-21", "--by", "dana");
    okr(a, "checkin", kr, "--amend", "--value", "9", "--at", "2026-11-21", "--by", "dana");
    assertThat(log(a, kr).stream().filter(e -> e.path("retracted").asBoolean()).toList())
        .as("only the check-in of 8 is replaced")
        .hasSize(1);
  }

  /**
   * Severity: wrong number. Renames apply to entries "made before" them by the time inside the
   * ULIDs, i.e. by the clocks of different machines. Sam's laptop runs an hour fast; his check-in
   * under the old id is pulled, seen in `okr show`, and then Dana renames the key result. The
   * rename has an earlier ULID than the check-in it was made after, so the check-in does not follow
   * it: it drops out of the key result and `okr check` reports an unknown ref. A rename (and a
   * retraction) should be ordered after every entry the clone that made it could see.
   */
  @Test
  void aRenameAppliesToACheckInPulledBeforeItEvenWhenTheOtherClockRunsAhead() throws IOException {
    Path sam = clone("sam");
    Instant hourAhead = Instant.now().plusSeconds(3600);
    Path file = sam.resolve("checkins/2026-11/sam.yaml");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        "- {id: "
            + ulidAt(hourAhead)
            + ", at: 2026-11-22T10:00:00Z, by: sam, kr: delight-customers/references, value: 9,"
            + " confidence: 8}\n",
        StandardCharsets.UTF_8);
    commit(sam, "sam checks in, his clock an hour fast");
    Git.run(sam, "push", "-q", "origin", "main");

    Path dana = clone("dana");
    assertThat(okr(dana, "show", "delight-customers/references").out())
        .as("dana sees sam's check-in")
        .contains("sam  9");
    okr(dana, "mv", "delight-customers/references", "delight-customers/refs", "--yes");

    CliRunner.Result check = CliRunner.run(dana, "check");
    assertThat(check.out()).as("okr check after the rename").contains(": 0 errors");
    assertThat(okr(dana, "show", "delight-customers/refs").out())
        .as("sam's check-in, made before the rename as far as dana could know, follows it")
        .contains("sam  9");
  }

  /**
   * Severity: wrong number, undetected. Two leads close the quarter from their own clones (one has
   * a check-in the other has not pulled). After the merge the journal holds two grades for every
   * objective and key result of the period, with different scores; views silently take one, and
   * `okr check` says nothing although "closing it again is an error".
   */
  @Test
  void twoClonesClosingTheSamePeriodIsReportedAfterTheMerge() throws IOException {
    Path a = clone("a");
    Path b = clone("b");
    okrAs("dana", a, "--today", "2027-01-02", "close", "2026-Q4", "--yes");
    commit(a, "dana closes Q4");
    Git.run(a, "push", "-q", "origin", "main");
    okr(
        b,
        "--today",
        "2027-01-02",
        "checkin",
        "delight-customers/references",
        "--value",
        "10",
        "--at",
        "2026-12-30",
        "--by",
        "sam");
    okrAs("sam", b, "--today", "2027-01-02", "close", "2026-Q4", "--yes");
    commit(b, "sam closes Q4");
    Git.run(b, "pull", "-q", "--no-rebase", "--no-edit", "origin", "main");
    assertThat(Git.run(b, "status", "--porcelain")).isEmpty();

    List<JsonNode> grades =
        log(b, "--kind", "grade").stream()
            .filter(e -> "delight-customers".equals(e.path("objective").asText(null)))
            .toList();
    assertThat(grades).as("two grades of one objective for one period").hasSize(2);
    assertThat(grades.get(0).get("score").asDouble())
        .isNotEqualTo(grades.get(1).get("score").asDouble());

    CliRunner.Result check = CliRunner.run(b, "--today", "2027-01-02", "check");
    assertThat(check.out())
        .as("okr check names the period graded twice with different scores")
        .doesNotContain(": 0 errors, ");
  }

  /**
   * Severity: bad view. `okr report --format json` of a closed period gives every objective
   * `"grade": null`, while `okr status --period` of the same period shows the grade.
   */
  @Test
  void theReportOfAClosedPeriodShowsTheGradesThatStatusShows() throws IOException {
    Path a = clone("a");
    okrAs("dana", a, "--today", "2027-01-02", "close", "2026-Q4", "--yes");
    JsonNode status =
        new ObjectMapper()
            .readTree(
                okr(a, "--today", "2027-01-02", "status", "--period", "2026-Q4", "--format", "json")
                    .out());
    JsonNode report =
        new ObjectMapper()
            .readTree(
                okr(a, "--today", "2027-01-02", "report", "--period", "2026-Q4", "--format", "json")
                    .out());
    assertThat(report.get("closed").asBoolean()).isTrue();
    assertThat(status.at("/objectives/0/grade").isNumber()).isTrue();
    assertThat(report.at("/status/objectives/0/grade").asText())
        .as("the report's grade of %s", report.at("/status/objectives/0/id").asText())
        .isEqualTo(status.at("/objectives/0/grade").asText());
  }

  /**
   * Severity: entries stop counting for everyone. okr reads a flow entry that a person's editor
   * wrapped onto two lines (valid YAML). When two clones each add such an entry, git's union merge
   * takes their identical second lines as shared and writes them once, leaving two opening lines
   * and one closing line: the file no longer parses, and every view of the workspace refuses to
   * run. okr should at least warn about a journal entry spread over several lines before it is
   * merged.
   */
  @Test
  void aJournalEntryWrappedOntoTwoLinesIsFlaggedBeforeAMergeFusesIt() throws IOException {
    Path a = clone("a");
    okr(a, "checkin", "delight-customers/references", "--value", "7", "--by", "dana");
    commit(a, "dana checks in");
    Git.run(a, "push", "-q", "origin", "main");
    Path b = clone("b");
    int n = 0;
    for (Path clone : List.of(a, b)) {
      n++;
      Files.writeString(
          clone.resolve("checkins/2026-11/dana.yaml"),
          "- {id: "
              + ulidAt(Instant.parse("2026-11-21T10:00:0" + n + "Z"))
              + ", at: 2026-11-21T10:00:00Z,\n"
              + "    by: dana, kr: delight-customers/references, value: 8, confidence: 7}\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.APPEND);
      commit(clone, "hand-written entry " + n);
    }
    CliRunner.Result before = CliRunner.run(a, "check");
    boolean warnedBefore = !before.out().contains(": 0 errors, 0 warnings");
    Git.run(a, "push", "-q", "origin", "main");
    Git.run(b, "pull", "-q", "--no-rebase", "--no-edit", "origin", "main");
    CliRunner.Result after = CliRunner.run(b, "check");
    boolean intactAfter = after.out().contains(": 0 errors");
    assertThat(warnedBefore || intactAfter)
        .as(
            "either okr check flags the wrapped entry before the merge (%s), or the merge keeps"
                + " every entry readable (%s)",
            before.out(), after.out())
        .isTrue();
  }
}
